import { withDb } from './connection';
import { deleteRow, putRow } from './write';
import type { StudySession } from './schema';

/** Resolves only after the write has committed. */
export async function saveStudySession(session: StudySession): Promise<void> {
  await putRow('studySessions', session, { userData: true });
}

export async function deleteStudySession(id: string, now: number = Date.now()): Promise<void> {
  await deleteRow('studySessions', id, now);
}

/** Sessions whose day lies in [fromDay, toDay], both inclusive, oldest first. */
export async function listStudySessions(fromDay: string, toDay: string): Promise<StudySession[]> {
  const rows = await withDb((db) => db.getAllFromIndex('studySessions', 'byDay', IDBKeyRange.bound(fromDay, toDay)));
  // The index orders by day only; within a day, keep the order they were logged.
  return rows.sort((a, b) => a.day.localeCompare(b.day) || a.updatedAt - b.updatedAt);
}

/** Every logged session, oldest first. */
export async function listAllStudySessions(): Promise<StudySession[]> {
  const rows = await withDb((db) => db.getAllFromIndex('studySessions', 'byDay'));
  return rows.sort((a, b) => a.day.localeCompare(b.day) || a.updatedAt - b.updatedAt);
}

export function getStudySession(id: string): Promise<StudySession | undefined> {
  return withDb((db) => db.get('studySessions', id));
}
