// The local mirror: PouchDB's own database, which replicates with the remote.
// Named here, apart from the engine, so the controller can tell whether one
// exists without loading PouchDB.
export const LOCAL_DB = 'dva-study-sync';

/** Whether this browser holds a mirror (PouchDB's IndexedDB adapter prefixes its databases with "_pouch_"). */
export async function hasMirror(): Promise<boolean> {
  // Without databases() (older engines), assume there may be one.
  if (typeof indexedDB.databases !== 'function') return true;
  const dbs = await indexedDB.databases();
  return dbs.some((d) => d.name === `_pouch_${LOCAL_DB}`);
}

/** Deletes the mirror without PouchDB (its code not downloaded). Resolves once deleted; a blocked delete completes when other tabs close it. */
export function deleteMirrorDatabase(): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.deleteDatabase(`_pouch_${LOCAL_DB}`);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error ?? new Error('Could not delete the sync mirror.'));
  });
}
