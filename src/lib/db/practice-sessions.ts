import { withDb } from './connection';
import { deleteRow, putRow } from './write';
import { putRowDurably } from './durable-write';
import type { PracticeSession } from './schema';

export function getPracticeSession(id: string): Promise<PracticeSession | undefined> {
  return withDb((db) => db.get('practice', id));
}

/** Resolves once committed: the next question appears only after this. */
export async function savePracticeSession(session: PracticeSession): Promise<void> {
  await putRow('practice', session, { immediate: true, userData: true });
}

/** An answer tap: committed off the page's frame (see durable-write); resolves with when it became durable. */
export function savePracticeAnswer(session: PracticeSession): Promise<number> {
  return putRowDurably('practice', session);
}

export async function deletePracticeSession(id: string): Promise<void> {
  await deleteRow('practice', id);
}
