import { withDb } from './connection';
import { announceChange } from './changes';
import { deleteRow, putRow } from './write';
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

/** Resolves once committed. */
export async function saveAttempt(attempt: Attempt): Promise<void> {
  await putRow('attempts', attempt, { immediate: true, userData: true });
}

export async function deleteAttempt(id: string): Promise<void> {
  await deleteRow('attempts', id);
}

/** Submits an exam and records each question's result, in one transaction: all or nothing. */
export async function submitAttempt(attempt: Attempt, results: readonly QuestionResult[]): Promise<void> {
  await withDb(async (db) => {
    const tx = db.transaction(['attempts', 'results'], 'readwrite');
    const attempts = tx.objectStore('attempts');
    const store = tx.objectStore('results');
    await Promise.all([attempts.put(attempt), ...results.map((r) => store.put(r)), tx.done]);
  });
  announceChange('attempts', 'results');
}
