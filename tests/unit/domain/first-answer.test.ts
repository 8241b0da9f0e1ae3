// A result row keeps the question's first answer (the study coach's evidence), through new answers and merges.
import { describe, expect, it } from 'vitest';
import { withFirstAnswer } from '../../../src/domain/practice/first-answer';
import { pickNewer } from '../../../src/domain/backup/merge';
import { parseBackup } from '../../../src/domain/backup/validate';
import { BACKUP_APP, BACKUP_FORMAT, BACKUP_SCHEMA_VERSION, emptyData } from '../../../src/domain/backup/schema';
import type { QuestionResult } from '../../../src/lib/db/schema';

const r = (correct: boolean, answeredAt: number, first?: QuestionResult['first']): QuestionResult => ({
  questionId: 'd1-001', packId: 'd1-bundle-1', selected: ['a'], correct, answeredAt, ...(first ? { first } : {}),
});

describe('withFirstAnswer', () => {
  it('makes a first answer its own first', () => {
    expect(withFirstAnswer(undefined, r(false, 10))).toEqual(r(false, 10, { correct: false, answeredAt: 10 }));
  });
  it('keeps the stored first answer under a new one', () => {
    expect(withFirstAnswer(r(true, 20, { correct: false, answeredAt: 10 }), r(true, 30))).toEqual(r(true, 30, { correct: false, answeredAt: 10 }));
  });
  it('takes a row from before `first` existed as the first answer', () => {
    expect(withFirstAnswer(r(false, 20), r(true, 30))).toEqual(r(true, 30, { correct: false, answeredAt: 20 }));
  });
});

describe('merging results', () => {
  it('keeps the later answer and the earlier first answer, whichever side each is on', () => {
    const local = r(true, 50, { correct: true, answeredAt: 40 });
    const file = r(false, 30, { correct: false, answeredAt: 5 });
    const expected = r(true, 50, { correct: false, answeredAt: 5 });
    expect(pickNewer('results', local, file)).toEqual(expected);
    expect(pickNewer('results', file, local)).toEqual(expected);
  });
  it('leaves the stored row alone when the file has nothing earlier', () => {
    const local = r(true, 50, { correct: true, answeredAt: 40 });
    expect(pickNewer('results', local, r(false, 45))).toBe(local);
  });
});

describe('backups', () => {
  const file = (data: Partial<ReturnType<typeof emptyData>>): string =>
    JSON.stringify({ app: BACKUP_APP, format: BACKUP_FORMAT, schemaVersion: BACKUP_SCHEMA_VERSION, exportedAt: new Date(0).toISOString(), data: { ...emptyData(), ...data } });
  it('carry a first answer and a short session', () => {
    const session = { id: 'short-d1-bundle-1-5', packId: 'd1-bundle-1', title: 'S', questionIds: ['d1-001'], index: 1, answers: {}, updatedAt: 5, kind: 'short' as const, finishedAt: 5 };
    const out = parseBackup(file({ results: [r(true, 30, { correct: false, answeredAt: 10 })], practice: [session] }));
    expect(out.ok).toBe(true);
  });
  it('refuse a malformed first answer with a message', () => {
    const out = parseBackup(file({ results: [{ ...r(true, 30), first: { correct: 'no', answeredAt: 1 } } as never] }));
    expect(out.ok).toBe(false);
  });
});
