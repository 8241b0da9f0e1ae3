// One sync with the user's CouchDB, PouchDB's way. Loaded only once sync is
// on (a dynamic import): no byte of PouchDB reaches the first route.
//
// The app's IndexedDB stays the source of truth; a local PouchDB (its own
// IndexedDB database) mirrors it as one document per record and replicates
// with the remote. One sync:
//   1. every app record that differs from its document is written into the
//      local PouchDB (a document only moves forward under the merge rule);
//   2. pull: replicate remote → local;
//   3. every document changed since the last merge is validated like a backup
//      record (failures are skipped and reported, never stored), revision
//      conflicts are resolved with the merge rule (the winner is written, the
//      losers deleted), and the rows are merged into the app's IndexedDB with
//      the backup merge (newest wins, deletions included); a running exam on
//      this device is never replaced;
//   4. step 1 again (rows this device won, resolved conflicts);
//   5. push: replicate local → remote.
// A failure anywhere leaves the app's data as it was (the merge is one
// transaction); PouchDB's checkpoints let the next sync resume.
import PouchDB, { type PouchDoc } from 'pouchdb-browser';
import { exportAll, importBackup } from '../db/backup';
import { DEVICE_SETTINGS, type SettingKey } from '../db/schema';
import { STORES, emptyData, type BackupData, type Row, type StoreName } from '../../domain/backup/schema';
import { mergeStore, pickNewer } from '../../domain/backup/merge';
import { differs, docId, readDoc, resolveRows, toDoc, type ReadDoc } from '../../domain/sync/docs';
import { NOT_COUCH, TIMED_OUT, UNREACHABLE, describeStatus } from '../../domain/sync/remote';
import { isPlainObject } from '../../domain/safe-json';
import type { SyncConfig, SyncReport } from '../../domain/sync/types';
import { KEY_OF } from '../../domain/backup/schema';
import { LOCAL_DB } from './mirror';

const MERGED_UP_TO = '_local/merged-up-to';
const REQUEST_TIMEOUT_MS = 30_000;
const BATCH = 500;
const MAX_SKIPPED_IDS = 5;

/** A failure the user can act on: its message is shown as the sync status. */
export class SyncError extends Error {}

const isDeviceSetting = (key: string): boolean => DEVICE_SETTINGS.includes(key as SettingKey);

function basicAuth(user: string, password: string): string {
  const bytes = new TextEncoder().encode(`${user}:${password}`);
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return `Basic ${btoa(binary)}`;
}

/** fetch for the remote: credentials in a header only (never the URL, never cookies), every request timed out. */
function remoteFetch(config: SyncConfig): (input: string | Request, init?: RequestInit) => Promise<Response> {
  const authorization = basicAuth(config.user, config.password);
  return (input, init = {}) => {
    const headers = new Headers(init.headers);
    headers.set('Authorization', authorization);
    const signal = init.signal ? AbortSignal.any([init.signal, AbortSignal.timeout(REQUEST_TIMEOUT_MS)]) : AbortSignal.timeout(REQUEST_TIMEOUT_MS);
    return fetch(input, { ...init, headers, signal, credentials: 'omit', cache: 'no-store' });
  };
}

function describeFailure(error: unknown): string {
  if (error instanceof SyncError) return error.message;
  const e = error as { name?: unknown; status?: unknown } | null;
  if (e && (e.name === 'TimeoutError' || e.name === 'AbortError')) return TIMED_OUT;
  if (e && typeof e.status === 'number' && e.status >= 400) return describeStatus(e.status);
  if (error instanceof SyntaxError) return NOT_COUCH;
  return UNREACHABLE;
}

/** Asks the database itself first: a clear answer for a wrong password, a wrong address or a server that is down. */
async function checkRemote(config: SyncConfig, doFetch: ReturnType<typeof remoteFetch>): Promise<void> {
  let response: Response;
  try {
    response = await doFetch(`${config.url}/`, { headers: { Accept: 'application/json' } });
  } catch (error) {
    throw new SyncError(describeFailure(error));
  }
  if (!response.ok) throw new SyncError(describeStatus(response.status));
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    throw new SyncError(NOT_COUCH);
  }
  if (!isPlainObject(body) || typeof body['db_name'] !== 'string') throw new SyncError(NOT_COUCH);
}

export function openLocal(): PouchDB {
  return new PouchDB(LOCAL_DB, { auto_compaction: true });
}

/** Which remote the mirror was made for: a mirror replicates with whatever remote it is given. */
const MIRROR_OF = '_local/mirror-of';
const ownerOf = (config: SyncConfig): string => `${config.user}@${config.url}`;

