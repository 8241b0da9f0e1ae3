import { withDb } from './connection';
import { announceChange } from './changes';
import type { Flag } from './schema';
import { noteUserDataWritten } from './persistence';

export function listFlags(): Promise<Flag[]> {
  return withDb((db) => db.getAll('flags'));
}

export async function setFlag(questionId: string, packId: string | null, on: boolean, now: number): Promise<void> {
  await withDb(async (db) => {
    const tx = db.transaction('flags', 'readwrite');
    await Promise.all([on ? tx.store.put({ questionId, packId, flaggedAt: now }) : tx.store.delete(questionId), tx.done]);
  });
  announceChange('flags');
  if (on) noteUserDataWritten();
}
