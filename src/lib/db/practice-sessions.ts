import { commitNow, withDb } from './connection';
import { announceChange } from './changes';
import type { PracticeSession } from './schema';
import { noteUserDataWritten } from './persistence';

export function getPracticeSession(id: string): Promise<PracticeSession | undefined> {
  return withDb((db) => db.get('practice', id));
}

/** Resolves once committed: the next question appears only after this. */
export async function savePracticeSession(session: PracticeSession): Promise<void> {
  await withDb(async (db) => {
    const tx = db.transaction('practice', 'readwrite');
    const put = tx.store.put(session);
    commitNow(tx);
    await Promise.all([put, tx.done]);
  });
  announceChange('practice');
  noteUserDataWritten();
}

export async function deletePracticeSession(id: string): Promise<void> {
  await withDb(async (db) => {
    const tx = db.transaction('practice', 'readwrite');
    await Promise.all([tx.store.delete(id), tx.done]);
  });
  announceChange('practice');
}
