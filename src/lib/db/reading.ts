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

/** The paragraph-level place and whether the chapter's end is on screen. */
export interface PlaceDetail {
  block: number;
  offset: number;
  /** The reader got to the end: the chapter counts as read (the guide's meaning of "read"). */
  atEnd?: boolean;
}

/** Saves the position; progress only ever grows, and "read" is never undone by scrolling. */
export async function saveReadingPosition(chapterId: string, anchor: string, progress: number, now: number, detail?: PlaceDetail): Promise<ReadingState> {
  let newlyRead = false;
  let row: ReadingState | undefined;
  await withDb(async (db) => {
    const tx = db.transaction('reading', 'readwrite');
    const old = await tx.store.get(chapterId);
    const read = (old?.read ?? false) || Boolean(detail?.atEnd);
    newlyRead = read && !old?.read;
    const readAt = old?.read && old.readAt !== undefined ? old.readAt : read ? now : undefined;
    row = {
      chapterId,
      anchor,
      ...(detail ? { block: Math.max(0, Math.floor(detail.block)), offset: Math.min(1, Math.max(0, detail.offset)) } : {}),
      progress: newlyRead ? 1 : Math.max(old?.progress ?? 0, Math.min(1, Math.max(0, progress))),
      read,
      ...(readAt === undefined ? {} : { readAt }),
      updatedAt: now,
    };
    await tx.store.put(row);
    await tx.done;
  });
  announceChange('reading');
  return row!;
}

export async function setChapterRead(chapterId: string, read: boolean, now: number): Promise<void> {
  await withDb(async (db) => {
    const tx = db.transaction('reading', 'readwrite');
    const old = await tx.store.get(chapterId);
    const readAt = read ? (old?.read && old.readAt !== undefined ? old.readAt : now) : undefined;
    await tx.store.put({
      chapterId,
      anchor: old?.anchor ?? '',
      ...(old?.block === undefined ? {} : { block: old.block }),
      ...(old?.offset === undefined ? {} : { offset: old.offset }),
      progress: read ? 1 : (old?.progress ?? 0),
      read,
      ...(readAt === undefined ? {} : { readAt }),
      updatedAt: now,
    });
    await tx.done;
  });
  announceChange('reading');
}
