// Which answers measure knowledge: the FIRST recorded answer to each question.
// A later answer (after its explanation was shown in practice, or its review
// after an exam) measures memory. Pure.
//
// Where the first answer is found:
// - a result row keeps it in `first` (written since the coach exists: every
//   later answer carries it forward, see ../practice/first-answer.ts);
// - a result row from before that has only its latest answer: the earliest
//   known, taken as the first;
// - every submitted exam holds the answers given in it, at its submit time
//   (an exam shows nothing until it is submitted). Unanswered questions are
//   not answers.
// The earliest of these is the first sight. Questions the app no longer has,
// or imported ones with no domain, give no answer.
import type { Attempt, QuestionResult } from '../records';
import type { PlayableQuestion } from '../questions/playable';
import { isCorrect } from '../practice/scoring';
import { firstOf } from '../practice/first-answer';
import type { CoachAnswer } from './model';

type Q = Pick<PlayableQuestion, 'id' | 'domain' | 'task' | 'answer'>;

export function firstSightAnswers(
  results: readonly QuestionResult[],
  attempts: readonly Pick<Attempt, 'questionIds' | 'answers' | 'submittedAt'>[],
  questions: ReadonlyMap<string, Q>,
): CoachAnswer[] {
  const first = new Map<string, { correct: boolean; at: number }>();
  const offer = (id: string, correct: boolean, at: number): void => {
    const known = first.get(id);
    if (!known || at < known.at) first.set(id, { correct, at });
  };
  for (const r of results) {
    const f = firstOf(r);
    offer(r.questionId, f.correct, f.answeredAt);
  }
  for (const a of attempts) {
    if (a.submittedAt === null) continue;
    for (const id of a.questionIds) {
      const selected = a.answers[id];
      const q = questions.get(id);
      if (!q || !selected || selected.length === 0) continue;
      offer(id, isCorrect(q, selected), a.submittedAt);
    }
  }
  const out: CoachAnswer[] = [];
  for (const [id, f] of first) {
    const q = questions.get(id);
    if (!q || q.domain === null) continue;
    out.push({ questionId: id, domain: String(q.domain), task: q.task, correct: f.correct, at: f.at });
  }
  return out.sort((a, b) => a.at - b.at || (a.questionId < b.questionId ? -1 : 1));
}