async function mirrorOwner(local: PouchDB): Promise<string | null> {
  const mark = (await local.get(MIRROR_OF).catch(() => null)) as { owner?: unknown } | null;
  return typeof mark?.owner === 'string' ? mark.owner : null;
}

/**
 * The mirror for this remote. One made for another remote (switched in another
 * tab, a save killed half-way, a sync still running when the user switched)
 * would send this one what the other left in it (records that failed
 * validation, deletions): it is dropped and made afresh.
 */
async function openMirrorFor(config: SyncConfig): Promise<PouchDB> {
  const local = openLocal();
  if ((await mirrorOwner(local)) === ownerOf(config)) return local;
  await local.destroy();
  const fresh = openLocal();
  await fresh.put({ _id: MIRROR_OF, owner: ownerOf(config) });
  return fresh;
}

/** The local PouchDB's documents by id (their rows as written, unvalidated) and revisions. */
async function readDocs(local: PouchDB): Promise<Map<string, PouchDoc>> {
  const { rows } = await local.allDocs({ include_docs: true });
  const docs = new Map<string, PouchDoc>();
  for (const r of rows) if (r.doc) docs.set(r.id, r.doc);
  return docs;
}

async function writeAll(local: PouchDB, docs: PouchDoc[]): Promise<void> {
  for (let i = 0; i < docs.length; i += BATCH) {
    // A 409 (another tab wrote the same document meanwhile) is left for the next sync.
    await local.bulkDocs(docs.slice(i, i + BATCH));
  }
}

interface Invalid {
  count: number;
  ids: string[];
}

/**
 * Step 1: app records into the local PouchDB, each document moving forward under the merge rule.
 * Returns the documents that fail validation and that no record of this device replaces: while the
 * server holds them, every sync's status names them.
 */
async function writeLocalChanges(local: PouchDB, data: BackupData): Promise<Invalid> {
  const docs = await readDocs(local);
  const writes: PouchDoc[] = [];
  const written = new Set<string>();
  for (const store of STORES) {
    const keyOf = KEY_OF[store] as (r: Row<StoreName>) => string;
    for (const row of data[store] as Row<StoreName>[]) {
      const id = docId(store, keyOf(row));
      const existing = docs.get(id);
      const read = existing ? readDoc(existing, isDeviceSetting) : null;
      const synced = read?.ok ? read.row : undefined;
      const next = synced ? pickNewer(store, synced, row) : row;
      if (!differs(synced, next)) continue;
      writes.push({ ...toDoc(store, next), ...(existing?._rev ? { _rev: existing._rev } : {}) } as PouchDoc);
      written.add(id);
    }
  }
  await writeAll(local, writes);
  const invalid: Invalid = { count: 0, ids: [] };
  for (const [id, doc] of docs) {
    if (id.startsWith('_') || written.has(id) || readDoc(doc, isDeviceSetting).ok) continue;
    invalid.count++;
    if (invalid.ids.length < MAX_SKIPPED_IDS) invalid.ids.push(id);
  }
  return invalid;
}

/** A document's conflicting revisions resolved with the merge rule: the winner written, the losers deleted. */
async function resolveConflicts(local: PouchDB, doc: PouchDoc, first: ReadDoc): Promise<ReadDoc> {
  const revs = doc._conflicts ?? [];
  const others = await Promise.all(revs.map((rev) => local.get(doc._id, { rev }).catch(() => null)));
  const reads = [first, ...others.map((o) => (o ? readDoc(o, isDeviceSetting) : null))].filter((r): r is Extract<ReadDoc, { ok: true }> => r?.ok === true);
  const store = reads[0]?.store;
  const winner = store ? resolveRows(store, reads.map((r) => r.row)) : undefined;
  const writes: PouchDoc[] = revs.map((rev) => ({ _id: doc._id, _rev: rev, _deleted: true }));
  if (store && winner) writes.push({ ...toDoc(store, winner), _rev: doc._rev } as PouchDoc);
  await local.bulkDocs(writes);
  return store && winner ? { ok: true, store, key: reads[0]!.key, row: winner } : first;
}

interface Pulled {
  incoming: BackupData;
  lastSeq: number | string;
}

