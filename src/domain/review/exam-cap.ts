// Kept apart from fsrs.ts so screens that only need the date do not load ts-fsrs.

/** The start of the exam day in local time: reviews are capped to finish before it. */
export function examCapAt(examDay: string): number {
  const [y, m, d] = examDay.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d).getTime();
}
