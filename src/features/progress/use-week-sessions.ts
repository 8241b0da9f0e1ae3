import { useCallback, useEffect, useState } from 'preact/hooks';
import { listStudySessions } from '../../lib/db/study-sessions';
import type { StudySession } from '../../lib/db/schema';
import { toLocalDay, weekOf } from '../../domain/study/days';
import { describeStorageError } from '../../lib/db/errors';

export function useWeekSessions(now: Date = new Date()) {
  const week = weekOf(toLocalDay(now));
  const [sessions, setSessions] = useState<StudySession[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const reload = useCallback(() => {
    listStudySessions(week.start, week.end).then(setSessions, (e: unknown) => setError(describeStorageError(e)));
  }, [week.start, week.end]);
  useEffect(reload, [reload]);
  return { week, sessions, error, reload };
}
