import { useEffect } from 'preact/hooks';
import type { StudyActivity } from '../lib/db/schema';
import { afterFirstScreen } from './after-first-screen';

/**
 * While this screen is open, the time the user spends on it is logged as
 * `activity` (app/study-clock.ts). The clock's code comes once the launch screen
 * is drawn: nobody has studied anything before the screen is there.
 */
export function useStudyActivity(activity: StudyActivity | null): void {
  useEffect(() => {
    if (!activity) return;
    let live = true;
    let stop: (() => void) | undefined;
    const cancel = afterFirstScreen(() => {
      void import('./study-clock').then((clock) => {
        if (live) stop = clock.startStudyActivity(activity);
      }, () => undefined); // its chunk unreadable: this screen's time goes unlogged, the screen works
    });
    return () => {
      live = false;
      cancel();
      stop?.();
    };
  }, [activity]);
}
