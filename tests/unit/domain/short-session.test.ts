// Short sessions (issue 12 item 10) and coach drills (issue 15): which questions, and when one is finished.
import { describe, expect, it } from 'vitest';
import { interleave, parseSessionSize, pickSessionQuestions, summarizeSession } from '../../../src/domain/practice/short-session';
import { applyPracticePatch } from '../../../src/domain/practice/row-patch';
import type { PracticeSession } from '../../../src/lib/db/schema';

describe('pickSessionQuestions', () => {
  const results = new Map([
    ['q1', { correct: true }],
    ['q2', { correct: false }],
    ['q4', { correct: false }],
  ]);
  it('asks unseen questions first, then missed ones, then the rest', () => {
    expect(pickSessionQuestions(['q1', 'q2', 'q3', 'q4', 'q5'], results, 10)).toEqual(['q3', 'q5', 'q2', 'q4', 'q1']);
    expect(pickSessionQuestions(['q1', 'q2', 'q3', 'q4', 'q5'], results, 3)).toEqual(['q3', 'q5', 'q2']);
  });
  it('never asks a question twice', () => {
    expect(pickSessionQuestions(['q3', 'q3', 'q2'], results, 10)).toEqual(['q3', 'q2']);
  });
  it('interleaves a drill\'s task statements so each comes early', () => {
    expect(interleave([['a1', 'a2', 'a3'], ['b1'], ['c1', 'c2']])).toEqual(['a1', 'b1', 'c1', 'a2', 'c2', 'a3']);
  });
});

describe('parseSessionSize', () => {
  it('takes a whole number in range and explains anything else', () => {
    expect(parseSessionSize(' 15 ')).toEqual({ size: 15 });
    for (const bad of ['', '0', '-3', '2.5', 'ten', '1e2', '201']) expect(parseSessionSize(bad)).toHaveProperty('error');
  });
});

describe('a short session reaching its end', () => {
  const s: PracticeSession = { id: 'short-x-1', packId: 'x', title: 'X', questionIds: ['q1', 'q2'], index: 1, answers: {}, updatedAt: 1, kind: 'short' };
  it('is finished once, at the first time it gets there', () => {
    const done = applyPracticePatch(s, { kind: 'move', index: 2 }, 50)!;
    expect(done.finishedAt).toBe(50);
    const again = applyPracticePatch(applyPracticePatch(done, { kind: 'move', index: 0 }, 60)!, { kind: 'move', index: 2 }, 70)!;
    expect(again.finishedAt).toBe(50);
  });
  it('a whole pack\'s session never gets a finish date', () => {
    const { kind: _k, ...plain } = s;
    expect(applyPracticePatch(plain, { kind: 'move', index: 2 }, 50)).not.toHaveProperty('finishedAt');
  });
});

describe('summarizeSession', () => {
  it('scores checked answers only and names the task statements with misses', () => {
    const questions = new Map([
      ['q1', { answer: ['a' as const], task: '2.1' as const }],
      ['q2', { answer: ['b' as const], task: '2.1' as const }],
      ['q3', { answer: ['c' as const], task: '1.1' as const }],
      ['q4', { answer: ['d' as const], task: '3.1' as const }],
    ]);
    const s = {
      questionIds: ['q1', 'q2', 'q3', 'q4'],
      answers: { q1: { selected: ['a' as const], checked: true }, q2: { selected: ['a' as const], checked: true }, q3: { selected: ['c' as const], checked: true }, q4: { selected: ['a' as const], checked: false } },
    };
    expect(summarizeSession(s, questions)).toEqual({ right: 2, checked: 3, percent: 66.7, missedTasks: ['2.1'] });
  });
});
