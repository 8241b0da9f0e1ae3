// View-model helpers for the Progress tab and the study timer screen. Pure:
// every function takes what it needs (no clock, no storage), so it is tested
// in tests/unit/domain/progress-view.test.ts.
import type { ExamCountdown, PlanBlock } from '../plan/schedule';
import { DAILY_STUDY_MINUTES, STUDY_DAYS_PER_WEEK } from '../plan/schedule-data';
import { toLocalDay } from './days';
import type { TimerPhase, TimerState } from './timer';
import type { ChapterRead, WeekRating, WeekRow } from './weekly-log';

export type QuickActivity = 'reading' | 'practice' | 'flashcards' | 'hands-on';

/** One-tap logging on the Progress tab: today, at once. */
export const QUICK_ADDS: readonly { minutes: number; activity: QuickActivity; label: string }[] = [
  { minutes: 15, activity: 'reading', label: '+15 min reading' },
  { minutes: 30, activity: 'reading', label: '+30 min reading' },
  { minutes: 30, activity: 'practice', label: '+30 min practice' },
  { minutes: 15, activity: 'flashcards', label: '+15 min flashcards' },
  { minutes: 60, activity: 'hands-on', label: '+60 min hands-on' },
  // The guide's optimal day is 2–3 hours: a long session is one tap too.
  { minutes: 120, activity: 'reading', label: '+2 h reading' },
  { minutes: 120, activity: 'practice', label: '+2 h practice' },
  { minutes: 180, activity: 'hands-on', label: '+3 h hands-on' },
];

export const PHASE_LABELS: Record<TimerPhase, string> = {
  focus: 'Focus',
  'short-break': 'Short break',
  'long-break': 'Long break',
};

/** "24:59", or "1:02:03" past an hour; seconds rounded up so 0:00 means done. */
export function formatClock(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const ss = String(s).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}

export interface TimerView {
  phase: string;
  timeLeft: string;
  /** "Session 2 of 4 · cycle 1" */
  cycle: string;
  status: string;
  focused: string;
}

export function timerView(state: TimerState, sessionsPerCycle: number): TimerView {
  const status =
    state.status === 'running'
      ? 'Running'
      : state.status === 'paused'
        ? 'Paused'
        : state.status === 'finished'
          ? 'Finished: the guide’s 4-hour daily maximum is reached'
          : 'Stopped';
  return {
    phase: PHASE_LABELS[state.phase],
    timeLeft: formatClock(state.phaseLeftMs),
    cycle: `Session ${state.sessionInCycle} of ${sessionsPerCycle} · cycle ${state.cycle}`,
    status,
    focused: `${state.focusedMinutes} min of focus so far`,
  };
}

export function countdownText(c: ExamCountdown): string {
  if (c.status === 'today') return 'Exam day is today. Good luck!';
  if (c.status === 'passed') return `The exam was ${c.daysAgo} ${c.daysAgo === 1 ? 'day' : 'days'} ago.`;
  return `${c.daysLeft} ${c.daysLeft === 1 ? 'day' : 'days'} to the exam`;
}

/** Chapters marked read, with the local day they were marked (the reading store keeps the time of the last change). */
export function chapterReadsFrom(rows: readonly { chapterId: string; read: boolean; readAt?: number; updatedAt: number }[]): ChapterRead[] {
  // readAt is when it was marked read; older rows fall back to their last change.
  return rows.filter((r) => r.read).map((r) => ({ chapterId: r.chapterId, day: toLocalDay(new Date(r.readAt ?? r.updatedAt)) }));
}

export interface PlanLink {
  href: string;
  label: string;
}

/** Links for a plan block's Read and Practice lines: chapters (with section anchors) and packs. */
export function planLinks(block: Pick<PlanBlock, 'read' | 'practice'>, packTitle: (packId: string) => string): { read: PlanLink[]; practice: PlanLink[] } {
  const chapter = (c: { chapterId: string; anchor?: string; label: string }): PlanLink => ({
    href: c.anchor ? `/read/${c.chapterId}#${c.anchor}` : `/read/${c.chapterId}`,
    label: c.label,
  });
  return {
    read: block.read.chapters.map(chapter),
    practice: [
      ...block.practice.packIds.map((id) => ({ href: `/practice/${id}`, label: packTitle(id) })),
      ...block.practice.chapters.map(chapter),
    ],
  };
}

/** The guide's week: 2–3 hours a day on 5–6 days → 10–18 hours. */
export const WEEKLY_HOURS_BAND = {
  low: (DAILY_STUDY_MINUTES.optimalLow * STUDY_DAYS_PER_WEEK.low) / 60,
  high: (DAILY_STUDY_MINUTES.optimalHigh * STUDY_DAYS_PER_WEEK.high) / 60,
} as const;

export const RATING_TEXT: Record<WeekRating, string> = {
  'not-started': 'not started',
  below: 'below the guide’s pace',
  'on-target': 'on the guide’s pace',
  above: 'above the guide’s pace',
};

export interface HoursBar {
  week: number;
  hours: number;
  /** Bar height as a share of the chart's scale, 0..1. */
  share: number;
  rating: WeekRating;
  current: boolean;
}

/** Bars for the hours-per-week chart; the scale always shows the guide's 18-hour top. */
export function hoursBars(rows: readonly WeekRow[]): { bars: HoursBar[]; maxHours: number } {
  const maxHours = Math.max(WEEKLY_HOURS_BAND.high, ...rows.map((r) => r.hours));
  return {
    maxHours,
    bars: rows.map((r) => ({
      week: r.week,
      hours: r.hours,
      share: maxHours > 0 ? r.hours / maxHours : 0,
      rating: r.rating,
      current: r.daysElapsed > 0 && r.daysElapsed < 7,
    })),
  };
}

export function formatHours(hours: number): string {
  return `${hours.toLocaleString('en', { maximumFractionDigits: 1 })} h`;
}

export function streakText(streak: { days: number; includesToday: boolean }): string {
  if (streak.days === 0) return 'none yet; log some study today to start one.';
  const days = `${streak.days} ${streak.days === 1 ? 'day' : 'days'}`;
  return streak.includesToday ? `${days} in a row, today included` : `${days} in a row; study today to keep it going`;
}

/**
 * The timer's minutes per day as editable rows before they go into the log.
 * Accepts the edited strings and returns sessions to save, or a message.
 */
export function parseTimerEntries(
  entries: readonly { day: string; minutes: string }[],
): { ok: true; sessions: { day: string; minutes: number }[] } | { ok: false; message: string } {
  const sessions: { day: string; minutes: number }[] = [];
  for (const e of entries) {
    const n = Number(e.minutes);
    if (e.minutes.trim() === '' || !Number.isInteger(n) || n < 0 || n > 1440) {
      return { ok: false, message: 'Enter whole minutes between 0 and 1,440 for each day.' };
    }
    if (n > 0) sessions.push({ day: e.day, minutes: n });
  }
  if (sessions.length === 0) return { ok: false, message: 'There is nothing to log: every day has 0 minutes.' };
  return { ok: true, sessions };
}
