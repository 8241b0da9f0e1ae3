// The guide's spaced repetition for chapters (00, "Study Tips for Success";
// seed lines 245–250; trackers.json spaced_repetition):
//   Day 1: Learn new content · Day 3: Review briefly · Day 7: Review again · Day 14: Final review
// Day 1 is the day a chapter is marked read, so the reviews are due 2, 6 and
// 13 calendar days later. All days are local calendar days ('YYYY-MM-DD');
// the arithmetic is on day numbers, so daylight-saving changes cannot move a review.
import { daysBetween, shiftDay } from '../plan/day-math';

export type ReviewStep = 3 | 7 | 14;

export const REVIEW_STEPS: readonly { step: ReviewStep; label: string }[] = [
  { step: 3, label: 'Review briefly' },
  { step: 7, label: 'Review again' },
  { step: 14, label: 'Final review' },
];

export interface ChapterReadDay {
  chapterId: string;
  /** Day 1: the day the chapter was read. */
  day: string;
}

export interface CompletedReview {
  chapterId: string;
  step: ReviewStep;
  /** Day the review was done. */
  day: string;
}

export interface DueReview {
  chapterId: string;
  step: ReviewStep;
  label: string;
  /** The guide's day for this review (read day + step − 1). */
  scheduledDay: string;
  /** When it is due: the guide's day, but never before the day after the previous review. */
  dueDay: string;
  /** Days past due (0 = due today). */
  overdueDays: number;
}

/** The guide's days for one chapter read on `readDay`: Day 3, Day 7 and Day 14. */
export function reviewDays(readDay: string): { step: ReviewStep; day: string }[] {
  return REVIEW_STEPS.map(({ step }) => ({ step, day: shiftDay(readDay, step - 1) }));
}

/**
 * A chapter's next review: the first step not yet done. Steps are done in
 * order; a review done late pushes the next one to at least the following
 * day, so a late reader never gets two reviews of one chapter on one day.
 * Null when all three are done.
 */
export function nextReview(read: ChapterReadDay, done: readonly CompletedReview[]): Omit<DueReview, 'overdueDays'> | null {
  const mine = done.filter((r) => r.chapterId === read.chapterId);
  let previous = ''; // day of the latest completed review ('' = none yet; sorts before any day)
  for (const { step, label } of REVIEW_STEPS) {
    const completed = mine.find((r) => r.step === step);
    if (completed) {
      if (completed.day > previous) previous = completed.day;
      continue;
    }
    const scheduledDay = shiftDay(read.day, step - 1);
    const earliest = previous === '' ? scheduledDay : shiftDay(previous, 1);
    return { chapterId: read.chapterId, step, label, scheduledDay, dueDay: scheduledDay > earliest ? scheduledDay : earliest };
  }
  return null;
}

/**
 * Today's review queue: each read chapter's next review when it is due today
 * or overdue, most overdue first (then by chapter id). One entry per chapter.
 */
export function reviewQueue(reads: readonly ChapterReadDay[], done: readonly CompletedReview[], today: string): DueReview[] {
  const queue: DueReview[] = [];
  for (const read of reads) {
    const next = nextReview(read, done);
    if (!next) continue;
    const overdueDays = daysBetween(next.dueDay, today);
    if (overdueDays >= 0) queue.push({ ...next, overdueDays });
  }
  return queue.sort((a, b) => b.overdueDays - a.overdueDays || a.chapterId.localeCompare(b.chapterId));
}

/** Reviews coming up after today (for a "next few days" list), soonest first. */
export function upcomingReviews(reads: readonly ChapterReadDay[], done: readonly CompletedReview[], today: string): Omit<DueReview, 'overdueDays'>[] {
  return reads
    .map((r) => nextReview(r, done))
    .filter((n): n is Omit<DueReview, 'overdueDays'> => n !== null && n.dueDay > today)
    .sort((a, b) => (a.dueDay === b.dueDay ? a.chapterId.localeCompare(b.chapterId) : a.dueDay < b.dueDay ? -1 : 1));
}
