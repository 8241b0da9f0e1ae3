// A question's result row keeps its latest answer ("last answered wrong") and,
// in `first`, its first one (the study coach's evidence: the first answer was
// given before any explanation was seen). Pure.
import type { QuestionResult } from '../records';

/** The first answer a row knows of: its `first`, or (a row from before `first` existed) the row itself. */
export function firstOf(r: QuestionResult): { correct: boolean; answeredAt: number } {
  return r.first ?? { correct: r.correct, answeredAt: r.answeredAt };
}

/** The row to store for a new answer, over the stored one (if any): the new answer, the first one kept. */
export function withFirstAnswer(stored: QuestionResult | undefined, next: QuestionResult): QuestionResult {
  const { first: _ignored, ...latest } = next;
  const earlier = stored ? firstOf(stored) : null;
  const first = earlier && earlier.answeredAt <= next.answeredAt ? earlier : { correct: next.correct, answeredAt: next.answeredAt };
  return { ...latest, first: { correct: first.correct, answeredAt: first.answeredAt } };
}

/** Two rows of one question merged (backups): the winner's latest answer, the earlier of the two first answers. */
export function mergeFirstAnswers(winner: QuestionResult, other: QuestionResult): QuestionResult {
  const a = firstOf(winner);
  const b = firstOf(other);
  if (b.answeredAt >= a.answeredAt) return winner;
  return { ...winner, first: { correct: b.correct, answeredAt: b.answeredAt } };
}
