import { withDb } from './connection';
import { deleteRow, putRow } from './write';
import type { Star } from './schema';

/** Newest first. */
export async function listStars(): Promise<Star[]> {
  const stars = await withDb((db) => db.getAllFromIndex('stars', 'byCreatedAt'));
  return stars.reverse();
}

export async function addStar(star: Star): Promise<void> {
  await putRow('stars', star);
}

export async function removeStar(id: string): Promise<void> {
  await deleteRow('stars', id);
}
