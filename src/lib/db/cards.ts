import { withDb } from './connection';
import { announceChange } from './changes';
import type { CardState } from './schema';
import { noteUserDataWritten } from './persistence';

export function listCardStates(): Promise<CardState[]> {
  return withDb((db) => db.getAll('cards'));
}

/** Resolves once committed. */
export async function saveCardState(state: CardState): Promise<void> {
  await withDb(async (db) => {
    const tx = db.transaction('cards', 'readwrite');
    await Promise.all([tx.store.put(state), tx.done]);
  });
  announceChange('cards');
  noteUserDataWritten();
}
