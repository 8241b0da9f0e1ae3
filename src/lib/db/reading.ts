import { withDb } from './connection';
import { announceChange } from './changes';
import type { ReadingState } from './schema';

export function getReading(chapterId: string): Promise<ReadingState | undefined> {
  return withDb((db) => db.get('reading', chapterId));
}

export function listReading(): Promise<ReadingState[]> {
  return withDb((db) => db.getAll('reading'));
}

/** The chapter read most recently, for "Continue reading". */
export async function getLastReading(): Promise<ReadingState | undefined> {
  return withDb(async (db) => {
    const cursor = await db.transaction('reading').store.index('byUpdatedAt').openCursor(null, 'prev');
    return cursor?.value;
  });
}

/** Saves the position; progress only ever grows, and "read" is never undone by scrolling. */
export async function saveReadingPosition(chapterId: string, anchor: string, progress: number, now: number): Promise<void> {
  await withDb(async (db) => {
    const tx = db.transaction('reading', 'readwrite');
    const old = await tx.store.get(chapterId);
    await tx.store.put({
      chapterId,
      anchor,
      progress: Math.max(old?.progress ?? 0, Math.min(1, Math.max(0, progress))),
      read: old?.read ?? false,
      ...(old?.readAt === undefined ? {} : { readAt: old.readAt }),
      updatedAt: now,
    });
    await tx.done;
  });
  announceChange('reading');
}

export async function setChapterRead(chapterId: string, read: boolean, now: number): Promise<void> {
  await withDb(async (db) => {
    const tx = db.transaction('reading', 'readwrite');
    const old = await tx.store.get(chapterId);
    const readAt = read ? (old?.read && old.readAt !== undefined ? old.readAt : now) : undefined;
    await tx.store.put({
      chapterId,
      anchor: old?.anchor ?? '',
      progress: read ? 1 : (old?.progress ?? 0),
      read,
      ...(readAt === undefined ? {} : { readAt }),
      updatedAt: now,
    });
    await tx.done;
  });
  announceChange('reading');
}
