// "The first completed study session": a submitted exam, the end of a practice
// session, the day's flashcards done, a chapter marked read or study time
// logged. Only then does the app offer to install itself and to keep its data
// (StudyOffer): before, the user has nothing to protect and no reason to agree.
import { getSetting, putSetting } from '../../lib/db/settings';

const listeners = new Set<() => void>();

export function onStudyMilestone(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Records the first finished study session on this device (later calls do nothing). */
export async function noteStudySessionDone(now: number = Date.now()): Promise<void> {
  try {
    if ((await getSetting('firstSessionDoneAt')) > 0) return;
    await putSetting('firstSessionDoneAt', now);
    for (const l of listeners) l();
  } catch {
    // storage unavailable: the offer simply waits for another session
  }
}
