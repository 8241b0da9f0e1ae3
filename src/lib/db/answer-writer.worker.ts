// A dedicated worker that commits answer taps. On the page, IndexedDB's
// "complete" event waits behind the frame a tap schedules; here nothing
// renders, so a tap's write is committed (and known to be) within a few ms.
// Protocol: { id, patch, now } in; { id, ok, durableAt, row, refused | error }
// out, where durableAt is epoch ms (timeOrigin + now) when the transaction
// completed. The patch is applied to the stored row (row-patch.ts).
import { openDB, type IDBPDatabase } from 'idb';
import { DB_NAME, type StudyDB } from './schema';
import { DB_VERSION } from './db-version';
import type { WorkerWrite, WorkerWriteResult } from './worker-protocol';
import { patchStoredRow } from './row-patch';

let db: Promise<IDBPDatabase<StudyDB>> | null = null;

function open(): Promise<IDBPDatabase<StudyDB>> {
  db ??= openDB<StudyDB>(DB_NAME, DB_VERSION, {
    // The page opens (and upgrades) the database before any tap. Were an upgrade
    // still needed here, refuse it: the page then writes the tap itself. So the
    // worker carries no migration code.
    upgrade: (_d, _old, _new, tx) => tx.abort(),
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
  const { id, patch, now } = event.data;
  void open()
    .then((d) => patchStoredRow(d, patch, now))
    .then(
      (outcome) => post({ id, ok: true, durableAt: performance.timeOrigin + performance.now(), ...outcome }),
      (error: unknown) => post({ id, ok: false, error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) }),
    );
};
