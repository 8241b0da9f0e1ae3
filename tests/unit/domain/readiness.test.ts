import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMPLETION_ITEMS } from '../../../src/domain/study/completion';
import { practiceTestStatus, readiness, STUDY_CHAPTERS, type AttemptLike } from '../../../src/domain/study/readiness';

const ROOT = resolve(import.meta.dirname, '../../..');
const trackers = JSON.parse(readFileSync(join(ROOT, 'scripts/lib/seed/trackers.json'), 'utf8')) as {
  ready_when_appendixF: { groups: { title: string; items: { text: string }[] }[] };
};

const DAY = 86_400_000;
const T = Date.UTC(2026, 3, 1);
const allChapters = STUDY_CHAPTERS.map((c) => c.chapterId);
const allBundles: AttemptLike[] = ['d1-bundle-1', 'd1-bundle-2', 'd2-bundle-1', 'd3-bundle-1', 'd4-bundle-1'].map((packId, i) => ({
  packId,
  percent: 80,
  submittedAt: T + i * DAY,
}));
const fullTests = (p1: number, p2: number, p3: number): AttemptLike[] => [
  { packId: 'full-test-1', percent: p1, submittedAt: T + 10 * DAY },
  { packId: 'full-test-2', percent: p2, submittedAt: T + 11 * DAY },
  { packId: 'full-test-3', percent: p3, submittedAt: T + 12 * DAY },
];
/** Every manual tick the checklist and the self-checks need. */
const allManual: Record<string, boolean> = Object.fromEntries([
  ...COMPLETION_ITEMS.filter((i) => i.auto.kind === 'manual' && i.text !== 'Ready for exam!').map((i) => [i.id, true]),
  ...[2, 3, 4, 5].map((n) => [`ready-when:${n}`, true]),
]);

describe('readiness: "You\'re Ready When..." (Appendix F)', () => {
  it('has the guide’s five criteria, the first measured from scores', () => {
    const r = readiness({ attempts: [], readChapters: [], checklist: {} });
    expect(r.criteria.map((c) => c.text)).toEqual(trackers.ready_when_appendixF.groups[0]!.items.map((i) => i.text));
    expect(r.criteria.map((c) => c.auto)).toEqual([true, false, false, false, false]);
  });

  it('is ready when everything is done and the latest score on every full test is 75%+', () => {
    const r = readiness({ attempts: [...allBundles, ...fullTests(75, 81, 90)], readChapters: allChapters, checklist: allManual });
    expect(r.missing).toEqual([]);
    expect(r.ready).toBe(true);
    expect(r.criteria.every((c) => c.met)).toBe(true);
  });

  it('says what is missing in plain sentences, in study order', () => {
    const r = readiness({
      attempts: [{ packId: 'd1-bundle-2', percent: 62, submittedAt: T }, ...fullTests(80, 70, 90).slice(0, 2)],
      readChapters: allChapters.filter((c) => c !== '04-domain-3-deployment'),
      checklist: { ...allManual, 'ready-when:3': false, [COMPLETION_ITEMS[12]!.id]: false },
    });
    expect(r.ready).toBe(false);
    expect(r.missing).toEqual([
      'Read Chapter 3: Deployment and mark it read.',
      'Take Domain 1 Bundle 1 and score 70% or more.',
      'Score 75% or more on Domain 1 Bundle 2 (your best so far is 62%).',
      'Take Domain 2 Bundle 1 and score 75% or more.',
      'Take Domain 3 Bundle 1 and score 75% or more.',
      'Pass the self-assessment of Chapter 3: Deployment and tick it.',
      'Take Domain 4 Bundle 1 and score 75% or more.',
      'Retake Full Practice Test 2: your latest score is 70%, and the guide wants 75%+ on every practice test.',
      'Take Full Practice Test 3: the guide wants 75%+ on every practice test, and you have no score on it yet.',
      'Check that you recognize the common question patterns instantly (Integration, “Common Question Patterns”), then confirm it.',
    ]);
    expect(r.criteria.map((c) => c.met)).toEqual([false, true, false, true, true]);
  });

  it('reads "consistently" as the latest attempt: a high score followed by a low one is not ready', () => {
    const attempts = [
      ...allBundles,
      ...fullTests(90, 90, 90),
      { packId: 'full-test-2', percent: 68, submittedAt: T + 20 * DAY },
    ];
    const r = readiness({ attempts, readChapters: allChapters, checklist: allManual });
    expect(r.ready).toBe(false);
    expect(r.missing).toEqual(['Retake Full Practice Test 2: your latest score is 68%, and the guide wants 75%+ on every practice test.']);
    expect(practiceTestStatus(attempts)[1]).toEqual({ packId: 'full-test-2', title: 'Full Practice Test 2', attempts: 2, latest: 68, best: 90, met: false });
  });

  it('uses submittedAt, not array order, to find the latest attempt', () => {
    const attempts = [
      { packId: 'full-test-1', percent: 76, submittedAt: T + 5 * DAY },
      { packId: 'full-test-1', percent: 50, submittedAt: T },
    ];
    expect(practiceTestStatus(attempts)[0]).toMatchObject({ latest: 76, best: 76, met: true });
  });

  it('does not count the full tests’ own checklist targets twice', () => {
    // Full Practice Test 1's checklist target is 70%; the readiness rule (75%) is the one reported.
    const r = readiness({ attempts: [...allBundles, ...fullTests(72, 80, 80)], readChapters: allChapters, checklist: allManual });
    expect(r.missing).toEqual(['Retake Full Practice Test 1: your latest score is 72%, and the guide wants 75%+ on every practice test.']);
  });

  it('accepts a manual tick for a pack item (scored elsewhere)', () => {
    const r = readiness({
      attempts: [...allBundles.filter((a) => a.packId !== 'd4-bundle-1'), ...fullTests(80, 80, 80)],
      readChapters: new Set(allChapters),
      checklist: { ...allManual, [COMPLETION_ITEMS[14]!.id]: true },
    });
    expect(r.ready).toBe(true);
  });
});
