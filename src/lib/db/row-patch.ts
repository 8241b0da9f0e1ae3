// Applies an attempt or practice-session patch (domain/practice/row-patch) to
// the stored row, read and written in ONE transaction: the page and the
// answer-writer worker both write this way, so no stale copy is ever put back.
import type { IDBPDatabase } from 'idb';
import { applyAttemptPatch, applyPracticePatch, type AttemptPatch, type PracticePatch } from '../../domain/practice/row-patch';
import { withFirstAnswer } from '../../domain/practice/first-answer';
import type { Attempt, PracticeSession, QuestionResult, StudyDB } from './schema';

export type RowPatch = { store: 'attempts'; key: string; patch: AttemptPatch } | { store: 'practice'; key: string; patch: PracticePatch };

export interface PatchOutcome {
  /** The stored row after the write (or as it was, when refused or unchanged); undefined if there is none. */
  row: Attempt | PracticeSession | undefined;
  /** The row is gone, or it refused the change (a submitted exam, a checked answer). */
  refused: boolean;
  changed: boolean;
}

export async function patchStoredRow(db: IDBPDatabase<StudyDB>, rp: RowPatch, now: number): Promise<PatchOutcome> {
  // A practice check stores its result in the same transaction.
  const result = rp.store === 'practice' && rp.patch.kind === 'check' ? rp.patch.result : undefined;
  const tx = db.transaction(result ? [rp.store, 'results'] : [rp.store], 'readwrite');
  const store = tx.objectStore(rp.store);
  // The question's stored result is read in the same transaction: its first answer is carried forward.
  const [stored, before] = await Promise.all([store.get(rp.key), result ? tx.objectStore('results').get(result.questionId) : undefined]);
  const next = !stored
    ? null
    : rp.store === 'attempts'
      ? applyAttemptPatch(stored as Attempt, rp.patch, now)
      : applyPracticePatch(stored as PracticeSession, rp.patch, now);
  const changed = next !== null && next !== stored;
  if (changed) {
    void store.put(next as never);
    if (result) void tx.objectStore('results').put(withFirstAnswer(before as QuestionResult | undefined, result));
  }
  // Commit now, not at the end of the task: an answer tap is durable before the next frame.
  (tx as unknown as { commit?: () => void }).commit?.();
  await tx.done;
  return { row: changed ? next! : stored, refused: next === null, changed };
}
