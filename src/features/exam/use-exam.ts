// A running exam, kept durable and in step with other tabs: every change is a
// patch on the stored attempt (domain/practice/row-patch), so a stale tab can
// neither drop another tab's answers nor un-submit or re-score the exam.
import { useEffect } from 'preact/hooks';
import { getAttempt, submitAttempt } from '../../lib/db/attempts';
import { patchAttempt } from '../../lib/db/answer-taps';
import { warmDurableWrites } from '../../lib/db/durable-write';
import { setFlag } from '../../lib/db/flags';
import type { Attempt } from '../../lib/db/schema';
import type { PlayableQuestion as Question } from '../../domain/questions/playable';
import type { OptionId } from '../../domain/questions/schema';
import { applyAttemptPatch, type AttemptPatch } from '../../domain/practice/row-patch';
import { isCorrect, scoreAttempt } from '../../domain/practice/scoring';
import { describeStorageError } from '../../lib/db/errors';
import { showNotice } from '../../app/notices';
import { liveRowSettled, useLiveRow, type LiveRowSource } from '../../app/use-live-row';

const SOURCE: LiveRowSource<Attempt, AttemptPatch> = { store: 'attempts', load: getAttempt, apply: applyAttemptPatch, write: patchAttempt };

export function useAttempt(id: string) {
  const live = useLiveRow(id, SOURCE);
  useEffect(warmDurableWrites, []);

  /** An answer tap: the tapped control already shows it; state follows the commit. */
  async function answer(questionId: string, selected: OptionId[], tappedAt: number): Promise<void> {
    const r = await live.change({ kind: 'answer', questionId, selected }, false);
    // Read by npm run bench: from the tap to the commit, as the writing thread saw it.
    if (r.ok) performance.measure('answer-durable', { start: tappedAt, end: r.durableAt - performance.timeOrigin });
  }

  const move = (current: number) => live.change({ kind: 'move', current });

  async function toggleFlag(qid: string): Promise<void> {
    const a = live.latest.current;
    if (!a) return;
    const on = !a.flagged.includes(qid);
    const r = await live.change({ kind: 'flag', questionId: qid, on });
    // The flag also joins the Review tab, where it stays until cleared.
    if (r.ok) await setFlag(qid, a.packId, on, Date.now()).catch((e: unknown) => showNotice({ tone: 'error', text: describeStorageError(e) }));
  }

  const saveNote = async (note: string): Promise<boolean> => (await live.change({ kind: 'note', note })).ok;

  return { attempt: live.row, latest: live.latest, answer, move, toggleFlag, saveNote, resetKey: live.resetKey, drain: live.drain };
}

/**
 * Scores and submits the STORED attempt with every answer committed so far
 * (also at time-out). An attempt already submitted (in another tab, say) is
 * left exactly as it is and returned.
 */
export async function submitExam(id: string, questions: ReadonlyMap<string, Question>, now: number, timedOut: boolean): Promise<Attempt | undefined> {
  // Taps made on the exam screen may still be on their way (the review screen has its own queue).
  await liveRowSettled('attempts', id);
  return submitAttempt(id, (attempt) => {
    const qs = attempt.questionIds.flatMap((qid) => questions.get(qid) ?? []);
    const score = scoreAttempt(qs, attempt.answers);
    // Timed out: the exam ended at its deadline, even if the app was closed then.
    const submittedAt = timedOut ? Math.min(now, attempt.deadline) : now;
    const done: Attempt = { ...attempt, submittedAt, timedOut, score, updatedAt: now };
    // Unanswered is not "answered wrong": the score counts it wrong, as the real exam does, but it never
    // becomes a last answer (Review's lists, missed-question flashcards). A question skipped here keeps
    // whatever it was last answered elsewhere.
    const results = qs
      .filter((q) => (attempt.answers[q.id]?.length ?? 0) > 0)
      .map((q) => ({
        questionId: q.id,
        packId: attempt.packId,
        selected: [...attempt.answers[q.id]!],
        correct: isCorrect(q, attempt.answers[q.id]),
        answeredAt: now,
      }));
    return { attempt: done, results };
  });
}
