// Found by the adversarial review of issue 17: row patches refuse what would corrupt a result.
import { describe, expect, it } from 'vitest';
import { applyAttemptPatch, applyPracticePatch } from '../../../src/domain/practice/row-patch';
import type { Attempt, PracticeSession } from '../../../src/lib/db/schema';

describe('practice: a stale tab checks a question the other tab already checked', () => {
  it('is refused, so the stale tab does not record its own result for it', () => {
    // Tab A checked ["a"] (wrong). Tab B, still showing the question unchecked with ["b"] ticked, taps Check.
    const stored: PracticeSession = {
      id: 'p', packId: 'd1-bundle-1', title: 'D1', questionIds: ['d1-001'], index: 0,
      answers: { 'd1-001': { selected: ['a'], checked: true } }, updatedAt: 1,
    };
    const out = applyPracticePatch(stored, { kind: 'check', questionId: 'd1-001', selected: ['b'] }, 2);
    // today: returns the stored row unchanged (not refused), so useLiveRow reports ok and
    // PracticeSessionScreen.check() calls recordResults with ["b"]: the results store now says the
    // question was answered b (maybe "correct", dropping the missed-question card) while the session shows a.
    expect(out).toBeNull();
  });
});

describe('exam: an answer given after the deadline', () => {
  it('is refused (the time-out submit scores what was answered in time)', () => {
    const a: Attempt = {
      id: 'x', packId: null, title: 'E', questionIds: ['q1'], answers: {}, flagged: [], current: 0,
      startedAt: 0, deadline: 1000, limitMinutes: 1, targetPercent: 72, submittedAt: null, timedOut: false, score: null, note: '',
    };
    // e.g. the time-out submit failed (storage error): the screen stays, and keeps accepting answers,
    // which the next submit scores as if given before the deadline (submittedAt = deadline, timedOut).
    expect(applyAttemptPatch(a, { kind: 'answer', questionId: 'q1', selected: ['a'] }, 60_000)).toBeNull();
  });
});

describe('practice: the same check again (a retried write)', () => {
  it('changes nothing and is not refused', async () => {
    const { applyPracticePatch } = await import('../../../src/domain/practice/row-patch');
    const stored: PracticeSession = { id: 'p', packId: null, title: 'P', questionIds: ['q'], index: 0, answers: { q: { selected: ['b', 'a'], checked: true } }, updatedAt: 1 };
    expect(applyPracticePatch(stored, { kind: 'check', questionId: 'q', selected: ['a', 'b'] }, 2)).toBe(stored);
  });
});
