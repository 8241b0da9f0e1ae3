import { withDb } from './connection';
import { announceChange } from './changes';
import type { StoredTimer } from './schema';

export function getTimer(): Promise<StoredTimer | undefined> {
  return withDb((db) => db.get('timer', 'current'));
}

/** Resolves once committed. */
export async function saveTimer(timer: StoredTimer): Promise<void> {
  await withDb(async (db) => {
    const tx = db.transaction('timer', 'readwrite');
    await Promise.all([tx.store.put(timer), tx.done]);
  });
  announceChange('timer');
}

export async function clearTimer(): Promise<void> {
  await withDb(async (db) => {
    const tx = db.transaction('timer', 'readwrite');
    await Promise.all([tx.store.delete('current'), tx.done]);
  });
  announceChange('timer');
}
