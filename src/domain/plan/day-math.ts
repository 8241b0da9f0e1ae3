// Calendar arithmetic on 'YYYY-MM-DD' strings that does not depend on the time
// zone at all: a day string is turned into a day number with Date.UTC, so the
// distance between two local calendar days is always a whole number of days,
// whatever daylight-saving change lies between them. (Never 7 * 24 h in ms.)

const MS_PER_DAY = 86_400_000;

function parts(day: string): [number, number, number] {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) throw new RangeError(`not a YYYY-MM-DD day: ${day}`);
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

/** Days since 1970-01-01 for a calendar day (a pure label: no zone involved). */
export function dayNumber(day: string): number {
  const [y, m, d] = parts(day);
  return Math.round(Date.UTC(y, m - 1, d) / MS_PER_DAY);
}

/** The calendar day with that day number (inverse of dayNumber). */
export function dayFromNumber(n: number): string {
  const date = new Date(n * MS_PER_DAY);
  const y = date.getUTCFullYear();
  const m = String(date.getUTCMonth() + 1).padStart(2, '0');
  const d = String(date.getUTCDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

/** `day` plus `delta` calendar days, zone-independent. */
export function shiftDay(day: string, delta: number): string {
  return dayFromNumber(dayNumber(day) + delta);
}
