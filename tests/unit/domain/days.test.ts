import { afterEach, describe, expect, it, vi } from 'vitest';
import { addDays, formatMinutes, isValidDay, toLocalDay, totalMinutes, weekOf } from '../../../src/domain/study/days';
import { validateSessionInput } from '../../../src/domain/study/validate-session';

afterEach(() => vi.unstubAllEnvs());

describe('days', () => {
  it('formats local calendar days', () => {
    expect(toLocalDay(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });

  it('finds the Monday-to-Sunday week', () => {
    expect(weekOf('2026-11-26')).toEqual({ start: '2026-11-23', end: '2026-11-29' });
    expect(weekOf('2026-11-23')).toEqual({ start: '2026-11-23', end: '2026-11-29' });
    expect(weekOf('2026-11-29')).toEqual({ start: '2026-11-23', end: '2026-11-29' });
    expect(weekOf('2027-01-01')).toEqual({ start: '2026-12-28', end: '2027-01-03' });
  });

  it('adds days across month, year and leap-day boundaries', () => {
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });

  it('validates calendar days', () => {
    expect(isValidDay('2026-02-29')).toBe(false);
    expect(isValidDay('2028-02-29')).toBe(true);
    expect(isValidDay('26-1-1')).toBe(false);
  });

  it('sums and formats minutes', () => {
    expect(totalMinutes([{ minutes: 45 }, { minutes: 90 }])).toBe(135);
    expect(formatMinutes(135)).toBe('2 h 15 min');
    expect(formatMinutes(120)).toBe('2 h');
    expect(formatMinutes(0)).toBe('0 min');
  });
});

describe('validateSessionInput', () => {
  const today = '2026-11-26';
  it('accepts a normal entry', () => {
    expect(validateSessionInput({ day: today, minutes: '45' }, today)).toBeNull();
  });
  it.each([
    [{ day: '', minutes: '30' }, /day/],
    [{ day: '2026-11-27', minutes: '30' }, /future/],
    [{ day: today, minutes: '0' }, /at least 1/],
    [{ day: today, minutes: '2.5' }, /whole number/],
    [{ day: today, minutes: 'abc' }, /whole number/],
    [{ day: today, minutes: '1441' }, /1,440/],
  ])('rejects %o with a clear message', (input, message) => {
    expect(validateSessionInput(input, today)).toMatch(message);
  });
});
