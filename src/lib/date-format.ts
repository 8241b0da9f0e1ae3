// Dates in the app's language, written out without Intl. The UI is English, and
// Intl with the device's locale mixed languages into its sentences ("Mo., 30.
// Nov." beside "Studied this week"). Intl is also slow to start: a page's first
// Intl.DateTimeFormat loads the locale data, about 50 ms of main thread on a
// phone (4× CPU), on the launch of every screen that shows a date.
// The forms are Intl's en-US short ones; the month is a word, so the order is
// never ambiguous.

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const;

/** Which parts beside the month and the day: "Mon, Nov 30", "Nov 30, 2026". */
export interface DateParts {
  weekday?: boolean;
  year?: boolean;
}

/** A local date as "Nov 30", with the weekday and the year when asked. */
export function formatDate(date: Date | number, parts: DateParts = {}): string {
  const d = new Date(date);
  if (Number.isNaN(d.getTime())) return '—';
  const weekday = parts.weekday ? `${WEEKDAYS[d.getDay()]}, ` : '';
  const year = parts.year ? `, ${d.getFullYear()}` : '';
  return `${weekday}${MONTHS[d.getMonth()]} ${d.getDate()}${year}`;
}

/** The same for a local calendar day written YYYY-MM-DD; "—" for one that is not a real day (a damaged file's). */
export function formatDay(day: string, parts: DateParts = {}): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!m) return '—';
  const [year, month, date] = [Number(m[1]), Number(m[2]), Number(m[3])];
  // Built in a year 100 or later, then moved: new Date(26, …) would mean 1926.
  const d = new Date(2000, month - 1, date, 12);
  d.setFullYear(year);
  if (d.getFullYear() !== year || d.getMonth() !== month - 1 || d.getDate() !== date) return '—';
  return formatDate(d, parts);
}

/** `formatDate` with its parts fixed, for a list's labels. */
export const dateFormat = (parts: DateParts = {}) => (date: Date | number): string => formatDate(date, parts);

/** `formatDay` with its parts fixed. */
export const dayFormat = (parts: DateParts = {}) => (day: string): string => formatDay(day, parts);
