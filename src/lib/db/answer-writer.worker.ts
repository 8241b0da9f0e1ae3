// A dedicated worker that commits answer taps. On the page, IndexedDB's
// "complete" event waits behind the frame a tap schedules; here nothing
// renders, so a tap's write is committed (and known to be) within a few ms.
// Protocol: { id, store, row } in; { id, ok, durableAt | error } out, where
// durableAt is epoch ms (timeOrigin + now) when the transaction completed.
import { openDB, type IDBPDatabase } from 'idb';
import { DB_NAME, type StudyDB } from './schema';
import { DB_VERSION, runMigrations } from './migrations';
import type { WorkerWrite, WorkerWriteResult } from './worker-protocol';

let db: Promise<IDBPDatabase<StudyDB>> | null = null;

function open(): Promise<IDBPDatabase<StudyDB>> {
  db ??= openDB<StudyDB>(DB_NAME, DB_VERSION, {
    upgrade: (d, oldVersion, newVersion, tx) => runMigrations(d, oldVersion, newVersion ?? DB_VERSION, tx),
    // A newer app version wants to upgrade: let it (the page falls back to its own writes).
    blocking: () => {
      void db?.then((d) => d.close());
      db = null;
    },
    terminated: () => {
      db = null;
    },
  }).catch((error: unknown) => {
    db = null;
    throw error;
  });
  return db;
}

const post = (message: WorkerWriteResult): void => (self as unknown as Worker).postMessage(message);

self.onmessage = (event: MessageEvent<WorkerWrite>) => {
  const { id, store, row } = event.data;
  void open()
    .then((d) => {
      const tx = d.transaction(store, 'readwrite');
      void tx.store.put(row as never);
      (tx as unknown as { commit?: () => void }).commit?.();
      return tx.done;
    })
    .then(
      () => post({ id, ok: true, durableAt: performance.timeOrigin + performance.now() }),
      (error: unknown) => post({ id, ok: false, error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) }),
    );
};
