import { describe, expect, it } from 'vitest';
import { isCorrect, passed, scaledScore, scoreAttempt, weakAreas } from '../../../src/domain/practice/scoring';
import { accommodatedMinutes, deadlineFor, formatClock, isTimeUp, MINUTE, remainingMs } from '../../../src/domain/practice/timer';
import { checkpointsFor, paceHint } from '../../../src/domain/practice/pacing';
import { counts, filterNav, navItems } from '../../../src/domain/practice/navigator';
import { isComplete, toggleOption } from '../../../src/domain/practice/selection';
import { examMinutes, packQuestionIds, resolvePack } from '../../../src/domain/questions/packs';
import type { Question } from '../../../src/domain/questions/schema';

const q = (id: string, answer: Question['answer'], domain: Question['domain'] = 1, task: Question['task'] = '1.2', extra: Partial<Question> = {}): Question => ({
  id, domain, task, tags: ['lambda'], type: answer.length > 1 ? 'multiple' : 'single', choose: answer.length, stem: 's',
  options: [{ id: 'a', text: 'A' }, { id: 'b', text: 'B' }, { id: 'c', text: 'C' }, { id: 'd', text: 'D' }, { id: 'e', text: 'E' }],
  answer, explanations: { a: 'x', b: 'x', c: 'x', d: 'x', e: 'x' }, takeaway: 't', guide: { chapter: '02-x', anchor: 'y' }, ...extra,
});

describe('scoring', () => {
  it('gives no partial credit on multiple response', () => {
    const question = q('m', ['b', 'd']);
    expect(isCorrect(question, ['d', 'b'])).toBe(true);
    expect(isCorrect(question, ['b'])).toBe(false);
    expect(isCorrect(question, ['b', 'c'])).toBe(false);
    expect(isCorrect(question, ['b', 'd', 'e'])).toBe(false);
    expect(isCorrect(question, ['b', 'b'])).toBe(false);
    expect(isCorrect(question, undefined)).toBe(false);
  });

  it('counts unanswered as wrong and tallies by domain and task', () => {
    const qs = [q('1', ['a'], 1, '1.1'), q('2', ['b'], 1, '1.2'), q('3', ['c'], 2, '2.1'), q('4', ['a', 'b'], 2, '2.1')];
    const s = scoreAttempt(qs, { '1': ['a'], '2': ['c'], '4': ['a', 'b'] });
    expect(s).toMatchObject({ correct: 2, total: 4, percent: 50, wrongIds: ['2', '3'] });
    expect(s.byDomain).toEqual({ '1': { correct: 1, total: 2 }, '2': { correct: 1, total: 2 } });
    expect(s.byTask['2.1']).toEqual({ correct: 1, total: 2 });
    expect(weakAreas(s, 70)).toEqual(['Domain 1', 'Domain 2', 'Task 1.2', 'Task 2.1']);
  });

  it('maps to a 100–1000 scale with its edges and the 720 line', () => {
    expect(scaledScore(0)).toBe(100);
    expect(scaledScore(1)).toBe(1000);
    expect(scaledScore(0.688)).toBe(719);
    expect(scaledScore(0.689)).toBe(720);
    expect(scaledScore(1.5)).toBe(1000);
    expect(scaledScore(-1)).toBe(100);
    expect(scoreAttempt([], {}).scaled).toBe(100);
  });

  it('passes at or above the pack target', () => {
    expect(passed({ percent: 70 }, 70)).toBe(true);
    expect(passed({ percent: 69.9 }, 70)).toBe(false);
  });
});

describe('timer', () => {
  const start = Date.UTC(2026, 10, 26, 9, 0);
  it('derives the time left from the stored deadline, so a killed tab loses nothing', () => {
    const deadline = deadlineFor(start, 130);
    // The tab is killed 40 minutes in and reopened 10 minutes later: 80 minutes remain.
    expect(remainingMs(deadline, start + 50 * MINUTE)).toBe(80 * MINUTE);
    expect(isTimeUp(deadline, start + 129 * MINUTE)).toBe(false);
    expect(isTimeUp(deadline, start + 130 * MINUTE)).toBe(true);
    expect(remainingMs(deadline, start + 200 * MINUTE)).toBe(0);
  });
  it('formats the clock', () => {
    expect(formatClock(130 * MINUTE)).toBe('2:10:00');
    expect(formatClock(4 * MINUTE + 7000)).toBe('4:07');
    expect(formatClock(999)).toBe('0:01');
    expect(formatClock(0)).toBe('0:00');
  });
  it('offers the ESL accommodation', () => {
    expect(accommodatedMinutes(130)).toBe(160);
  });
});

describe('pacing', () => {
  it('uses the guide checkpoints for a 65-question, 130-minute exam', () => {
    expect(checkpointsFor(65, 130)).toEqual([
      { afterQuestion: 15, remainingMinutes: 100 },
      { afterQuestion: 30, remainingMinutes: 70 },
      { afterQuestion: 45, remainingMinutes: 40 },
      { afterQuestion: 60, remainingMinutes: 10 },
    ]);
  });
  it('hints gently once a checkpoint is reached', () => {
    const cps = checkpointsFor(65, 130);
    expect(paceHint(10, 110 * MINUTE, cps)).toBeNull();
    expect(paceHint(15, 101 * MINUTE, cps)?.kind).toBe('on-pace');
    expect(paceHint(30, 50 * MINUTE, cps)?.kind).toBe('behind');
  });
  it('scales to smaller packs', () => {
    expect(checkpointsFor(20, 40).map((c) => c.afterQuestion)).toEqual([5, 9, 14, 18]);
  });
});

