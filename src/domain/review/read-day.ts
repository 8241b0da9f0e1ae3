// Day 1 of a chapter marked read, for the Day 3/7/14 reviews.
//
// The reading row's updatedAt is the only timestamp stored, and it also moves
// whenever the chapter is scrolled later (the reader saves its position), for
// instance when the user opens the chapter to do a review. So it is only an
// upper bound on the day the chapter was read. A completed review is another
// bound: review `step` is offered no earlier than read day + step − 1, so the
// chapter was read on or before (done day − (step − 1)). The earliest bound wins,
// which keeps the Day 7 and Day 14 reviews on the guide's days once the
// Day 3 review is done, however often the chapter is reopened.
import { shiftDay } from '../plan/day-math';
import type { CompletedReview } from './spaced';

export function readDayOf(chapterId: string, lastChangeDay: string, done: readonly CompletedReview[]): string {
  let day = lastChangeDay;
  for (const r of done) {
    if (r.chapterId !== chapterId) continue;
    const bound = shiftDay(r.day, -(r.step - 1));
    if (bound < day) day = bound;
  }
  return day;
}
