import { withDb } from './connection';
import { deleteRow, putRow } from './write';
import type { StudyActivity, StudySession } from './schema';
import { announceChange } from './changes';
import { deletionId } from '../../domain/backup/deletion-id';

/** Resolves only after the write has committed. */
export async function saveStudySession(session: StudySession): Promise<void> {
  await putRow('studySessions', session);
}

/**
 * The one row that gathers a day's tracked time for an activity on this device. Per device, so that a backup
 * merge (or sync) of two devices adds their time rather than keeping only the newer row.
 */
export const trackedSessionId = (day: string, activity: StudyActivity, device: string): string => `tracked:${day}:${activity}:${device}`;

/**
 * Adds tracked minutes to the day's row for the activity, in one transaction: two tabs adding at once both
 * count, and a minute the user set by hand stays theirs (this adds on top). Capped at the day's 1,440.
 */
export async function addTrackedMinutes(day: string, activity: StudyActivity, minutes: number, now: number, device: string): Promise<void> {
  if (minutes <= 0) return;
  const id = trackedSessionId(day, activity, device);
  await withDb(async (db) => {
    const tx = db.transaction(['studySessions', 'deletions'], 'readwrite');
    const sessions = tx.objectStore('studySessions');
    const row = await sessions.get(id);
    const next: StudySession = row
      ? { ...row, minutes: Math.min(24 * 60, row.minutes + minutes), updatedAt: now }
      : { id, day, minutes: Math.min(24 * 60, minutes), activity, note: '', updatedAt: now, tracked: true };
    await Promise.all([sessions.put(next), tx.objectStore('deletions').delete(deletionId('studySessions', id)), tx.done]);
  });
  announceChange('studySessions');
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
