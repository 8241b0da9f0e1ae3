// Every path that stores a result keeps the question's first answer (issue 15: the coach's evidence).
import { afterEach, describe, expect, it } from 'vitest';
import { closeDbForTests, withDb } from '../../../src/lib/db/connection';
import { patchStoredRow } from '../../../src/lib/db/row-patch';
import { savePracticeSession } from '../../../src/lib/db/practice-sessions';
import { saveAttempt, submitAttempt } from '../../../src/lib/db/attempts';
import { listResults } from '../../../src/lib/db/results';
import type { Attempt, PracticeSession, QuestionResult } from '../../../src/lib/db/schema';

afterEach(async () => {
  await closeDbForTests();
});

const session = (id: string): PracticeSession => ({ id, packId: 'd1-bundle-1', title: 'D1', questionIds: ['d1-001'], index: 0, answers: {}, updatedAt: 1 });
const result = (correct: boolean, answeredAt: number): QuestionResult => ({ questionId: 'd1-001', packId: 'd1-bundle-1', selected: [correct ? 'a' : 'b'], correct, answeredAt });

describe('the first answer of a question', () => {
  it('survives a practice re-answer and an exam answer after it', async () => {
    await savePracticeSession(session('s1'));
    await withDb((db) => patchStoredRow(db, { store: 'practice', key: 's1', patch: { kind: 'check', questionId: 'd1-001', selected: ['b'], result: result(false, 100) } }, 100));
    await savePracticeSession(session('s2')); // "Start over": a new session, the explanation already seen
    await withDb((db) => patchStoredRow(db, { store: 'practice', key: 's2', patch: { kind: 'check', questionId: 'd1-001', selected: ['a'], result: result(true, 200) } }, 200));
    expect(await listResults()).toEqual([{ ...result(true, 200), first: { correct: false, answeredAt: 100 } }]);

    const attempt: Attempt = {
      id: 'e', packId: 'd1-bundle-1', title: 'E', questionIds: ['d1-001'], answers: { 'd1-001': ['a'] }, flagged: [], current: 0, startedAt: 250,
      deadline: 10_000, limitMinutes: 2, targetPercent: 70, submittedAt: null, timedOut: false, score: null, note: '',
    };
    await saveAttempt(attempt);
    await submitAttempt('e', (a) => ({ attempt: { ...a, submittedAt: 300 }, results: [result(true, 300)] }));
    expect(await listResults()).toEqual([{ ...result(true, 300), first: { correct: false, answeredAt: 100 } }]);
  });
});
