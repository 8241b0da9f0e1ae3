// Reads a backup file's text into a typed Backup, or says exactly what is wrong
// with it. Pure: no DOM, no storage.
import * as v from 'valibot';
import {
  BACKUP_APP,
  BACKUP_FORMAT,
  BACKUP_SCHEMA_VERSION,
  KIND_LABELS,
  ROW_SCHEMAS,
  STORES,
  countRows,
  emptyData,
  type Backup,
  type BackupData,
  type Counts,
  type StoreName,
} from './schema';

export const MAX_BACKUP_BYTES = 20 * 1024 * 1024;

export type ParseResult = { ok: true; backup: Backup; counts: Counts } | { ok: false; error: string };

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

function byteLength(text: string): number {
  // Characters never outnumber UTF-8 bytes, and never use more than 3 bytes each.
  if (text.length * 3 <= 1024) return text.length;
  return new TextEncoder().encode(text).length;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describePath(issue: v.BaseIssue<unknown>): string {
  const keys = (issue.path ?? []).map((p) => String(p.key));
  return keys.length ? keys.join('.') : '(the record itself)';
}

function fail(error: string): ParseResult {
  return { ok: false, error };
}

export function formatSize(bytes: number): string {
  return `${Math.round(bytes / 1024 / 1024)} MB`;
}

export function parseBackup(text: string, maxBytes: number = MAX_BACKUP_BYTES): ParseResult {
  if (text.length > maxBytes || byteLength(text) > maxBytes) {
    return fail(`This file is too large to be a backup (the limit is ${formatSize(maxBytes)}).`);
  }
  let forbidden: string | null = null;
  let json: unknown;
  try {
    json = JSON.parse(text, function (this: unknown, key: string, value: unknown) {
      if (FORBIDDEN_KEYS.has(key) && isPlainObject(this) && Object.prototype.hasOwnProperty.call(this, key)) {
        forbidden ??= key;
      }
      return value;
    });
  } catch {
    return fail('This file is not JSON, so it is not a backup. Choose the .json file the app exported.');
  }
  if (forbidden !== null) {
    return fail(`This file contains a forbidden key "${forbidden}", so it was not imported.`);
  }
  if (!isPlainObject(json) || json['app'] !== BACKUP_APP || !isPlainObject(json['data'])) {
    return fail('This file is not a backup of this app.');
  }
  const format = json['format'];
  const schemaVersion = json['schemaVersion'];
  if (typeof format !== 'number' || !Number.isInteger(format) || format < 1 || typeof schemaVersion !== 'number' || !Number.isInteger(schemaVersion) || schemaVersion < 1) {
    return fail('This file is not a backup of this app (its version is missing or invalid).');
  }
  if (format > BACKUP_FORMAT || schemaVersion > BACKUP_SCHEMA_VERSION) {
    return fail('This backup was made by a newer version of the app. Update the app (reload it while online), then import again.');
  }
  const exportedAt = json['exportedAt'];
  if (typeof exportedAt !== 'string' || Number.isNaN(Date.parse(exportedAt))) {
    return fail('This backup has no valid export date (field "exportedAt").');
  }
  const rawData = json['data'];
  const known = new Set<string>(STORES);
  for (const kind of Object.keys(rawData)) {
    if (!known.has(kind)) return fail(`This backup contains an unknown kind of record, "${kind}".`);
  }
  const data = emptyData();
  for (const store of STORES) {
    const rows = rawData[store];
    if (rows === undefined) continue; // an older backup, made before this store existed
    if (!Array.isArray(rows)) return fail(`The ${KIND_LABELS[store]} in this backup are not a list.`);
    const error = parseRows(store, rows, data);
    if (error) return fail(error);
  }
  const backup: Backup = { app: BACKUP_APP, format, schemaVersion, exportedAt, data };
  return { ok: true, backup, counts: countRows(data) };
}

function parseRows<K extends StoreName>(store: K, rows: unknown[], data: BackupData): string | null {
  const schema = ROW_SCHEMAS[store];
  const out = data[store];
  for (let i = 0; i < rows.length; i++) {
    const result = v.safeParse(schema, rows[i]);
    if (!result.success) {
      const issue = result.issues[0];
      const field = issue ? describePath(issue) : '(the record itself)';
      return `Record ${i + 1} of kind "${KIND_LABELS[store]}" has an invalid field "${field}".`;
    }
    out.push(result.output);
  }
  return null;
}
