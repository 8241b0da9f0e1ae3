import { useCallback, useEffect, useState } from 'preact/hooks';
import { listAllStudySessions } from '../../lib/db/study-sessions';
import { getSetting } from '../../lib/db/settings';
import { listReading } from '../../lib/db/reading';
import { listAttempts } from '../../lib/db/attempts';
import { listChecklist } from '../../lib/db/checklist';
import { getTimer, type ActiveTimer } from '../../lib/db/timer';
import { describeStorageError } from '../../lib/db/errors';
import type { Attempt, ReadingState, StudySession } from '../../lib/db/schema';
import { loadCoachData, type CoachData } from '../coach/coach-data';
import { flushStudyClock } from '../../app/study-clock';
import { warmDateFormats } from '../../lib/date-format';

export interface ProgressData {
  sessions: StudySession[];
  planKind: '8' | '10';
  planStart: string;
  examDay: string;
  reading: ReadingState[];
  attempts: Attempt[];
  /** Manual ticks by checklist id. */
  checklist: Record<string, boolean>;
  timer: ActiveTimer | undefined;
  /** The study coach's forecast (issue 15). */
  coach: CoachData;
}

/**
 * Everything the Progress tab shows, read in one go so the screen renders
 * once (content arriving in pieces would shift the layout). A reload keeps
 * the old data on screen until the new data is in.
 */
export function useProgressData() {
  const [data, setData] = useState<ProgressData | null>(null);
  const [error, setError] = useState<string | null>(null);
  const reload = useCallback(async (): Promise<void> => {
    try {
      await flushStudyClock(); // time just spent on a study screen is in the log shown
      const reads = Promise.all([
        listAllStudySessions(),
        getSetting('planKind'),
        getSetting('planStart'),
        getSetting('examDay'),
        listReading(),
        listAttempts(),
        listChecklist(),
        getTimer(),
        loadCoachData(),
      ]);
      // The screen shows dates: load the locale data while the reads run on the database's thread.
      warmDateFormats();
      const [sessions, planKind, planStart, examDay, reading, attempts, checklistRows, timer, coach] = await reads;
      const checklist: Record<string, boolean> = {};
      for (const row of checklistRows) checklist[row.id] = row.checked;
      setData({ sessions, planKind, planStart, examDay, reading, attempts, checklist, timer, coach });
      setError(null);
    } catch (e) {
      setError(describeStorageError(e));
    }
  }, []);
  useEffect(() => void reload(), [reload]);
  return { data, error, reload };
}
