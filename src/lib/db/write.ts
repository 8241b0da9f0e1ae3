// The one way a single row is written or deleted: its own transaction,
// resolved only once committed, then announced to the other tabs.
import type { StoreKey, StoreNames, StoreValue } from 'idb';
import { announceChange } from './changes';
import { withDb } from './connection';
import { noteUserDataWritten } from './persistence';
import type { StudyDB } from './schema';

type Store = StoreNames<StudyDB>;

export interface PutOptions {
  /** Commit at once instead of at the end of the task (an answer tap). */
  immediate?: boolean;
  /** This is the user's own data: the first such write asks the browser to keep storage. */
  userData?: boolean;
}

export async function putRow<S extends Store>(store: S, row: StoreValue<StudyDB, S>, options: PutOptions = {}): Promise<void> {
  await withDb(async (db) => {
    const tx = db.transaction(store, 'readwrite');
    const put = tx.store.put(row);
    if (options.immediate) commitNow(tx);
    await Promise.all([put, tx.done]);
  });
  announceChange(store);
  if (options.userData) noteUserDataWritten();
}

export async function deleteRow<S extends Store>(store: S, key: StoreKey<StudyDB, S>): Promise<void> {
  await withDb(async (db) => {
    const tx = db.transaction(store, 'readwrite');
    await Promise.all([tx.store.delete(key), tx.done]);
  });
  announceChange(store);
}

/**
 * Asks the browser to commit now rather than when the current task ends
 * (IDBTransaction.commit; older engines simply auto-commit as before). An
 * answer tap then becomes durable before the next frame is drawn.
 */
function commitNow(tx: object): void {
  (tx as { commit?: () => void }).commit?.();
}
