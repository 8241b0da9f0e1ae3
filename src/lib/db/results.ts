import { withDb } from './connection';
import { announceChange } from './changes';
import { withFirstAnswer } from '../../domain/practice/first-answer';
import type { QuestionResult } from './schema';

export function listResults(): Promise<QuestionResult[]> {
  return withDb((db) => db.getAll('results'));
}

/** Records each question's latest answer (keeping its first), all in one transaction. */
export async function recordResults(results: readonly QuestionResult[]): Promise<void> {
  if (results.length === 0) return;
  await withDb(async (db) => {
    const tx = db.transaction('results', 'readwrite');
    await Promise.all([...results.map(async (r) => tx.store.put(withFirstAnswer(await tx.store.get(r.questionId), r))), tx.done]);
  });
  announceChange('results');
}
