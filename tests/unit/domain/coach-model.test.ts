// The study coach's model on small fixtures (issue 15): first-sight answers,
// the forecast, its ranges, "not judged" domains, the ranking and the trend.
import { describe, expect, it } from 'vitest';
import { forecast, HALF_LIFE_DAYS, MIN_ANSWERS, MIN_DOMAIN_ANSWERS, recencyWeight, type CoachAnswer } from '../../../src/domain/coach/model';
import { examShare, rankTasks } from '../../../src/domain/coach/points';
import { forecastTrend } from '../../../src/domain/coach/trend';
import { firstSightAnswers } from '../../../src/domain/coach/first-sight';
import type { QuestionResult } from '../../../src/lib/db/schema';

const DAY = 86_400_000;
const NOW = Date.UTC(2025, 5, 1);

function answers(task: string, right: number, wrong: number, at = NOW): CoachAnswer[] {
  const domain = task.split('.')[0]!;
  return [
    ...Array.from({ length: right }, (_, i) => ({ questionId: `${task}-r${i}`, domain, task, correct: true, at })),
    ...Array.from({ length: wrong }, (_, i) => ({ questionId: `${task}-w${i}`, domain, task, correct: false, at })),
  ];
}

describe('forecast', () => {
  it('has nothing to say below the minimum number of answers', () => {
    const f = forecast(answers('1.1', MIN_ANSWERS - 1, 0), NOW);
    expect(f.ready).toBe(false);
    expect(forecast(answers('1.1', MIN_ANSWERS, 0), NOW).ready).toBe(true);
  });

  it('rises with right answers and its range narrows with more of them', () => {
    const few = forecast([...answers('1.1', 4, 1), ...answers('2.1', 4, 1), ...answers('3.1', 4, 1), ...answers('4.1', 4, 1)], NOW);
    const many = forecast([...answers('1.1', 40, 10), ...answers('2.1', 40, 10), ...answers('3.1', 40, 10), ...answers('4.1', 40, 10)], NOW);
    const worse = forecast([...answers('1.1', 10, 40), ...answers('2.1', 10, 40), ...answers('3.1', 10, 40), ...answers('4.1', 10, 40)], NOW);
    expect(many.scaled.likely).toBeGreaterThan(worse.scaled.likely + 300);
    expect(many.scaled.high - many.scaled.low).toBeLessThan(few.scaled.high - few.scaled.low);
    for (const f of [few, many, worse]) {
      expect(f.scaled.low).toBeLessThanOrEqual(f.scaled.likely);
      expect(f.scaled.likely).toBeLessThanOrEqual(f.scaled.high);
      expect(f.scaled.low).toBeGreaterThanOrEqual(100);
      expect(f.scaled.high).toBeLessThanOrEqual(1000);
    }
  });

  it('weights domains 32/26/24/18: the same answers count more in domain 1 than in domain 4', () => {
    const base = [...answers('1.1', 10, 5), ...answers('2.1', 10, 5), ...answers('3.1', 10, 5), ...answers('4.1', 10, 5)];
    const d1Better = forecast([...base, ...answers('1.2', 20, 0)], NOW);
    const d4Better = forecast([...base, ...answers('4.2', 20, 0)], NOW);
    expect(d1Better.mean).toBeGreaterThan(d4Better.mean);
  });

  it('names the domains it could not judge, and says how many answers each rests on', () => {
    const f = forecast([...answers('1.1', 8, 2), ...answers('2.1', 3, 1)], NOW);
    expect(f.ready).toBe(true);
    expect(f.unjudged).toEqual(['2', '3', '4']);
    const d2 = f.domains.find((d) => d.domain === '2')!;
    expect(d2.answers).toBe(4);
    expect(d2.judged).toBe(false);
    expect(MIN_DOMAIN_ANSWERS).toBeGreaterThan(4);
    expect(f.domains.find((d) => d.domain === '1')!.tasks.find((t) => t.task === '1.1')).toMatchObject({ answers: 10, correct: 8 });
  });

  it('counts recent answers more than old ones', () => {
    expect(recencyWeight(NOW - HALF_LIFE_DAYS * DAY, NOW)).toBeCloseTo(0.5);
    const oldWrongNewRight = forecast([...answers('1.1', 0, 20, NOW - 90 * DAY), ...answers('1.2', 20, 0, NOW)], NOW);
    const oldRightNewWrong = forecast([...answers('1.1', 20, 0, NOW - 90 * DAY), ...answers('1.2', 0, 20, NOW)], NOW);
    const d1 = (f: typeof oldWrongNewRight) => f.domains[0]!;
    // Same counts; only the times differ. The domain pool leans to the recent answers.
    expect(d1(oldWrongNewRight).tasks[2]!.mean).toBeGreaterThan(d1(oldRightNewWrong).tasks[2]!.mean);
  });

  it('ignores answers without a known domain (imported questions that carry none)', () => {
    const f = forecast([...answers('1.1', 10, 0), { questionId: 'my-x', domain: 'null', task: null, correct: false, at: NOW }], NOW);
    expect(f.answers).toBe(10);
  });
});

