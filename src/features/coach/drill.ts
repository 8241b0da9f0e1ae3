// "Drill my weakest": a short practice session from the top task statements,
// unseen questions first, then missed ones. It is an ordinary practice
// session (kind 'drill'), so its answers feed the forecast like any other.
import type { TaskGain } from '../../domain/coach/points';
import { interleave, pickSessionQuestions } from '../../domain/practice/short-session';
import { savePracticeSession } from '../../lib/db/practice-sessions';
import type { PracticeSession, QuestionResult } from '../../lib/db/schema';
import { questionMap } from '../../lib/questions/question-bank';
import { arrangeSitting } from '../../lib/questions/arrange';

export const DRILL_SIZE = 10;
export const DRILL_TASKS = 3;

/** Creates the drill and returns its id, or null when no question fits. */
export async function startDrill(ranked: readonly TaskGain[], results: readonly QuestionResult[], now: number, size = DRILL_SIZE): Promise<string | null> {
  const tasks = ranked.filter((t) => t.gain > 0).slice(0, DRILL_TASKS).map((t) => t.task);
  if (tasks.length === 0) return null;
  const all = [...(await questionMap()).values()].filter((q) => !q.retired);
  const groups = tasks.map((t) => all.filter((q) => q.task === t).map((q) => q.id));
  const latest = new Map(results.map((r) => [r.questionId, r]));
  const questionIds = pickSessionQuestions(interleave(groups), latest, size);
  if (questionIds.length === 0) return null;
  const session: PracticeSession = {
    id: `drill-${now}`, packId: null, title: `Drill: task${tasks.length > 1 ? 's' : ''} ${tasks.join(', ')}`,
    ...(await arrangeSitting(questionIds, true)), // unseen first, then missed: only the options move
    index: 0, answers: {}, updatedAt: now, kind: 'drill',
  };
  await savePracticeSession(session);
  return session.id;
}
