// Review s13 (commit 9166f27): dates written by hand without Intl. A stored
// YYYY-MM-DD day must be shown as that day, and a day that is not one as a dash
// (the module's own rule: "shows a dash for a date that is not one").
import { describe, expect, it } from 'vitest';
import { formatDay } from '../../src/lib/date-format';

// What the screens showed before the change (Intl en-US on the day at its noon): the reference.
const intl = (day: string, options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat('en-US', options).format(new Date(`${day}T12:00:00`));

describe('formatDay (review s13)', () => {
  it('never shows a day of a year below 100 as 1900 + year with another weekday', () => {
    // The backup schema's day pattern (\d{4}-\d{2}-\d{2}) accepts 0026-05-01 (a restored or synced row);
    // the log form's isValidDay refuses it. Either that day (Intl showed "Fri, May 1, 26") or a dash, never 1926.
    const all = { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' } as const;
    expect([intl('0026-05-01', all), '—']).toContain(formatDay('0026-05-01', { weekday: true, year: true })); // before the fix: "Sat, May 1, 1926"
    expect([intl('0099-12-31', all), '—']).toContain(formatDay('0099-12-31', { weekday: true, year: true })); // before the fix: "Fri, Dec 31, 1999"
  });

  it('shows a dash, not another real date, for a stored day whose month or day is out of range', () => {
    // Each passes the backup schema's day pattern; before the change Intl threw on the first two.
    expect(formatDay('2026-13-01', { year: true })).toBe('—'); // before the fix: "Jan 1, 2027"
    expect(formatDay('2026-00-10', { year: true })).toBe('—'); // before the fix: "Dec 10, 2025"
    expect(formatDay('2026-02-30', { year: true })).toBe('—'); // before the fix: "Mar 2, 2026"
  });
});
