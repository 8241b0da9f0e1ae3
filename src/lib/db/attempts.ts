import { withDb } from './connection';
import { announceChange } from './changes';
import { deleteRow, deletionRecord, putRow } from './write';
import { withFirstAnswer } from '../../domain/practice/first-answer';
import type { Attempt, QuestionResult } from './schema';

export function getAttempt(id: string): Promise<Attempt | undefined> {
  return withDb((db) => db.get('attempts', id));
}

/** Newest first. */
export async function listAttempts(): Promise<Attempt[]> {
  const all = await withDb((db) => db.getAllFromIndex('attempts', 'byStartedAt'));
  return all.reverse();
}

/** An exam still running (or waiting to be submitted after time ran out). */
export async function findUnfinishedAttempt(): Promise<Attempt | undefined> {
  return (await listAttempts()).find((a) => a.submittedAt === null);
}

/** A new attempt (changes to it are patches: answer-taps.ts). Resolves once committed. */
export async function saveAttempt(attempt: Attempt): Promise<void> {
  await putRow('attempts', attempt, { immediate: true });
}

export async function deleteAttempt(id: string): Promise<void> {
  await deleteRow('attempts', id);
}

/**
 * Submits an exam and records each question's result, in one transaction: all
 * or nothing. `finish` scores the attempt as STORED (every committed answer);
 * an attempt already submitted, or gone, is left as it is and returned.
 */
export async function submitAttempt(
  id: string,
  finish: (stored: Attempt) => { attempt: Attempt; results: readonly QuestionResult[] },
): Promise<Attempt | undefined> {
  const outcome = await withDb(async (db) => {
    const tx = db.transaction(['attempts', 'results'], 'readwrite');
    const attempts = tx.objectStore('attempts');
    const stored = await attempts.get(id);
    if (!stored || stored.submittedAt !== null) {
      await tx.done;
      return { attempt: stored, wrote: false };
    }
    const { attempt, results } = finish(stored);
    const store = tx.objectStore('results');
    // Each result keeps the question's first answer (the study coach's evidence).
    const put = async (r: QuestionResult): Promise<unknown> => store.put(withFirstAnswer(await store.get(r.questionId), r));
    await Promise.all([attempts.put(attempt), ...results.map(put), tx.done]);
    return { attempt, wrote: true };
  });
  if (outcome.wrote) announceChange('attempts', 'results');
  return outcome.attempt;
}

/**
 * Ends an exam whose questions are all gone (its pack was deleted, maybe in
 * another tab, or an update removed them): it is removed unscored, in one
 * transaction that leaves a submitted attempt alone. True if it was removed.
 */
export async function discardUnfinishedAttempt(id: string): Promise<boolean> {
  const removed = await withDb(async (db) => {
    const tx = db.transaction(['attempts', 'deletions'], 'readwrite');
    const store = tx.objectStore('attempts');
    const stored = await store.get(id);
    const remove = Boolean(stored && stored.submittedAt === null);
    if (remove) await Promise.all([store.delete(id), tx.objectStore('deletions').put(deletionRecord('attempts', id, Date.now()))]);
    await tx.done;
    return remove;
  });
  if (removed) announceChange('attempts', 'deletions');
  return removed;
}
