// The one way a single row is written or deleted: its own transaction,
// resolved only once committed, then announced to the other tabs.
import type { StoreKey, StoreNames, StoreValue } from 'idb';
import { announceChange } from './changes';
import { withDb } from './connection';
import type { Deletion, StudyDB } from './schema';
import { deletionId } from '../../domain/backup/deletion-id';

type Store = StoreNames<StudyDB>;

export interface PutOptions {
  /** Commit at once instead of at the end of the task (an answer tap). */
  immediate?: boolean;
}

export async function putRow<S extends Store>(store: S, row: StoreValue<StudyDB, S>, options: PutOptions = {}): Promise<void> {
  await withDb(async (db) => {
    const tx = db.transaction([store, 'deletions'], 'readwrite');
    const os = tx.objectStore(store);
    const put = os.put(row);
    // Written again: an earlier deletion of this row no longer stands (even one stamped by a clock that ran ahead).
    const key = os.keyPath && typeof os.keyPath === 'string' ? (row as Record<string, unknown>)[os.keyPath] : undefined;
    const forgotten = store !== 'deletions' && typeof key === 'string' ? tx.objectStore('deletions').delete(deletionId(store, key)) : Promise.resolve();
    if (options.immediate) commitNow(tx);
    await Promise.all([put, forgotten, tx.done]);
  });
  announceChange(store);
}

/**
 * Deletes a row and, in the same transaction, records when (the `deletions`
 * store): merging an older backup then does not bring the row back.
 */
export async function deleteRow<S extends Exclude<Store, 'deletions'>>(store: S, key: StoreKey<StudyDB, S> & string, now: number = Date.now()): Promise<void> {
  await withDb(async (db) => {
    const tx = db.transaction([store, 'deletions'], 'readwrite');
    await Promise.all([tx.objectStore(store).delete(key), tx.objectStore('deletions').put(deletionRecord(store, key, now)), tx.done]);
  });
  announceChange(store, 'deletions');
}

export function deletionRecord(store: Exclude<Store, 'deletions'>, key: string, now: number): Deletion {
  return { id: deletionId(store, key), store, key, deletedAt: now };
}

/**
 * Asks the browser to commit now rather than when the current task ends
 * (IDBTransaction.commit; older engines simply auto-commit as before). An
 * answer tap then becomes durable before the next frame is drawn.
 */
function commitNow(tx: object): void {
  (tx as { commit?: () => void }).commit?.();
}
