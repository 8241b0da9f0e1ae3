// One CouchDB document per app record: `_id` is `${store}:${key}`, `row` the
// record as the app stores it, `at` its change time (TIME_OF). Pure: turning
// rows into documents, documents from a remote back into rows (validated as a
// backup import validates), and picking one row among conflicting revisions
// with the backup merge rule.
import * as v from 'valibot';
import { KEY_OF, ROW_SCHEMAS, STORES, type Row, type StoreName } from '../backup/schema';
import { TIME_OF, canonicalJson, pickNewer } from '../backup/merge';
import { checkStructure, isPlainObject } from '../safe-json';

/** Settings about this device (theme, credentials…): never become documents, never taken from one. */
export type IsDeviceSetting = (key: string) => boolean;

export interface SyncDoc<K extends StoreName = StoreName> {
  _id: string;
  _rev?: string;
  store: K;
  row: Row<K>;
  at: number;
}

export function docId(store: StoreName, key: string): string {
  return `${store}:${key}`;
}

export function toDoc<K extends StoreName>(store: K, row: Row<K>): SyncDoc<K> {
  const key = (KEY_OF[store] as (r: Row<K>) => string)(row);
  return { _id: docId(store, key), store, row, at: (TIME_OF[store] as (r: Row<K>) => number)(row) };
}

export type ReadDoc = { ok: true; store: StoreName; key: string; row: Row<StoreName> } | { ok: false; id: string; reason: string };

/** A document nests a few levels; a deeper one is not the app's. */
const MAX_DOC_DEPTH = 32;
const KNOWN = new Set<string>(STORES);

/**
 * A document from the remote, checked as strictly as a backup's record:
 * forbidden keys anywhere, the store named by its id, the row's schema, the
 * row's own key equal to the id's. The returned row is the schema's fresh copy.
 */
export function readDoc(doc: unknown, isDeviceSetting: IsDeviceSetting): ReadDoc {
  const id = isPlainObject(doc) && typeof doc['_id'] === 'string' ? doc['_id'] : '(no id)';
  const bad = (reason: string): ReadDoc => ({ ok: false, id, reason });
  if (!isPlainObject(doc)) return bad('not an object');
  const problem = checkStructure(doc, MAX_DOC_DEPTH);
  if (problem) return bad(problem.reason === 'too-deep' ? 'nested too deeply' : `forbidden key "${problem.key}"`);
  const colon = id.indexOf(':');
  const store = id.slice(0, colon);
  const key = id.slice(colon + 1);
  if (colon < 1 || !KNOWN.has(store)) return bad('unknown kind of record');
  if (doc['store'] !== store) return bad('kind does not match the id');
  const parsed = v.safeParse(ROW_SCHEMAS[store as StoreName], doc['row']);
  if (!parsed.success) return bad('invalid record');
  const row = parsed.output as Row<StoreName>;
  if ((KEY_OF[store as StoreName] as (r: Row<StoreName>) => string)(row) !== key) return bad('key does not match the id');
  if (store === 'settings' && isDeviceSetting(key)) return bad('a setting of another device');
  return { ok: true, store: store as StoreName, key, row };
}

/** Among conflicting revisions' rows, the one the backup merge keeps (the same whichever order they come in). */
export function resolveRows<K extends StoreName>(store: K, rows: readonly Row<K>[]): Row<K> | undefined {
  let winner: Row<K> | undefined;
  for (const row of rows) winner = pickNewer(store, winner, row);
  return winner;
}

/** Whether a row from the remote would change what this device holds. */
export function differs(local: unknown, incoming: unknown): boolean {
  return local === undefined || canonicalJson(local) !== canonicalJson(incoming);
}
