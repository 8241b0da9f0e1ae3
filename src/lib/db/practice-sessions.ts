import { withDb } from './connection';
import { deleteRow, putRow } from './write';
import type { PracticeSession } from './schema';

export function getPracticeSession(id: string): Promise<PracticeSession | undefined> {
  return withDb((db) => db.get('practice', id));
}

export function listPracticeSessions(): Promise<PracticeSession[]> {
  return withDb((db) => db.getAll('practice'));
}

/** Resolves once committed: the next question appears only after this. */
export async function savePracticeSession(session: PracticeSession): Promise<void> {
  await putRow('practice', session, { immediate: true });
}

export async function deletePracticeSession(id: string): Promise<void> {
  await deleteRow('practice', id);
}
