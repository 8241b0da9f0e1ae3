import { useCallback, useEffect, useState } from 'preact/hooks';
import { listReading } from '../../lib/db/reading';
import { listAttempts } from '../../lib/db/attempts';
import { listChecklist } from '../../lib/db/checklist';
import { describeStorageError } from '../../lib/db/errors';
import type { Attempt, ReadingState } from '../../lib/db/schema';
import { loadCoachData, type CoachData } from '../coach/coach-data';
import { useStoreChanges } from '../../app/use-live-reload';

export interface ProgressDetailsData {
  reading: ReadingState[];
  attempts: Attempt[];
  /** Manual ticks by checklist id. */
  checklist: Record<string, boolean>;
  /** The study coach's forecast (issue 15). */
  coach: CoachData;
}

/**
 * What Progress shows below its first screenful, read in one go so that part
 * renders once. A reload keeps the old data on screen until the new data is in.
 */
export function useProgressDetails() {
  const [data, setData] = useState<ProgressDetailsData | null>(null);
  const [error, setError] = useState<string | null>(null);
  const reload = useCallback(async (): Promise<void> => {
    try {
      const [reading, attempts, checklistRows, coach] = await Promise.all([listReading(), listAttempts(), listChecklist(), loadCoachData()]);
      const checklist: Record<string, boolean> = {};
      for (const row of checklistRows) checklist[row.id] = row.checked;
      setData({ reading, attempts, checklist, coach });
      setError(null);
    } catch (e) {
      setError(describeStorageError(e));
    }
  }, []);
  useEffect(() => void reload(), [reload]);
  useStoreChanges(['reading', 'attempts', 'checklist', 'results', 'ownPacks', 'settings'], reload);
  return { data, error, reload };
}
