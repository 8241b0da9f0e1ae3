import { afterEach, describe, expect, it, vi } from 'vitest';
import { toLocalDay } from '../../../src/domain/study/days';
import { planWeekOfDay, rateDay, rateWeek, studyStreak, weeklyLog, weeklyTarget } from '../../../src/domain/study/weekly-log';

afterEach(() => vi.unstubAllEnvs());

/**
 * Time zones: vi.stubEnv('TZ', …) sets process.env.TZ in this test worker, and
 * Node re-reads the zone when TZ is assigned, so `new Date(y, m, d, h)` then
 * means local time in that zone. Each zone test first checks that the zone
 * really took effect (a known UTC offset), so it fails loudly instead of
 * silently testing the machine's own zone. The day-string arithmetic itself is
 * zone-independent and is also tested without any zone (plan.test.ts).
 */
function inZone(zone: string, probe: Date, offsetMinutes: number): void {
  vi.stubEnv('TZ', zone);
  expect(probe.getTimezoneOffset(), `TZ=${zone} did not take effect`).toBe(offsetMinutes);
}

const base = { chapterReads: [], planWeeks: 8 };

describe('weeklyLog: "Week N: hours studied | Chapters completed"', () => {
  it('sums minutes and chapters into plan weeks counted from the start day (not Mondays)', () => {
    const { rows } = weeklyLog({
      startDay: '2026-03-04', // a Wednesday
      today: '2026-03-20',
      planWeeks: 8,
      sessions: [
        { day: '2026-03-04', minutes: 90 },
        { day: '2026-03-10', minutes: 30 }, // Tuesday, still week 1
        { day: '2026-03-10', minutes: 15 },
        { day: '2026-03-11', minutes: 120 }, // Wednesday: week 2
        { day: '2026-03-18', minutes: 60 }, // week 3
      ],
      chapterReads: [
        { chapterId: '02-domain-1-development', day: '2026-03-12' },
        { chapterId: '01-fundamentals', day: '2026-03-10' },
      ],
    });
    expect(rows).toHaveLength(8);
    expect(rows.slice(0, 3).map((r) => [r.week, r.start, r.end, r.minutes, r.hours, r.studyDays, r.chapters])).toEqual([
      [1, '2026-03-04', '2026-03-10', 135, 2.3, 2, ['01-fundamentals']],
      [2, '2026-03-11', '2026-03-17', 120, 2, 1, ['02-domain-1-development']],
      [3, '2026-03-18', '2026-03-24', 60, 1, 1, []],
    ]);
    expect(rows[2]!.daysElapsed).toBe(3);
    expect(rows[3]!.daysElapsed).toBe(0);
    expect(rows[3]!.rating).toBe('not-started');
  });

  it('leaves time before the start out of the weeks and reports it', () => {
    const r = weeklyLog({ ...base, startDay: '2026-03-04', today: '2026-03-05', sessions: [{ day: '2026-03-03', minutes: 40 }, { day: '2026-03-04', minutes: 20 }] });
    expect(r.beforeStartMinutes).toBe(40);
    expect(r.rows[0]!.minutes).toBe(20);
  });

  it('grows past the plan length while study goes on', () => {
    const r = weeklyLog({ ...base, startDay: '2026-01-05', today: '2026-03-10', sessions: [] });
    expect(r.rows).toHaveLength(10);
    expect(r.rows[9]!.start).toBe('2026-03-09');
  });

  it('counts a chapter once, in the week it was first marked read', () => {
    const r = weeklyLog({
      ...base,
      startDay: '2026-01-05',
      today: '2026-01-30',
      sessions: [],
      chapterReads: [
        { chapterId: '03-domain-2-security', day: '2026-01-20' },
        { chapterId: '03-domain-2-security', day: '2026-01-06' },
      ],
    });
    expect(r.rows[0]!.chapters).toEqual(['03-domain-2-security']);
    expect(r.rows[2]!.chapters).toEqual([]);
  });

  it.each([
    ['America/New_York', new Date(2026, 2, 1, 12), 300, '2026-03-05', '2026-03-12'], // DST starts Sun 8 Mar
    ['Europe/Berlin', new Date(2026, 2, 1, 12), -60, '2026-03-26', '2026-04-02'], // DST starts Sun 29 Mar
    ['Europe/London', new Date(2026, 9, 1, 12), -60, '2026-10-22', '2026-10-29'], // DST ends Sun 25 Oct
    ['Australia/Sydney', new Date(2026, 2, 1, 12), -660, '2026-04-02', '2026-04-09'], // DST ends Sun 5 Apr
    ['Australia/Lord_Howe', new Date(2026, 2, 1, 12), -660, '2026-04-02', '2026-04-09'], // half-hour DST
  ])('keeps 7-day weeks across the DST change in %s', (zone, probe, offset, start, nextStart) => {
    inZone(zone, probe, offset);
    const { rows } = weeklyLog({ ...base, startDay: start, today: nextStart, sessions: [{ day: nextStart, minutes: 25 }] });
    expect(rows[0]).toMatchObject({ start, minutes: 0 });
    expect(rows[1]).toMatchObject({ start: nextStart, minutes: 25 });
    rows.slice(1).forEach((r, i) => {
      // Consecutive weeks, no gap or overlap: each starts the day after the previous ends.
      const prevEnd = new Date(`${rows[i]!.end}T12:00:00Z`).getTime();
      expect(new Date(`${r.start}T12:00:00Z`).getTime() - prevEnd).toBe(86_400_000);
    });
  });

  it('puts a late-evening session on the local day, not the UTC day (Los Angeles, 23:30)', () => {
    inZone('America/Los_Angeles', new Date(2026, 0, 1, 12), 480);
    const day = toLocalDay(new Date(2026, 2, 14, 23, 30)); // 07:30 UTC on the 15th
    expect(day).toBe('2026-03-14');
    const { rows } = weeklyLog({ ...base, startDay: '2026-03-08', today: '2026-03-15', sessions: [{ day, minutes: 30 }] });
    expect(rows[0]!.minutes).toBe(30);
    expect(rows[1]!.minutes).toBe(0);
  });
});

