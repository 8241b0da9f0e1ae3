import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nextReview, REVIEW_STEPS, reviewDays, reviewQueue, upcomingReviews, type CompletedReview } from '../../../src/domain/review/spaced';

const ROOT = resolve(import.meta.dirname, '../../..');
const trackers = JSON.parse(readFileSync(join(ROOT, 'scripts/lib/seed/trackers.json'), 'utf8')) as {
  spaced_repetition: { groups: { items: { text: string }[] }[] };
};

describe('the guide’s Day 1 / 3 / 7 / 14 schedule (trackers.json spaced_repetition)', () => {
  it('takes its steps and labels from the guide', () => {
    const items = trackers.spaced_repetition.groups[0]!.items.map((i) => i.text);
    expect(items[0]).toBe('Day 1: Learn new content');
    expect(REVIEW_STEPS.map((s) => `Day ${s.step}: ${s.label}`)).toEqual(items.slice(1));
  });

  it('puts reviews 2, 6 and 13 calendar days after the read day (Day 1)', () => {
    expect(reviewDays('2026-03-02')).toEqual([
      { step: 3, day: '2026-03-04' },
      { step: 7, day: '2026-03-08' },
      { step: 14, day: '2026-03-15' },
    ]);
  });

  it('counts calendar days across DST changes and month ends', () => {
    expect(reviewDays('2026-03-25').map((r) => r.day)).toEqual(['2026-03-27', '2026-03-31', '2026-04-07']); // EU DST 29 Mar
    expect(reviewDays('2026-10-30').map((r) => r.day)).toEqual(['2026-11-01', '2026-11-05', '2026-11-12']); // US DST ends 1 Nov
    expect(reviewDays('2028-02-27').map((r) => r.day)).toEqual(['2028-02-29', '2028-03-04', '2028-03-11']);
  });
});

describe('reviewQueue', () => {
  const reads = [
    { chapterId: '01-fundamentals', day: '2026-03-02' },
    { chapterId: '02-domain-1-development', day: '2026-03-06' },
    { chapterId: '03-domain-2-security', day: '2026-03-09' },
  ];

  it('shows what is due today and what is overdue, most overdue first, one entry per chapter', () => {
    const q = reviewQueue(reads, [], '2026-03-08');
    expect(q.map((r) => [r.chapterId, r.step, r.dueDay, r.overdueDays])).toEqual([
      ['01-fundamentals', 3, '2026-03-04', 4],
      ['02-domain-1-development', 3, '2026-03-08', 0],
    ]);
  });

  it('moves on to the next step once a review is done', () => {
    const done: CompletedReview[] = [{ chapterId: '01-fundamentals', step: 3, day: '2026-03-04' }];
    expect(reviewQueue(reads, done, '2026-03-07').map((r) => r.chapterId)).toEqual([]);
    expect(reviewQueue(reads, done, '2026-03-08')).toContainEqual(
      expect.objectContaining({ chapterId: '01-fundamentals', step: 7, dueDay: '2026-03-08', overdueDays: 0, label: 'Review again' }),
    );
  });

  it('a late review pushes the next one to the following day at the earliest (never two on one day)', () => {
    const done: CompletedReview[] = [{ chapterId: '01-fundamentals', step: 3, day: '2026-03-10' }]; // Day 3 done on day 9
    const next = nextReview(reads[0]!, done)!;
    expect(next).toMatchObject({ step: 7, scheduledDay: '2026-03-08', dueDay: '2026-03-11' });
    expect(reviewQueue([reads[0]!], done, '2026-03-10')).toEqual([]);
    expect(reviewQueue([reads[0]!], done, '2026-03-11')[0]).toMatchObject({ step: 7, overdueDays: 0 });
  });

  it('is empty for a chapter once the Day 14 review is done', () => {
    const done: CompletedReview[] = [
      { chapterId: '01-fundamentals', step: 3, day: '2026-03-04' },
      { chapterId: '01-fundamentals', step: 7, day: '2026-03-08' },
      { chapterId: '01-fundamentals', step: 14, day: '2026-03-15' },
    ];
    expect(nextReview(reads[0]!, done)).toBeNull();
    expect(reviewQueue([reads[0]!], done, '2026-04-30')).toEqual([]);
  });

  it('lists upcoming reviews after today, soonest first', () => {
    expect(upcomingReviews(reads, [], '2026-03-08').map((r) => [r.chapterId, r.dueDay])).toEqual([['03-domain-2-security', '2026-03-11']]);
  });
});
