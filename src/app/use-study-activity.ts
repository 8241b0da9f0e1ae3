import { useEffect } from 'preact/hooks';
import type { StudyActivity } from '../lib/db/schema';
import { startStudyActivity } from './study-clock';

/** While this screen is open, the time the user spends on it is logged as `activity` (app/study-clock.ts). */
export function useStudyActivity(activity: StudyActivity | null): void {
  useEffect(() => (activity ? startStudyActivity(activity) : undefined), [activity]);
}
