import { withDb } from './connection';
import { announceChange } from './changes';
import type { ChapterReview } from './schema';
import { noteUserDataWritten } from './persistence';

export function listChapterReviews(): Promise<ChapterReview[]> {
  return withDb((db) => db.getAll('chapterReviews'));
}

/** Records a Day 3/7/14 review as done; resolves once committed. */
export async function markChapterReviewDone(chapterId: string, step: number, now: number): Promise<void> {
  await withDb(async (db) => {
    const tx = db.transaction('chapterReviews', 'readwrite');
    await Promise.all([tx.store.put({ id: `${chapterId}:${step}`, chapterId, step, doneAt: now }), tx.done]);
  });
  announceChange('chapterReviews');
  noteUserDataWritten();
}
