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
  type Row,
  type StoreName,
} from './schema';
import { checkStructure, isPlainObject, type StructureProblem } from '../safe-json';
import { movedCardId, movedChecklistId, movedStarId } from '../reader/moved-ids';
import { MOVES } from '../reader/positional-ids';

export const MAX_BACKUP_BYTES = 20 * 1024 * 1024;

export type ParseResult = { ok: true; backup: Backup; counts: Counts } | { ok: false; error: string };


function byteLength(text: string): number {
  // Characters never outnumber UTF-8 bytes, and never use more than 3 bytes each.
  if (text.length * 3 <= 1024) return text.length;
  return new TextEncoder().encode(text).length;
}


function describePath(issue: v.BaseIssue<unknown>): string {
  return (issue.path ?? []).map((p) => String(p.key)).join('.');
}

function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object of another kind';
  return typeof value === 'string' ? 'a string' : typeof value === 'number' ? 'a number' : typeof value === 'boolean' ? 'true or false' : typeof value;
}

const MAX_QUOTED = 60;
// Control characters, zero-width and direction-changing marks: a name from the
// file must not reorder or hide the rest of the message.
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/g;

/** A name taken from the file, quoted for a message: short, and every character visible. */
function quote(name: string): string {
  const clipped = name.length > MAX_QUOTED ? `${[...name.slice(0, MAX_QUOTED + 1)].slice(0, MAX_QUOTED).join('')}…` : name;
  const visible = clipped.replace(INVISIBLE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return `"${visible.replaceAll('"', '\\"')}"`;
}

/** A backup nests a few levels; a file nested far deeper is not one (and would exhaust a recursive reader). */
export const MAX_BACKUP_DEPTH = 64;
const TOO_DEEP = `This file is nested too deeply to be a backup (more than ${MAX_BACKUP_DEPTH} levels), so it was not imported.`;
// How every export begins (JSON.stringify keeps the key order of exportAll).
const LOOKS_LIKE_A_BACKUP = /^\s*\{\s*"app"\s*:\s*"dva-study"/;

function describeStructure(problem: StructureProblem): string {
  return problem.reason === 'too-deep' ? TOO_DEEP : `This file contains a forbidden key "${problem.key}", so it was not imported.`;
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
  // A byte order mark, as some editors save it (file.text() drops it already).
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  let json: unknown;
  try {
    // No reviver: V8 parses deep nesting iteratively, but a reviver recurses
    // (a RangeError at a few thousand levels). Keys are checked below, iteratively.
    json = JSON.parse(text);
  } catch (error) {
    // Other engines may run out of stack on deep nesting instead.
    if (!(error instanceof SyntaxError)) return fail(TOO_DEEP);
    if (LOOKS_LIKE_A_BACKUP.test(text)) {
      return fail('This backup file is cut off or damaged, so it is not JSON and nothing was imported. Choose a complete copy of the file.');
    }
    return fail('This file is not JSON, so it is not a backup. Choose the .json file the app exported.');
  }
  const problem = checkStructure(json, MAX_BACKUP_DEPTH);
  if (problem) return fail(describeStructure(problem));
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
    if (!known.has(kind)) return fail(`This backup contains an unknown kind of record, ${quote(kind)}.`);
  }
  const data = emptyData();
  for (const store of STORES) {
    const rows = rawData[store];
    if (rows === undefined) continue; // an older backup, made before this store existed
    if (!Array.isArray(rows)) return fail(`The ${KIND_LABELS[store]} in this backup are not a list.`);
    const error = parseRows(store, rows, data);
    if (error) return fail(error);
  }
  if (schemaVersion < 9) movePositionalIds(data);
  // A file cannot have deleted anything after it was made: a later stamp (a clock running ahead, an edited file)
  // would go on deleting rows created later, at every merge.
  const madeAt = Date.parse(exportedAt);
  data.deletions = data.deletions.map((d) => (d.deletedAt > madeAt ? { ...d, deletedAt: madeAt } : d));
  const backup: Backup = { app: BACKUP_APP, format, schemaVersion, exportedAt, data };
  return { ok: true, backup, counts: countRows(data) };
}

/** A backup made before schema 9 saved ticks, stars and cards under positional ids: move them as migration 9 does. */
function movePositionalIds(data: BackupData): void {
  const rename = <R extends { id: string }>(rows: R[], newId: (id: string) => string | undefined, extra: (id: string) => Partial<R> = () => ({})): R[] =>
    rows.map((r) => {
      const id = newId(r.id);
      return id ? { ...r, ...extra(id), id } : r;
    });
  data.checklist = rename(data.checklist, (id) => movedChecklistId(MOVES, id));
  data.stars = rename(data.stars, (id) => movedStarId(MOVES, id), (id) => ({ anchor: id.slice(id.indexOf('#') + 1) }));
  data.cards = rename(data.cards, (id) => movedCardId(MOVES, id));
}

function parseRows<K extends StoreName>(store: K, rows: unknown[], data: BackupData): string | null {
  const schema = ROW_SCHEMAS[store];
  const out = data[store];
  for (let i = 0; i < rows.length; i++) {
    const result = v.safeParse(schema, rows[i]);
    if (!result.success) {
      const issue = result.issues[0];
      const record = `Record ${i + 1} of kind "${KIND_LABELS[store]}"`;
      // A rule across fields (a pipe's check) has no path: its message says what is wrong.
      if (!issue?.path?.length && issue?.kind === 'validation') return `${record} is invalid: ${issue.message}.`;
      if (!issue?.path?.length) return `${record} is not a valid record (it is ${describeType(rows[i])}).`;
      return `${record} has an invalid field ${quote(describePath(issue))}.`;
    }
    // ROW_SCHEMAS[store] parses to Row<K> (its declared type); TS cannot follow K through the lookup.
    out.push(result.output as Row<K>);
  }
  return null;
}
