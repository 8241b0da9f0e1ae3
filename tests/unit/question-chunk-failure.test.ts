// Found by the second adversarial review: a question chunk that fails to load once (a network blip, a
// chunk not yet precached, a cache evicted) is treated as "this question does
// not exist" by questionsFor, and the failure is cached for the page's life.
// ExamScreen then shows QuestionsGone, which DISCARDS the running exam.
import { beforeEach, describe, expect, it, vi } from 'vitest';

const calls: string[] = [];
let failNext = 0;
const Q = (id: string) => ({ id, stem: `stem ${id}`, options: [], answer: ['A'], choose: 1 });

vi.mock('virtual:guide/question-loaders', () => ({
  loadQuestions: () => Promise.resolve([Q('d1-b1-001'), Q('d1-b1-002')]),
  loadQuestion: (id: string) => {
    calls.push(id);
    if (failNext > 0) {
      failNext--;
      return Promise.reject(new TypeError('Failed to fetch dynamically imported module: /assets/question-group-3.js'));
    }
    return Promise.resolve(Q(id));
  },
}));
vi.mock('virtual:guide/packs', () => ({ packs: [] }));

describe('questionsFor / questionById after a chunk fails to load once', () => {
  beforeEach(() => {
    calls.length = 0;
    failNext = 0;
  });

  it('retries the chunk on the next call instead of keeping the rejected promise forever', async () => {
    const { questionById } = await import('../../src/lib/questions/question-bank');
    failNext = 1;
    await expect(questionById('d1-b1-001')).rejects.toThrow();
    // The network is back: the next ask must load it.
    const again = await questionById('d1-b1-001').catch(() => 'still rejected (cached failure)');
    expect(again).toMatchObject({ id: 'd1-b1-001' });
  });

  it('does not report a question whose chunk failed to load as missing (ExamScreen would discard the exam)', async () => {
    const { questionsFor } = await import('../../src/lib/questions/question-bank');
    failNext = 1;
    // Either reject (the screen waits / shows an error) or return the question: never an empty map.
    const outcome = await questionsFor(['d1-b1-002']).then(
      (m) => (m.size === 0 ? 'resolved as missing' : 'found'),
      () => 'rejected',
    );
    expect(outcome).not.toBe('resolved as missing');
  });
});
