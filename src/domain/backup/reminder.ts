// The line under "Back up your progress": when the last backup was, and a
// gentle nudge once it is more than two weeks old. Pure.
const DAY = 24 * 60 * 60 * 1000;
export const REMIND_AFTER_DAYS = 14;

export function lastBackupLine(at: number, now: number): string {
  if (!at) return 'You have not backed up yet. A backup file lets you move to a new phone or recover from a lost one.';
  const days = Math.floor((now - at) / DAY);
  const when = days <= 0 ? 'today' : days === 1 ? 'yesterday' : `${days} days ago`;
  return days > REMIND_AFTER_DAYS ? `Your last backup was ${when}. It’s a good time to make a new one.` : `Last backup: ${when}.`;
}