describe('hours against the guide’s 2–3 hours a day', () => {
  it('targets 10–18 h a week (2–3 h on 5–6 days); a week in progress: 10 h pro-rated to 3 h a day so far', () => {
    expect(weeklyTarget()).toEqual({ lowMinutes: 600, highMinutes: 1080 });
    expect(weeklyTarget(0)).toEqual({ lowMinutes: 0, highMinutes: 0 });
    expect(weeklyTarget(1)).toEqual({ lowMinutes: 86, highMinutes: 180 });
    expect(weeklyTarget(7 / 2)).toEqual({ lowMinutes: 300, highMinutes: 630 });
    expect(weeklyTarget(6.5)).toEqual({ lowMinutes: 557, highMinutes: 1080 });
  });
  it('rates weeks', () => {
    expect(rateWeek(599)).toBe('below');
    expect(rateWeek(600)).toBe('on-target');
    expect(rateWeek(1080)).toBe('on-target');
    expect(rateWeek(1081)).toBe('above');
    expect(rateWeek(180, 1)).toBe('on-target'); // 3 h on day one of the week
    expect(rateWeek(0, 0)).toBe('not-started');
  });
  it('rates days: minimum 1 h, optimal 2–3 h, maximum 4 h', () => {
    expect([0, 59, 60, 119, 120, 180, 181, 240, 241].map(rateDay)).toEqual([
      'none', 'below-minimum', 'minimum', 'minimum', 'optimal', 'optimal', 'above-optimal', 'above-optimal', 'over-maximum',
    ]);
  });
  it('finds the plan week of a day', () => {
    expect(planWeekOfDay('2026-03-04', '2026-03-03')).toBe(0);
    expect(planWeekOfDay('2026-03-04', '2026-03-04')).toBe(1);
    expect(planWeekOfDay('2026-03-04', '2026-03-25')).toBe(4);
  });
});

describe('studyStreak', () => {
  const s = (...days: string[]) => days.map((day) => ({ day, minutes: 30 }));
  it('counts consecutive days up to today', () => {
    expect(studyStreak(s('2026-03-06', '2026-03-07', '2026-03-08'), '2026-03-08')).toEqual({ days: 3, includesToday: true });
  });
  it('does not break before today is over', () => {
    expect(studyStreak(s('2026-03-06', '2026-03-07'), '2026-03-08')).toEqual({ days: 2, includesToday: false });
  });
  it('breaks on a missed day', () => {
    expect(studyStreak(s('2026-03-04', '2026-03-06', '2026-03-08'), '2026-03-08')).toEqual({ days: 1, includesToday: true });
    expect(studyStreak(s('2026-03-05'), '2026-03-08')).toEqual({ days: 0, includesToday: false });
  });
  it('ignores zero-minute entries and crosses month ends and DST changes', () => {
    expect(studyStreak([...s('2026-02-27', '2026-02-28', '2026-03-01'), { day: '2026-03-02', minutes: 0 }], '2026-03-02')).toEqual({ days: 3, includesToday: false });
    inZone('America/New_York', new Date(2026, 2, 1, 12), 300);
    expect(studyStreak(s('2026-03-07', '2026-03-08', '2026-03-09'), '2026-03-09').days).toBe(3);
  });
});