describe('where the points are', () => {
  it('ranks a weak domain 2 above a strong domain 1, and leaves unanswered tasks out', () => {
    const f = forecast([...answers('1.1', 9, 1), ...answers('1.2', 9, 1), ...answers('1.3', 9, 1), ...answers('2.1', 2, 8), ...answers('2.2', 3, 7)], NOW);
    const ranked = rankTasks(f);
    expect(ranked.slice(0, 2).map((t) => t.task)).toEqual(['2.1', '2.2']);
    expect(ranked.map((t) => t.task)).not.toContain('3.1');
    expect(ranked[0]!.gain).toBeGreaterThan(ranked[ranked.length - 1]!.gain);
  });

  it('splits each domain weight evenly over its task statements', () => {
    expect(examShare('1.1')).toBeCloseTo(0.32 / 3);
    expect(examShare('3.4')).toBeCloseTo(0.24 / 4);
  });
});

describe('trend', () => {
  it('recomputes the forecast as it stood at each moment, from the answers given by then', () => {
    const early = answers('1.1', 2, 10, NOW - 10 * DAY);
    const late = answers('1.2', 12, 0, NOW - 2 * DAY);
    const trend = forecastTrend([...late, ...early], [NOW - 20 * DAY, NOW - 9 * DAY, NOW]);
    expect(trend.map((p) => p.at)).toEqual([NOW - 9 * DAY, NOW]); // 20 days ago: no answers yet
    expect(trend[1]!.likely).toBeGreaterThan(trend[0]!.likely);
  });
});

describe('first sight', () => {
  const questions = new Map([
    ['d1-001', { id: 'd1-001', domain: 1 as const, task: '1.1' as const, answer: ['a' as const] }],
    ['d2-001', { id: 'd2-001', domain: 2 as const, task: '2.1' as const, answer: ['b' as const] }],
    ['d2-002', { id: 'd2-002', domain: 2 as const, task: '2.1' as const, answer: ['c' as const] }],
    ['my-1', { id: 'my-1', domain: null, task: null, answer: ['a' as const] }],
  ]);
  const result = (questionId: string, correct: boolean, answeredAt: number, first?: QuestionResult['first']): QuestionResult => ({
    questionId, packId: null, selected: ['a'], correct, answeredAt, ...(first ? { first } : {}),
  });

  it('takes the first answer a result carries, not its latest', () => {
    const out = firstSightAnswers([result('d1-001', true, 500, { correct: false, answeredAt: 100 })], [], questions);
    expect(out).toEqual([{ questionId: 'd1-001', domain: '1', task: '1.1', correct: false, at: 100 }]);
  });

  it('takes an earlier exam answer over a later practice one; unanswered exam questions are not answers', () => {
    const exam = { questionIds: ['d2-001', 'd2-002'], answers: { 'd2-001': ['b' as const], 'd2-002': [] }, submittedAt: 50 };
    const running = { questionIds: ['d1-001'], answers: { 'd1-001': ['b' as const] }, submittedAt: null };
    const out = firstSightAnswers([result('d2-001', false, 900)], [exam, running], questions);
    expect(out).toEqual([{ questionId: 'd2-001', domain: '2', task: '2.1', correct: true, at: 50 }]);
  });

  it('leaves out questions with no domain and questions the app no longer has', () => {
    expect(firstSightAnswers([result('my-1', true, 1), result('gone-1', true, 1)], [], questions)).toEqual([]);
  });
});
