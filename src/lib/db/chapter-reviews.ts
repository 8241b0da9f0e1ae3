import { withDb } from './connection';
import { putRow } from './write';
import type { ChapterReview } from './schema';

export function listChapterReviews(): Promise<ChapterReview[]> {
  return withDb((db) => db.getAll('chapterReviews'));
}

/** Records a Day 3/7/14 review as done; resolves once committed. */
export async function markChapterReviewDone(chapterId: string, step: number, now: number): Promise<void> {
  await putRow('chapterReviews', { id: `${chapterId}:${step}`, chapterId, step, doneAt: now });
}
