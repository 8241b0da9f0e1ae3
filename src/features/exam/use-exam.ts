// Loads a running exam and keeps it durable: every change is written to
// IndexedDB before the screen shows it.
import { useEffect, useMemo, useState } from 'preact/hooks';
import { getAttempt, saveAttempt, submitAttempt } from '../../lib/db/attempts';
import { saveAttemptAnswer } from '../../lib/db/answer-taps';
import { warmDurableWrites } from '../../lib/db/durable-write';
import { setFlag } from '../../lib/db/flags';
import type { Attempt } from '../../lib/db/schema';
import type { PlayableQuestion as Question } from '../../domain/questions/playable';
import { isCorrect, scoreAttempt } from '../../domain/practice/scoring';
import { describeStorageError } from '../../lib/db/errors';
import { showNotice } from '../../app/notices';
import { createWriteQueue } from '../../lib/db/write-queue';

export function useAttempt(id: string) {
  const [attempt, setAttempt] = useState<Attempt | null | undefined>(undefined);
  useEffect(() => {
    void getAttempt(id).then((a) => setAttempt(a ?? null), () => setAttempt(null));
    warmDurableWrites();
  }, [id]);

  const writes = useMemo(() => createWriteQueue((e) => showNotice({ tone: 'error', text: describeStorageError(e) })), []);

  /** Shows the change at once (an answer tap), writes it in order, and undoes it if the write fails. */
  async function update(next: Attempt, previous?: Attempt): Promise<boolean> {
    // Start the write first, then render: the commit does not wait behind the screen.
    const written = writes.push(() => saveAttempt(next));
    setAttempt(next);
    const ok = await written;
    if (!ok && previous) setAttempt(previous);
    return ok;
  }

  const [resetKey, setResetKey] = useState(0);

  /**
   * An answer tap: written first, then rendered. The tapped control already
   * shows the choice; if the write fails the inputs are rebuilt from state.
   */
  async function answer(next: Attempt, tappedAt: number): Promise<void> {
    let durableAt = 0;
    const ok = await writes.push(async () => {
      durableAt = await saveAttemptAnswer(next);
    });
    if (ok) {
      // Read by npm run bench: from the tap to the commit, as the writing thread saw it.
      performance.measure('answer-durable', { start: tappedAt, end: durableAt - performance.timeOrigin });
      setAttempt(next);
    } else setResetKey((k) => k + 1);
  }

  async function toggleFlag(a: Attempt, qid: string): Promise<void> {
    const on = !a.flagged.includes(qid);
    const flagged = on ? [...a.flagged, qid] : a.flagged.filter((x) => x !== qid);
    if (await update({ ...a, flagged }, a)) {
      // The flag also joins the Review tab, where it stays until cleared.
      await setFlag(qid, a.packId, on, Date.now()).catch((e: unknown) => showNotice({ tone: 'error', text: describeStorageError(e) }));
    }
  }

  return { attempt, update, answer, resetKey, toggleFlag, drain: writes.drain };
}

/** Scores and submits with the answers given so far (also at time-out). */
export async function submitExam(attempt: Attempt, questions: ReadonlyMap<string, Question>, now: number, timedOut: boolean): Promise<Attempt> {
  const qs = attempt.questionIds.flatMap((id) => questions.get(id) ?? []);
  const score = scoreAttempt(qs, attempt.answers);
  // Timed out: the exam ended at its deadline, even if the app was closed then.
  const done: Attempt = { ...attempt, submittedAt: timedOut ? Math.min(now, attempt.deadline) : now, timedOut, score };
  const results = qs.map((q) => ({
    questionId: q.id,
    packId: attempt.packId,
    selected: [...(attempt.answers[q.id] ?? [])],
    correct: isCorrect(q, attempt.answers[q.id]),
    answeredAt: now,
  }));
  await submitAttempt(done, results);
  return done;
}
