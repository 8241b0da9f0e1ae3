// The guide's Weekly Progress Log (00, "Track your progress each week:"):
//   Week N: _____ hours studied | Chapters completed: _____
// computed from the plan's start day, the logged study sessions and the days
// chapters were marked read. Everything is in local calendar days
// ('YYYY-MM-DD'); week N is the 7 calendar days starting `start + 7(N−1)`,
// found by day arithmetic (never by adding 7 × 24 h of milliseconds), so a
// week that contains a daylight-saving change still has exactly 7 days.
import { daysBetween } from '../plan/day-math';
import { DAILY_STUDY_MINUTES, STUDY_DAYS_PER_WEEK } from '../plan/schedule-data';
import { addDays } from './days';

export interface SessionLike {
  /** Local calendar day, YYYY-MM-DD. */
  day: string;
  minutes: number;
  /** Logged by the app from time on study screens, not typed by the user. */
  tracked?: boolean;
}

export interface ChapterRead {
  chapterId: string;
  /** Local calendar day the chapter was marked read. */
  day: string;
}

export interface WeekRow {
  week: number;
  start: string;
  end: string;
  minutes: number;
  /** Of `minutes`, those the app logged by itself (time on study screens). */
  trackedMinutes: number;
  /** Hours, one decimal ("hours studied"). */
  hours: number;
  /** Days of the week with any study. */
  studyDays: number;
  /** Chapters marked read during this week, in reading order. */
  chapters: string[];
  /** How the week compares with the guide's weekly target (see weeklyTarget). */
  rating: WeekRating;
  /** Days of the week up to and including today (7 for past weeks, 0 for future ones). */
  daysElapsed: number;
}

export type WeekRating = 'not-started' | 'below' | 'on-target' | 'above';

/**
 * The guide's weekly target: "Optimal: 2-3 hours per day" on "5-6 days of
 * study" (00, Time Management) → 2 h × 5 days = 10 h to 3 h × 6 days = 18 h.
 * For the week in progress (daysElapsed < 7) the low end is pro-rated
 * (10 h × days/7) and the high end is 3 h for every day so far, at most 18 h:
 * three hours on the first day is on target, not above it.
 */
export function weeklyTarget(daysElapsed = 7): { lowMinutes: number; highMinutes: number } {
  const days = Math.min(Math.max(daysElapsed, 0), 7);
  const weekHigh = DAILY_STUDY_MINUTES.optimalHigh * STUDY_DAYS_PER_WEEK.high;
  return {
    lowMinutes: Math.round((DAILY_STUDY_MINUTES.optimalLow * STUDY_DAYS_PER_WEEK.low * days) / 7),
    highMinutes: Math.round(Math.min(weekHigh, DAILY_STUDY_MINUTES.optimalHigh * days)),
  };
}

export function rateWeek(minutes: number, daysElapsed = 7): WeekRating {
  if (daysElapsed <= 0) return 'not-started';
  const { lowMinutes, highMinutes } = weeklyTarget(daysElapsed);
  if (minutes < lowMinutes) return 'below';
  return minutes > highMinutes ? 'above' : 'on-target';
}

export type DayRating = 'none' | 'below-minimum' | 'minimum' | 'optimal' | 'above-optimal' | 'over-maximum';

/** One day against "Optimal 2-3 hours, Minimum 1 hour, Maximum 4 hours per day". */
export function rateDay(minutes: number): DayRating {
  const d = DAILY_STUDY_MINUTES;
  if (minutes <= 0) return 'none';
  if (minutes < d.minimum) return 'below-minimum';
  if (minutes < d.optimalLow) return 'minimum';
  if (minutes <= d.optimalHigh) return 'optimal';
  return minutes <= d.maximum ? 'above-optimal' : 'over-maximum';
}

/** Plan week (1-based) a day falls in; 0 before the start. */
export function planWeekOfDay(startDay: string, day: string): number {
  const d = daysBetween(startDay, day);
  return d < 0 ? 0 : Math.floor(d / 7) + 1;
}

export function minutesByDay(sessions: readonly SessionLike[]): Map<string, number> {
  const byDay = new Map<string, number>();
  for (const s of sessions) byDay.set(s.day, (byDay.get(s.day) ?? 0) + s.minutes);
  return byDay;
}

export interface WeeklyLogInput {
  startDay: string;
  today: string;
  sessions: readonly SessionLike[];
  chapterReads: readonly ChapterRead[];
  /** Rows to show at least (the plan's length, 8 or 10). The log grows past it while study goes on. */
  planWeeks: number;
}

/**
 * The Weekly Progress Log rows: weeks 1..max(planWeeks, this week, the week of
 * the latest entry). Sessions and reads before the start day are not in any
 * week (see `beforeStart`).
 */
export function weeklyLog(input: WeeklyLogInput): { rows: WeekRow[]; beforeStartMinutes: number } {
  const { startDay, today, sessions, chapterReads, planWeeks } = input;
  let last = Math.max(planWeeks, planWeekOfDay(startDay, today));
  for (const s of sessions) last = Math.max(last, planWeekOfDay(startDay, s.day));
  for (const r of chapterReads) last = Math.max(last, planWeekOfDay(startDay, r.day));

  const rows: WeekRow[] = Array.from({ length: last }, (_, i) => {
    const start = addDays(startDay, i * 7);
    const elapsed = Math.min(7, Math.max(0, daysBetween(start, today) + 1));
    return { week: i + 1, start, end: addDays(start, 6), minutes: 0, trackedMinutes: 0, hours: 0, studyDays: 0, chapters: [], rating: 'not-started', daysElapsed: elapsed };
  });

  let beforeStartMinutes = 0;
  for (const [day, minutes] of minutesByDay(sessions)) {
    const w = planWeekOfDay(startDay, day);
    const row = rows[w - 1];
    if (!row) {
      beforeStartMinutes += minutes;
      continue;
    }
    row.minutes += minutes;
    if (minutes > 0) row.studyDays++;
  }
  for (const s of sessions) {
    const row = s.tracked ? rows[planWeekOfDay(startDay, s.day) - 1] : undefined;
    if (row) row.trackedMinutes += s.minutes;
  }
  // A chapter is "completed" in the week it was first marked read.
  const seen = new Set<string>();
  const reads = [...chapterReads].sort((a, b) => (a.day === b.day ? a.chapterId.localeCompare(b.chapterId) : a.day < b.day ? -1 : 1));
  for (const r of reads) {
    const row = rows[planWeekOfDay(startDay, r.day) - 1];
    if (seen.has(r.chapterId)) continue;
    seen.add(r.chapterId);
    if (row) row.chapters.push(r.chapterId);
  }
  for (const row of rows) {
    row.hours = Math.round(row.minutes / 6) / 10;
    row.rating = rateWeek(row.minutes, row.daysElapsed);
  }
  return { rows, beforeStartMinutes };
}

/**
 * Consecutive days with study ending today — or ending yesterday when today
 * has no study yet (the streak is not broken until today is over).
 */
export function studyStreak(sessions: readonly SessionLike[], today: string): { days: number; includesToday: boolean } {
  const byDay = minutesByDay(sessions);
  const studied = (day: string): boolean => (byDay.get(day) ?? 0) > 0;
  const includesToday = studied(today);
  let day = includesToday ? today : addDays(today, -1);
  let days = 0;
  while (studied(day)) {
    days++;
    day = addDays(day, -1);
  }
  return { days, includesToday };
}
