import { describe, expect, it } from 'vitest';
import {
  chapterReadsFrom,
  countdownText,
  formatClock,
  formatHours,
  hoursBars,
  parseTimerEntries,
  planLinks,
  QUICK_ADDS,
  streakText,
  timerView,
  WEEKLY_HOURS_BAND,
} from '../../../src/domain/study/progress-view';
import { planFor, thisWeek } from '../../../src/domain/plan/schedule';
import { MINUTE_MS, startTimer, timerState } from '../../../src/domain/study/timer';
import { weeklyLog } from '../../../src/domain/study/weekly-log';

describe('formatClock', () => {
  it('shows minutes and seconds, rounding seconds up', () => {
    expect(formatClock(25 * MINUTE_MS)).toBe('25:00');
    expect(formatClock(4 * MINUTE_MS + 500)).toBe('4:01');
    expect(formatClock(0)).toBe('0:00');
    expect(formatClock(-10)).toBe('0:00');
    expect(formatClock(3_723_000)).toBe('1:02:03');
  });
});

describe('timerView', () => {
  it('names the phase, the time left and the place in the cycle', () => {
    const t0 = Date.UTC(2025, 0, 6, 9);
    const rec = startTimer(t0);
    const focus = timerView(timerState(rec, t0 + 60_000), 4);
    expect(focus.phase).toBe('Focus');
    expect(focus.timeLeft).toBe('24:00');
    expect(focus.cycle).toBe('Session 1 of 4 · cycle 1');
    expect(focus.status).toBe('Running');
    const brk = timerView(timerState(rec, t0 + 26 * MINUTE_MS), 4);
    expect(brk.phase).toBe('Short break');
    expect(brk.timeLeft).toBe('4:00');
    expect(brk.focused).toBe('25 min of focus so far');
    // After four sessions and three short breaks: the long break.
    const long = timerView(timerState(rec, t0 + (4 * 25 + 3 * 5 + 1) * MINUTE_MS), 4);
    expect(long.phase).toBe('Long break');
    expect(long.cycle).toBe('Session 4 of 4 · cycle 1');
  });
});

describe('countdownText', () => {
  it('counts days, says today, and says how long ago', () => {
    expect(countdownText({ status: 'upcoming', daysLeft: 1 })).toBe('1 day to the exam');
    expect(countdownText({ status: 'upcoming', daysLeft: 12 })).toBe('12 days to the exam');
    expect(countdownText({ status: 'today', daysLeft: 0 })).toMatch(/today/);
    expect(countdownText({ status: 'passed', daysAgo: 3 })).toBe('The exam was 3 days ago.');
  });
});

describe('chapterReadsFrom', () => {
  it('keeps read chapters with the local day they were marked', () => {
    const at = new Date(2025, 2, 4, 23, 30).getTime();
    expect(
      chapterReadsFrom([
        { chapterId: '01-fundamentals', read: true, updatedAt: at },
        { chapterId: '02-domain-1-development', read: false, updatedAt: at },
      ]),
    ).toEqual([{ chapterId: '01-fundamentals', day: '2025-03-04' }]);
  });
});

describe('planLinks', () => {
  it('links week 1 to the chapter and the Free Tier section', () => {
    const w = thisWeek(planFor('8'), '2025-01-06', '2025-01-06');
    const links = planLinks(w.blocks[0]!, (id) => `Pack ${id}`);
    expect(links.read).toEqual([{ href: '/read/01-fundamentals', label: 'Fundamentals' }]);
    expect(links.practice).toEqual([
      { href: '/read/00-overview#creating-your-free-tier-account', label: 'Creating Your Free Tier Account' },
    ]);
  });
  it('links packs and chapter sections for week 2', () => {
    const w = thisWeek(planFor('8'), '2025-01-06', '2025-01-14');
    const links = planLinks(w.blocks[0]!, (id) => `Pack ${id}`);
    expect(links.practice).toEqual([{ href: '/practice/d1-bundle-1', label: 'Pack d1-bundle-1' }]);
    expect(links.read.every((l) => /^\/read\/02-domain-1-development#section-/.test(l.href))).toBe(true);
  });
});

describe('hoursBars', () => {
  it('scales to at least the guide’s 18 hours and marks the week in progress', () => {
    expect(WEEKLY_HOURS_BAND).toEqual({ low: 10, high: 18 });
    const { rows } = weeklyLog({
      startDay: '2025-01-06',
      today: '2025-01-15',
      sessions: [
        { day: '2025-01-06', minutes: 9 * 60 },
        { day: '2025-01-14', minutes: 120 },
      ],
      chapterReads: [],
      planWeeks: 8,
    });
    const { bars, maxHours } = hoursBars(rows);
    expect(maxHours).toBe(18);
    expect(bars).toHaveLength(8);
    expect(bars[0]).toMatchObject({ week: 1, hours: 9, share: 0.5, current: false });
    expect(bars[1]).toMatchObject({ week: 2, hours: 2, current: true });
    expect(bars[2]).toMatchObject({ hours: 0, current: false, rating: 'not-started' });
  });
  it('grows the scale past 18 hours when a week does', () => {
    const { rows } = weeklyLog({ startDay: '2025-01-06', today: '2025-01-12', sessions: [{ day: '2025-01-07', minutes: 24 * 60 }], chapterReads: [], planWeeks: 1 });
    expect(hoursBars(rows).maxHours).toBe(24);
    expect(hoursBars(rows).bars[0]!.share).toBe(1);
  });
});

describe('small texts', () => {
  it('formats hours and streaks', () => {
    expect(formatHours(2.5)).toBe('2.5 h');
    expect(formatHours(10)).toBe('10 h');
    expect(streakText({ days: 0, includesToday: false })).toBe('none yet; log some study today to start one.'); // after "Streak: "
    expect(streakText({ days: 1, includesToday: true })).toBe('1 day in a row, today included');
    expect(streakText({ days: 3, includesToday: false })).toMatch(/^3 days in a row; study today/);
  });
  it('offers quick-adds with distinct labels', () => {
    expect(new Set(QUICK_ADDS.map((q) => q.label)).size).toBe(QUICK_ADDS.length);
    expect(QUICK_ADDS.map((q) => q.label)).toContain('+30 min practice');
  });
});

describe('parseTimerEntries', () => {
  it('keeps days with minutes and drops zeros', () => {
    expect(parseTimerEntries([{ day: '2025-01-06', minutes: '20' }, { day: '2025-01-07', minutes: '0' }])).toEqual({
      ok: true,
      sessions: [{ day: '2025-01-06', minutes: 20 }],
    });
  });
  it('refuses fractions, blanks, too much and nothing at all', () => {
    expect(parseTimerEntries([{ day: '2025-01-06', minutes: '2.5' }]).ok).toBe(false);
    expect(parseTimerEntries([{ day: '2025-01-06', minutes: ' ' }]).ok).toBe(false);
    expect(parseTimerEntries([{ day: '2025-01-06', minutes: '1441' }]).ok).toBe(false);
    expect(parseTimerEntries([{ day: '2025-01-06', minutes: '0' }]).ok).toBe(false);
  });
});
