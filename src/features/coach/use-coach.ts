import { useCallback, useEffect, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { useStoreChanges } from '../../app/use-live-reload';
import { showNotice } from '../../app/notices';
import { describeStorageError } from '../../lib/db/errors';
import { loadCoachData, type CoachData } from './coach-data';
import { startDrill } from './drill';

/** The coach's data (null while loading), re-read when answers change in any tab. */
export function useCoach(): { data: CoachData | null; error: string | null } {
  const [data, setData] = useState<CoachData | null>(null);
  const [error, setError] = useState<string | null>(null);
  const reload = useCallback(
    () =>
      loadCoachData().then(
        (d) => {
          setData(d);
          setError(null);
        },
        (e: unknown) => setError(describeStorageError(e)),
      ),
    [],
  );
  useEffect(() => void reload(), [reload]);
  useStoreChanges(['results', 'attempts', 'ownPacks'], reload);
  return { data, error };
}

/** "Drill my weakest": creates the drill and opens it. */
export function useDrill(data: CoachData | null): { start: () => Promise<void>; busy: boolean } {
  const { route } = useLocation();
  const [busy, setBusy] = useState(false);
  const start = async (): Promise<void> => {
    if (!data || busy) return;
    setBusy(true);
    try {
      const id = await startDrill(data.ranked, data.results, Date.now());
      if (id) route(`/practice/${id}/q`);
      else showNotice({ tone: 'info', text: 'No questions left to drill for these task statements.' });
    } catch (e) {
      showNotice({ tone: 'error', text: describeStorageError(e) });
    } finally {
      setBusy(false);
    }
  };
  return { start, busy };
}
