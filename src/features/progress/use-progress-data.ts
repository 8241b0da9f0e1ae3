import { useCallback, useEffect, useState } from 'preact/hooks';
import { listAllStudySessions } from '../../lib/db/study-sessions';
import { getSetting } from '../../lib/db/settings';
import { getTimer, type ActiveTimer } from '../../lib/db/timer';
import { describeStorageError } from '../../lib/db/errors';
import type { StudySession } from '../../lib/db/schema';
import { flushStudyClock } from '../../app/study-clock';

export interface ProgressData {
  sessions: StudySession[];
  planKind: '8' | '10';
  planStart: string;
  examDay: string;
  timer: ActiveTimer | undefined;
}

/**
 * What Progress shows first (this week, the plan, the logged sessions), read in
 * one go so it renders once; the rest loads after it (use-progress-details).
 * A reload keeps the old data on screen until the new data is in.
 */
export function useProgressData() {
  const [data, setData] = useState<ProgressData | null>(null);
  const [error, setError] = useState<string | null>(null);
  const reload = useCallback(async (): Promise<void> => {
    try {
      await flushStudyClock(); // time just spent on a study screen is in the log shown
      const [sessions, planKind, planStart, examDay, timer] = await Promise.all([listAllStudySessions(), getSetting('planKind'), getSetting('planStart'), getSetting('examDay'), getTimer()]);
      setData({ sessions, planKind, planStart, examDay, timer });
      setError(null);
    } catch (e) {
      setError(describeStorageError(e));
    }
  }, []);
  useEffect(() => void reload(), [reload]);
  return { data, error, reload };
}
