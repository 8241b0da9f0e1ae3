// The built-in bank as a whole (content/questions + content/packs.json): the
// shape the exam needs, the review process, and no near-duplicates.
import { describe, expect, it } from 'vitest';
import { loadPacks, loadQuestions } from '../../scripts/content/load-questions';
import { TASKS, type Question } from '../../src/domain/questions/schema';
import { FORM_COUNTS } from '../../src/domain/questions/blueprint';
import { NEAR_DUPLICATE, similarPairs } from '../../src/domain/questions/similarity';

const ROOT = process.cwd();
const questions = loadQuestions(ROOT);
const packs = loadPacks(ROOT, questions);
const byId = new Map(questions.map((q) => [q.id, q]));
const of = (kind: string) => packs.filter((p) => p.kind === kind);
const qs = (ids: readonly string[]): Question[] => ids.map((id) => byId.get(id)!);
const sameSet = (a: readonly string[], b: readonly string[]): boolean => [...a].sort().join() === [...b].sort().join();
const multipleShare = (list: readonly Question[]): number => list.filter((q) => q.type === 'multiple').length / list.length;

/** The largest share of a pack's keys that sits on one option letter. */
function topKeyShare(list: readonly Question[]): { letter: string; share: number } {
  const counts = new Map<string, number>();
  for (const q of list) for (const a of q.answer) counts.set(a, (counts.get(a) ?? 0) + 1);
  const keys = list.reduce((n, q) => n + q.answer.length, 0);
  const [letter, n] = [...counts].sort((x, y) => y[1] - x[1])[0]!;
  return { letter, share: n / keys };
}

describe('the question bank', () => {
  it('has every domain bundle full, and every question in exactly one numbered pack', () => {
    const numbered = packs.filter((p) => p.ids && p.kind === 'domain');
    for (const p of numbered) expect(p.questionCount, `${p.id}: ${p.questionCount} of ${p.plannedCount}`).toBe(p.plannedCount);
    const all = packs.filter((p) => p.ids);
    const home = new Map<string, number>();
    for (const p of all) for (const id of p.questionIds) home.set(id, (home.get(id) ?? 0) + 1);
    for (const q of questions) expect(home.get(q.id), `${q.id} is in no pack or in several`).toBe(1);
  });

  it('keeps the review process: every question answered blind by a reviewer, whose answer is the key', () => {
    const problems = questions.flatMap((q) => {
      if (!q.review) return [`${q.id}: no review record`];
      if (q.review.verdict === 'rejected' && !q.retired) return [`${q.id}: rejected but live`];
      return sameSet(q.review.blindAnswer, q.answer) ? [] : [`${q.id}: blind answer ${q.review.blindAnswer.join(',')} is not the key ${q.answer.join(',')}`];
    });
    expect(problems).toEqual([]);
  });

  it(`has no two stems that are near-duplicates (word-pair similarity ≥ ${NEAR_DUPLICATE})`, () => {
    expect(similarPairs(questions.filter((q) => !q.retired), NEAR_DUPLICATE)).toEqual([]);
  });

  it('never names an option by its letter or place in shown text, so options can be shuffled and re-lettered', () => {
    const LETTER = /\b(?:options?|choices?) \(?[a-f]\)?(?![\w-])|\banswers? \(?(?:[b-f]|a(?=\W*$|[.,;:)]))\)?(?![\w-])|\b[A-F] and [A-F]\b|\b(?:all|none|both) of the above\b|\bthe (?:first|second|third|last) option\b/i;
    const problems = questions.flatMap((q) =>
      [q.stem, q.takeaway ?? '', ...q.options.map((o) => o.text), ...Object.values(q.explanations ?? {})]
        .filter((t) => typeof t === 'string' && LETTER.test(t))
        .map((t) => `${q.id}: ${LETTER.exec(t)![0]}`),
    );
    expect(problems).toEqual([]);
  });

  it('spreads the keys: no option letter holds more than 35% of a pack\'s keys', () => {
    for (const p of [...of('domain'), ...of('full')]) {
      const { letter, share } = topKeyShare(qs(p.questionIds));
      expect(share, `${p.id}: ${letter} holds ${Math.round(share * 100)}%`).toBeLessThanOrEqual(0.35);
    }
  });
});

describe('the domain bundles', () => {
  const bundle = of('domain').flatMap((p) => qs(p.questionIds));

  it('cover every task statement with at least 6 questions', () => {
    for (const task of TASKS) expect(bundle.filter((q) => q.task === task).length, `task ${task}`).toBeGreaterThanOrEqual(6);
  });

  it('are about one in five multiple response', () => {
    expect(multipleShare(bundle)).toBeGreaterThanOrEqual(0.15);
    expect(multipleShare(bundle)).toBeLessThanOrEqual(0.3);
  });

  it('make topic bundles of at least 25 questions from at least 2 domains, never from a full test', () => {
    const bundleIds = new Set(bundle.map((q) => q.id));
    for (const p of of('topic')) {
      const list = qs(p.questionIds);
      expect(list.length, p.id).toBeGreaterThanOrEqual(25);
      expect(new Set(list.map((q) => q.domain)).size, `${p.id} domains`).toBeGreaterThanOrEqual(2);
      expect(list.filter((q) => !bundleIds.has(q.id)).map((q) => q.id), p.id).toEqual([]);
    }
  });
});
