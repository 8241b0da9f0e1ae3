// Dates are written in the app's language without Intl (its first use costs a
// phone ~50 ms at launch); the forms must match Intl's en-US short ones.
import { describe, expect, it, vi } from 'vitest';
import { dateFormat, dayFormat, formatDate, formatDay } from '../../../src/lib/date-format';

const intl = (date: Date, options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat('en-US', options).format(date);

describe('date-format', () => {
  it("writes every day of a year as Intl's en-US short forms do", () => {
    for (let i = 0; i < 366; i++) {
      const date = new Date(2028, 0, 1 + i, 12);
      expect(formatDate(date)).toBe(intl(date, { day: 'numeric', month: 'short' }));
      expect(formatDate(date, { weekday: true })).toBe(intl(date, { weekday: 'short', day: 'numeric', month: 'short' }));
      expect(formatDate(date, { year: true })).toBe(intl(date, { day: 'numeric', month: 'short', year: 'numeric' }));
      expect(formatDate(date, { weekday: true, year: true })).toBe(intl(date, { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' }));
    }
  });

  it('reads a YYYY-MM-DD day as that local calendar day', () => {
    expect(formatDay('2026-11-30', { weekday: true })).toBe('Mon, Nov 30');
    expect(formatDay('2026-12-06')).toBe('Dec 6');
    expect(formatDay('2024-02-29', { year: true })).toBe('Feb 29, 2024');
    expect(dayFormat({ weekday: true, year: true })('2027-01-01')).toBe('Fri, Jan 1, 2027');
    expect(dateFormat()(new Date(2026, 6, 4, 23, 59).getTime())).toBe('Jul 4');
  });

  it('never touches Intl', () => {
    const spy = vi.spyOn(Intl, 'DateTimeFormat');
    const local = vi.spyOn(Date.prototype, 'toLocaleDateString');
    formatDay('2026-11-30', { weekday: true, year: true });
    formatDate(Date.now());
    expect(spy).not.toHaveBeenCalled();
    expect(local).not.toHaveBeenCalled();
    spy.mockRestore();
    local.mockRestore();
  });

  it('shows a dash for a date that is not one (a corrupt stored time)', () => {
    expect(formatDate(Number.NaN)).toBe('—');
    expect(formatDay('not-a-day')).toBe('—');
  });
});
