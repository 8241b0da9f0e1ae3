// The user's imported question packs. A pack holds its questions, so one row
// read gives a whole bank; deleting one also clears what only it used.
import { withDb } from './connection';
import { announceChange } from './changes';
import { deletionRecord, putRow } from './write';
import { MAX_TITLE_CHARS, type OwnPack } from '../../domain/questions/own-pack';

export function listOwnPacks(): Promise<OwnPack[]> {
  return withDb((db) => db.getAll('ownPacks'));
}

export function getOwnPack(id: string): Promise<OwnPack | undefined> {
  return withDb((db) => db.get('ownPacks', id));
}

export async function saveOwnPack(pack: OwnPack): Promise<void> {
  await putRow('ownPacks', pack);
}

/** Renames in one transaction (read and write together, so a rename elsewhere is not lost). */
export async function renameOwnPack(id: string, title: string, now: number): Promise<void> {
  const clean = title.trim().slice(0, MAX_TITLE_CHARS);
  if (!clean) throw new Error('A pack needs a name.');
  await withDb(async (db) => {
    const tx = db.transaction('ownPacks', 'readwrite');
    const pack = await tx.store.get(id);
    if (!pack) throw new Error('This pack no longer exists.');
    await Promise.all([tx.store.put({ ...pack, title: clean, updatedAt: now }), tx.done]);
  });
  announceChange('ownPacks');
}

/**
 * Deletes a pack with its flags, last answers, practice place, missed-question
 * cards and any exam of it still running, in one transaction. Finished exam
 * attempts stay in the score history.
 */
export async function deleteOwnPack(id: string): Promise<void> {
  const stores = ['ownPacks', 'flags', 'results', 'practice', 'cards', 'attempts', 'deletions'] as const;
  const now = Date.now();
  await withDb(async (db) => {
    const tx = db.transaction([...stores], 'readwrite');
    const [pack, attempts] = await Promise.all([tx.objectStore('ownPacks').get(id), tx.objectStore('attempts').index('byPack').getAll(id)]);
    const deletes: Promise<unknown>[] = [];
    // Each delete is remembered, so merging a backup made before it does not bring the row back.
    const remove = (store: 'ownPacks' | 'practice' | 'flags' | 'results' | 'cards' | 'attempts', key: string): void => {
      deletes.push(tx.objectStore(store).delete(key), tx.objectStore('deletions').put(deletionRecord(store, key, now)));
    };
    remove('ownPacks', id);
    remove('practice', id);
    for (const a of attempts) if (a.submittedAt === null) remove('attempts', a.id);
    for (const q of pack?.questions ?? []) {
      remove('flags', q.id);
      remove('results', q.id);
      remove('practice', `q-${q.id}`);
      remove('cards', `question:${q.id}`);
    }
    await Promise.all([...deletes, tx.done]);
  });
  announceChange(...stores);
}
