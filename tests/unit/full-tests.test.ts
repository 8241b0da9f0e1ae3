// The three full practice tests: 65 questions each, shaped like the real
// DVA-C02 form and harder than the bundles (see the issue on full tests).
import { describe, expect, it } from 'vitest';
import { loadPacks, loadQuestions } from '../../scripts/content/load-questions';
import { TASKS, type Question } from '../../src/domain/questions/schema';
import { FORM_COUNTS } from '../../src/domain/questions/blueprint';

const ROOT = process.cwd();
const questions = loadQuestions(ROOT);
const packs = loadPacks(ROOT, questions);
const byId = new Map(questions.map((q) => [q.id, q]));
const qs = (ids: readonly string[]): Question[] => ids.map((id) => byId.get(id)!);
const multipleShare = (list: readonly Question[]): number => list.filter((q) => q.type === 'multiple').length / list.length;

describe('the full practice tests', () => {
  const tests = packs.filter((p) => p.kind === 'full');

  it('are three tests of 65, shaped like the real form: 21/17/15/12 by domain, every task statement in each', () => {
    expect(tests).toHaveLength(3);
    for (const p of tests) {
      expect(p.questionCount, p.id).toBe(65);
      const list = qs(p.questionIds);
      const counts = Object.fromEntries(Object.keys(FORM_COUNTS).map((d) => [d, list.filter((q) => String(q.domain) === d).length]));
      expect(counts, p.id).toEqual(FORM_COUNTS);
      expect(TASKS.filter((t) => !list.some((q) => q.task === t)), `${p.id} misses tasks`).toEqual([]);
    }
  });

  it('are harder than the bundles: ≥ 40% decided by the stem\'s constraint (confirmed by the reviewer), ≥ 8 crossing two domains', () => {
    for (const p of tests) {
      const list = qs(p.questionIds);
      const decided = list.filter((q) => q.constraintDecided && q.review?.constraintConfirmed);
      expect(decided.length / list.length, `${p.id}: ${decided.length} constraint-decided`).toBeGreaterThanOrEqual(0.4);
      expect(list.filter((q) => q.crossTask).length, `${p.id} cross-domain`).toBeGreaterThanOrEqual(8);
      expect(list.filter((q) => q.constraintDecided && !q.review?.constraintConfirmed).map((q) => q.id), `${p.id}: marked but not confirmed`).toEqual([]);
    }
  });

  it('are about one in five multiple response each', () => {
    for (const p of tests) {
      const share = multipleShare(qs(p.questionIds));
      expect(share, p.id).toBeGreaterThanOrEqual(0.15);
      expect(share, p.id).toBeLessThanOrEqual(0.3);
    }
  });
});