describe('navigator', () => {
  it('shows answered, unanswered and flagged, with filters', () => {
    const items = navItems(['a', 'b', 'c'], { a: ['a'], b: [] }, new Set(['b']));
    expect(counts(items)).toEqual({ all: 3, answered: 1, unanswered: 2, flagged: 1 });
    expect(filterNav(items, 'unanswered').map((i) => i.number)).toEqual([2, 3]);
    expect(filterNav(items, 'flagged').map((i) => i.id)).toEqual(['b']);
  });
});

describe('selection', () => {
  it('replaces a single choice and enforces "Choose TWO"', () => {
    expect(toggleOption(['a'], 'b', 1)).toEqual(['b']);
    let s = toggleOption([], 'a', 2);
    s = toggleOption(s, 'c', 2);
    expect(toggleOption(s, 'd', 2)).toEqual(['a', 'c']);
    expect(toggleOption(s, 'a', 2)).toEqual(['c']);
    expect(isComplete(s, 2)).toBe(true);
    expect(isComplete(['a'], 2)).toBe(false);
  });
});

describe('packs', () => {
  it('expands numbered ranges and resolves tag queries, leaving out retired questions', () => {
    expect(packQuestionIds({ ids: { prefix: 'ft1-', from: 1, to: 3, digits: 2 } })).toEqual(['ft1-01', 'ft1-02', 'ft1-03']);
    const qs = [q('d1-001', ['a']), q('d1-002', ['a'], 1, '1.2', { retired: true }), q('d1-003', ['a'], 1, '1.1', { tags: ['api-gateway'] })];
    expect(resolvePack({ ids: { prefix: 'd1-', from: 1, to: 50, digits: 3 } }, qs).map((x) => x.id)).toEqual(['d1-001', 'd1-003']);
    expect(resolvePack({ tags: ['api-gateway'] }, qs).map((x) => x.id)).toEqual(['d1-003']);
    expect(examMinutes({ minutesPerQuestion: 2 }, 65)).toBe(130);
  });
});

describe('full practice tests', () => {
  it('sit all their questions in an order of their own per attempt', async () => {
    const { shuffledIds } = await import('../../../src/domain/questions/packs');
    const ids = Array.from({ length: 65 }, (_, i) => `ft1-${String(i + 1).padStart(2, '0')}`);
    let seed = 7;
    const random = (): number => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
    const a = shuffledIds(ids, random);
    const b = shuffledIds(ids, random);
    expect([...a].sort()).toEqual(ids);
    expect(a).not.toEqual(ids);
    expect(a).not.toEqual(b);
  });

  it('name the task statements with the most misses', async () => {
    const { mostMissedTasks } = await import('../../../src/domain/questions/blueprint');
    expect(mostMissedTasks({ '1.1': { correct: 5, total: 7 }, '2.2': { correct: 0, total: 4 }, '3.1': { correct: 3, total: 3 }, '1.3': { correct: 6, total: 8 }, '4.1': { correct: 3, total: 4 } })).toEqual([
      { task: '2.2', missed: 4, total: 4 },
      { task: '1.1', missed: 2, total: 7 },
      { task: '1.3', missed: 2, total: 8 },
    ]);
  });
});

describe('formatDuration', () => {
  it('says its units', async () => {
    const { formatDuration } = await import('../../../src/domain/practice/timer');
    expect(formatDuration(92_000)).toBe('1 min 32 s');
    expect(formatDuration(45_400)).toBe('45 s');
    expect(formatDuration(120_000)).toBe('2 min');
    expect(formatDuration(3_900_000)).toBe('1 h 5 min');
    expect(formatDuration(7_200_000)).toBe('2 h');
    expect(formatDuration(-5)).toBe('0 s');
  });
});

describe('answeredTallies', () => {
  it('counts only answered questions, so unanswered ones are never weak areas or misses', async () => {
    const { answeredTallies } = await import('../../../src/domain/practice/scoring');
    const { mostMissedTasks } = await import('../../../src/domain/questions/blueprint');
    const qs = [
      { id: 'a', domain: 1, task: '1.1', answer: ['a'] },
      { id: 'b', domain: 1, task: '1.1', answer: ['b'] },
      { id: 'c', domain: 2, task: '2.1', answer: ['c'] },
      { id: 'd', domain: 2, task: '2.1', answer: ['d'] },
    ] as Parameters<typeof answeredTallies>[0];
    const t = answeredTallies(qs, { a: ['a'], b: ['a'], c: [] });
    expect(t.unanswered).toBe(2);
    expect(t.byDomain).toEqual({ '1': { correct: 1, total: 2 } });
    expect(weakAreas(t, 70)).toEqual(['Domain 1', 'Task 1.1']);
    expect(mostMissedTasks(t.byTask)).toEqual([{ task: '1.1', missed: 1, total: 2 }]);
    // The score still counts them wrong, as the real exam does.
    expect(scoreAttempt(qs, { a: ['a'], b: ['a'], c: [] }).correct).toBe(1);
    expect(scoreAttempt(qs, { a: ['a'], b: ['a'], c: [] }).byDomain['2']).toEqual({ correct: 0, total: 2 });
  });
});