/** Step 3a: documents changed since the last merge, validated, conflicts resolved. */
async function readChanged(local: PouchDB): Promise<Pulled> {
  const mark = await local.get(MERGED_UP_TO).catch(() => null);
  const since = typeof mark?.['seq'] === 'number' || typeof mark?.['seq'] === 'string' ? (mark['seq'] as number | string) : 0;
  const changes = await local.changes({ since, include_docs: true, conflicts: true, return_docs: true });
  const incoming = emptyData();
  for (const change of changes.results) {
    const doc = change.doc;
    if (!doc || doc._deleted || doc._id.startsWith('_')) continue;
    let read = readDoc(doc, isDeviceSetting);
    if (doc._conflicts?.length) read = await resolveConflicts(local, doc, read);
    if (!read.ok) continue; // never stored; counted in the status while the document stays (writeLocalChanges)
    (incoming[read.store] as Row<StoreName>[]).push(read.row);
  }
  return { incoming, lastSeq: changes.last_seq };
}

async function saveMark(local: PouchDB, seq: number | string): Promise<void> {
  const mark = await local.get(MERGED_UP_TO).catch(() => null);
  await local.put({ _id: MERGED_UP_TO, ...(mark?._rev ? { _rev: mark._rev } : {}), seq });
}

/** Step 3b: the rows merged into the app's IndexedDB (one transaction); returns how many records changed. */
async function mergeIntoApp(incoming: BackupData, local: BackupData): Promise<number> {
  // An exam running here is never replaced by another device's running copy (its answers may differ); a copy
  // submitted elsewhere does replace it: the exam is over, and its result belongs on every device.
  const running = new Set(local.attempts.filter((a) => a.submittedAt === null).map((a) => a.id));
  incoming.attempts = incoming.attempts.filter((a) => !running.has(a.id) || a.submittedAt !== null);
  incoming.settings = incoming.settings.filter((s) => !isDeviceSetting(s.key));
  const deletedAt = new Map<string, number>();
  for (const d of [...local.deletions, ...incoming.deletions]) deletedAt.set(d.id, Math.max(deletedAt.get(d.id) ?? 0, d.deletedAt));
  let changed = 0;
  for (const store of STORES) {
    const rows = incoming[store] as Row<StoreName>[];
    if (!rows.length) continue;
    if (store === 'deletions') {
      const known = new Map(local.deletions.map((d) => [d.id, d.deletedAt]));
      changed += incoming.deletions.filter((d) => (known.get(d.id) ?? -1) < d.deletedAt).length;
      continue;
    }
    const { puts, deletes } = mergeStore(store as StoreName, local[store] as Row<StoreName>[], rows, deletedAt);
    changed += puts.length + deletes.length;
  }
  if (changed > 0) await importBackup({ data: incoming }, 'merge');
  return changed;
}

export interface SyncHooks {
  /** Around the app-database merge: its change announcement is the sync's own. */
  applying?: (on: boolean) => void;
}

/** One full sync. Throws SyncError (or another error, described by describeFailure) when it could not finish. */
export async function syncOnce(config: SyncConfig, hooks: SyncHooks = {}): Promise<SyncReport> {
  const doFetch = remoteFetch(config);
  await checkRemote(config, doFetch);
  const remote = new PouchDB(config.url, { skip_setup: true, fetch: doFetch });
  let local: PouchDB | null = null;
  try {
    local = await openMirrorFor(config);
    await writeLocalChanges(local, (await exportAll()).data);
    await local.replicate.from(remote, { batch_size: BATCH, batches_limit: 4, retry: false });
    const pulled = await readChanged(local);
    const before = (await exportAll()).data;
    hooks.applying?.(true);
    let received: number;
    try {
      received = await mergeIntoApp(pulled.incoming, before);
    } finally {
      hooks.applying?.(false);
    }
    await saveMark(local, pulled.lastSeq);
    const invalid = await writeLocalChanges(local, (await exportAll()).data);
    // Another tab may have remade the mirror for another remote meanwhile: then nothing is pushed.
    if ((await mirrorOwner(local)) !== ownerOf(config)) throw new SyncError('Sync was changed in another tab. Try again.');
    const pushed = await local.replicate.to(remote, { batch_size: BATCH, batches_limit: 4, retry: false });
    if (pushed.doc_write_failures > 0) throw new SyncError(`The server refused ${pushed.doc_write_failures} of this device’s records. Check that this user may write to the database.`);
    return { sent: pushed.docs_written, received, skipped: invalid.count, skippedIds: invalid.ids };
  } catch (error) {
    throw error instanceof SyncError ? error : new SyncError(describeFailure(error));
  } finally {
    await Promise.allSettled([local?.close(), remote.close()]);
  }
}

/** Signing out: the local mirror goes too (the app's own data stays). */
export async function destroyLocal(): Promise<void> {
  await openLocal().destroy();
}
