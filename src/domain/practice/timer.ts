// Exam time comes from a stored deadline, never a ticking counter: it survives
// reloads, backgrounding and a killed tab. `now` is always passed in.
export const MINUTE = 60_000;

export function deadlineFor(startedAt: number, limitMinutes: number): number {
  return startedAt + limitMinutes * MINUTE;
}

export function remainingMs(deadline: number, now: number): number {
  return Math.max(0, deadline - now);
}

export function isTimeUp(deadline: number, now: number): boolean {
  return now >= deadline;
}

/** "1:05:09" or "4:07". */
export function formatClock(ms: number): string {
  const total = Math.ceil(ms / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const mm = h > 0 ? String(m).padStart(2, '0') : String(m);
  return `${h > 0 ? `${h}:` : ''}${mm}:${String(s).padStart(2, '0')}`;
}

/** A length of time with its units, as a person says it: "1 h 5 min", "1 min 32 s", "45 s". */
export function formatDuration(ms: number): string {
  const total = Math.max(0, Math.round(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  if (h > 0) return m > 0 ? `${h} h ${m} min` : `${h} h`;
  if (m > 0) return s > 0 ? `${m} min ${s} s` : `${m} min`;
  return `${s} s`;
}

/** The ESL accommodation adds 30 minutes to the 130 of the real exam; other packs scale alike. */
export function accommodatedMinutes(limitMinutes: number): number {
  return Math.round((limitMinutes * 160) / 130);
}
