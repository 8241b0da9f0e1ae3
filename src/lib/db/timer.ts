import { withDb } from './connection';
import { putRow } from './write';
import { announceChange } from './changes';
import type { StoredTimer, StudySession } from './schema';
import type { TimerRecord } from '../../domain/study/timer';

/** A timer that exists: its record is set. */
export type ActiveTimer = StoredTimer & { record: NonNullable<StoredTimer['record']> };

/** The current timer; a cleared one (record null) reads as none. */
export async function getTimer(): Promise<ActiveTimer | undefined> {
  const row = await withDb((db) => db.get('timer', 'current'));
  return row?.record ? { ...row, record: row.record } : undefined;
}

/** Resolves once committed. */
export async function saveTimer(record: TimerRecord, now: number = Date.now()): Promise<void> {
  await putRow('timer', { id: 'current', record, loggedMinutes: 0, updatedAt: now });
}

/** The timer being logged is no longer the stored one: it was logged or discarded in another tab. */
export class TimerGoneError extends Error {
  constructor() {
    super('This timer was already logged or discarded, maybe in another tab. Nothing was logged twice.');
    this.name = 'TimerGoneError';
  }
}

/**
 * Logs a stopped timer: its study sessions and the cleared timer in ONE
 * transaction, so a failure part-way logs nothing and Save can simply be
 * pressed again (no day is logged twice).
 */
export async function logTimer(sessions: readonly StudySession[], startedAt: number, now: number = Date.now()): Promise<void> {
  await withDb(async (db) => {
    const tx = db.transaction(['studySessions', 'timer'], 'readwrite');
    const log = tx.objectStore('studySessions');
    // Another tab may have logged (or discarded) this very timer already: never log it twice.
    const stored = await tx.objectStore('timer').get('current');
    if (stored?.record?.startedAt !== startedAt) {
      await tx.done;
      throw new TimerGoneError();
    }
    const writes: Promise<unknown>[] = [];
    const track = (p: Promise<unknown>): void => {
      p.catch(() => undefined); // reported once, through tx.done
      writes.push(p);
    };
    try {
      for (const s of sessions) track(log.put(s));
      track(tx.objectStore('timer').put(clearedTimer(now)));
      await Promise.all([...writes, tx.done]);
    } catch (error) {
      // A row refused synchronously would otherwise let the rows before it commit.
      try {
        tx.abort();
      } catch {
        // already aborted
      }
      await tx.done.catch(() => undefined);
      throw error;
    }
  });
  announceChange('studySessions', 'timer');
}

/** Clears the timer, keeping a row that says so (a merge then knows it was cleared, see domain/backup/merge). */
export async function clearTimer(now: number = Date.now()): Promise<void> {
  await putRow('timer', clearedTimer(now));
}

export function clearedTimer(now: number): StoredTimer {
  return { id: 'current', record: null, loggedMinutes: 0, updatedAt: now };
}
