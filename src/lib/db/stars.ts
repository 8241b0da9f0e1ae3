import { withDb } from './connection';
import { announceChange } from './changes';
import type { Star } from './schema';
import { noteUserDataWritten } from './persistence';

/** Newest first. */
export async function listStars(): Promise<Star[]> {
  const stars = await withDb((db) => db.getAllFromIndex('stars', 'byCreatedAt'));
  return stars.reverse();
}

export async function addStar(star: Star): Promise<void> {
  await withDb(async (db) => {
    const tx = db.transaction('stars', 'readwrite');
    await Promise.all([tx.store.put(star), tx.done]);
  });
  announceChange('stars');
  noteUserDataWritten();
}

export async function removeStar(id: string): Promise<void> {
  await withDb(async (db) => {
    const tx = db.transaction('stars', 'readwrite');
    await Promise.all([tx.store.delete(id), tx.done]);
  });
  announceChange('stars');
}
