// A study timer that follows the guide's Break Schedule (00, Time Management;
// trackers.json study_time_management):
//   Study for 25-30 minutes · Take 5-minute break · After 4 sessions, take 15-30 minute break
// and stops by itself at the guide's daily maximum ("Maximum: 4 hours per day
// (more leads to diminishing returns)") so a forgotten timer cannot log a night.
//
// It is not a ticking counter: the stored record holds only timestamps (start,
// pauses, stop), and everything else is computed from them and `now`. A phone
// that sleeps for hours, or an app closed and reopened, gets the right phase
// at once: the schedule simply runs on (focus → break → focus …), as it would
// on a kitchen timer. Pauses freeze the schedule.
import { toLocalDay } from './days';

export const MINUTE_MS = 60_000;

/** The guide's numbers; the ranges are the choices the guide leaves open. */
export const BREAK_SCHEDULE = {
  focusMinutes: { min: 25, max: 30 },
  shortBreakMinutes: 5,
  longBreakMinutes: { min: 15, max: 30 },
  sessionsBeforeLongBreak: 4,
  maxFocusMinutesPerDay: 240,
} as const;

export interface TimerSettings {
  /** 25–30 */
  focusMinutes: number;
  /** 5 */
  shortBreakMinutes: number;
  /** 15–30 */
  longBreakMinutes: number;
  /** 4 */
  sessionsBeforeLongBreak: number;
  /** The timer finishes when this much focus time has run (the guide's 4-hour daily maximum). */
  maxFocusMinutes: number;
}

export const DEFAULT_TIMER_SETTINGS: TimerSettings = {
  focusMinutes: BREAK_SCHEDULE.focusMinutes.min,
  shortBreakMinutes: BREAK_SCHEDULE.shortBreakMinutes,
  longBreakMinutes: BREAK_SCHEDULE.longBreakMinutes.min,
  sessionsBeforeLongBreak: BREAK_SCHEDULE.sessionsBeforeLongBreak,
  maxFocusMinutes: BREAK_SCHEDULE.maxFocusMinutesPerDay,
};

/** Keeps user choices inside the guide's ranges (whole minutes). */
export function timerSettings(choice: Partial<Pick<TimerSettings, 'focusMinutes' | 'longBreakMinutes'>> = {}): TimerSettings {
  const clamp = (v: number | undefined, r: { min: number; max: number }, d: number): number =>
    v === undefined || !Number.isFinite(v) ? d : Math.min(r.max, Math.max(r.min, Math.round(v)));
  return {
    ...DEFAULT_TIMER_SETTINGS,
    focusMinutes: clamp(choice.focusMinutes, BREAK_SCHEDULE.focusMinutes, DEFAULT_TIMER_SETTINGS.focusMinutes),
    longBreakMinutes: clamp(choice.longBreakMinutes, BREAK_SCHEDULE.longBreakMinutes, DEFAULT_TIMER_SETTINGS.longBreakMinutes),
  };
}

/** What is stored (plain JSON; times are epoch ms). */
export interface TimerRecord {
  startedAt: number;
  /** Pauses in order; the last may be open (`until: null`) while paused. */
  pauses: { at: number; until: number | null }[];
  /** Set when the user stops the timer; the record is then final. */
  stoppedAt: number | null;
  settings: TimerSettings;
}

export type TimerPhase = 'focus' | 'short-break' | 'long-break';

export interface TimerState {
  status: 'running' | 'paused' | 'stopped' | 'finished';
  phase: TimerPhase;
  /** The focus session this phase belongs to, 1-based, counted over the whole run (a break belongs to the session before it). */
  session: number;
  /** Which set of four (1-based), and the session's place in it (1..4). */
  cycle: number;
  sessionInCycle: number;
  phaseElapsedMs: number;
  phaseLeftMs: number;
  /** Wall-clock time the phase ends if nothing changes; null unless running. */
  phaseEndsAt: number | null;
  /** Schedule time run so far (pauses excluded). */
  activeMs: number;
  focusedMs: number;
  /** Whole minutes of focus (floored). */
  focusedMinutes: number;
}

export function startTimer(now: number, settings: TimerSettings = DEFAULT_TIMER_SETTINGS): TimerRecord {
  return { startedAt: now, pauses: [], stoppedAt: null, settings };
}

function openPause(record: TimerRecord): { at: number; until: number | null } | undefined {
  const last = record.pauses[record.pauses.length - 1];
  return last && last.until === null ? last : undefined;
}

export function pauseTimer(record: TimerRecord, now: number): TimerRecord {
  if (record.stoppedAt !== null || openPause(record)) return record;
  return { ...record, pauses: [...record.pauses, { at: Math.max(now, record.startedAt), until: null }] };
}

export function resumeTimer(record: TimerRecord, now: number): TimerRecord {
  const open = openPause(record);
  if (record.stoppedAt !== null || !open) return record;
  return { ...record, pauses: [...record.pauses.slice(0, -1), { at: open.at, until: Math.max(now, open.at) }] };
}

/** Stops the timer (closing an open pause at its start: paused time is never focus). */
export function stopTimer(record: TimerRecord, now: number): TimerRecord {
  if (record.stoppedAt !== null) return record;
  const open = openPause(record);
  const stoppedAt = open ? open.at : Math.max(now, record.startedAt);
  const pauses = open ? [...record.pauses.slice(0, -1), { at: open.at, until: open.at }] : record.pauses;
  return { ...record, pauses, stoppedAt };
}

/** Wall-clock spans during which the schedule ran, up to `now` (or the stop). */
function activeSpans(record: TimerRecord, now: number): [number, number][] {
  const end = record.stoppedAt ?? now;
  const spans: [number, number][] = [];
  let from = record.startedAt;
  for (const p of record.pauses) {
    const at = Math.min(Math.max(p.at, from), end);
    if (at > from) spans.push([from, at]);
    from = Math.max(from, p.until ?? Infinity);
    if (from >= end) break;
  }
  if (from < end) spans.push([from, end]);
  return spans;
}

interface Segment {
  phase: TimerPhase;
  /** Offsets in schedule (active) time. */
  from: number;
  to: number;
  session: number;
}

function cycleLayout(s: TimerSettings): { cycleMs: number; segments: Segment[] } {
  const segments: Segment[] = [];
  let t = 0;
  for (let i = 1; i <= s.sessionsBeforeLongBreak; i++) {
    segments.push({ phase: 'focus', from: t, to: (t += s.focusMinutes * MINUTE_MS), session: i });
    const last = i === s.sessionsBeforeLongBreak;
    const len = (last ? s.longBreakMinutes : s.shortBreakMinutes) * MINUTE_MS;
    segments.push({ phase: last ? 'long-break' : 'short-break', from: t, to: (t += len), session: i });
  }
  return { cycleMs: t, segments };
}

/** Focus time within the first `activeMs` of schedule time. */
function focusWithin(activeMs: number, s: TimerSettings): number {
  const { cycleMs, segments } = cycleLayout(s);
  const cycles = Math.floor(activeMs / cycleMs);
  const rest = activeMs - cycles * cycleMs;
  let focus = cycles * s.sessionsBeforeLongBreak * s.focusMinutes * MINUTE_MS;
  for (const seg of segments) {
    if (seg.phase === 'focus') focus += Math.max(0, Math.min(rest, seg.to) - seg.from);
  }
  return focus;
}

/** Schedule time at which the focus total reaches `focusMs` (the end of the run). */
function activeForFocus(focusMs: number, s: TimerSettings): number {
  const perSession = s.focusMinutes * MINUTE_MS;
  const { cycleMs, segments } = cycleLayout(s);
  const perCycle = perSession * s.sessionsBeforeLongBreak;
  const cycles = Math.floor(focusMs / perCycle);
  let left = focusMs - cycles * perCycle;
  if (left === 0) {
    // Ends exactly at the end of a cycle's last focus session (before its long break).
    return cycles === 0 ? 0 : (cycles - 1) * cycleMs + (segments[segments.length - 2]?.to ?? cycleMs);
  }
  for (const seg of segments) {
    if (seg.phase !== 'focus') continue;
    const len = seg.to - seg.from;
    if (left <= len) return cycles * cycleMs + seg.from + left;
    left -= len;
  }
  return cycles * cycleMs + cycleMs;
}

function activeTotal(record: TimerRecord, now: number): number {
  return activeSpans(record, now).reduce((sum, [a, b]) => sum + (b - a), 0);
}

export function timerState(record: TimerRecord, now: number): TimerState {
  const s = record.settings;
  const limit = activeForFocus(s.maxFocusMinutes * MINUTE_MS, s);
  const raw = activeTotal(record, now);
  const finished = raw >= limit;
  const active = Math.min(raw, limit);
  const { cycleMs, segments } = cycleLayout(s);
  // At the exact end of the run we report the focus session that just ended.
  const probe = finished && active > 0 ? active - 1 : active;
  const cycleIndex = Math.floor(probe / cycleMs);
  const within = probe - cycleIndex * cycleMs;
  const seg = segments.find((g) => within >= g.from && within < g.to) ?? segments[0]!;
  const elapsedInPhase = finished ? within + 1 - seg.from : within - seg.from;
  const len = seg.to - seg.from;
  const paused = openPause(record) !== undefined;
  const status = record.stoppedAt !== null ? 'stopped' : finished ? 'finished' : paused ? 'paused' : 'running';
  const left = finished ? 0 : len - elapsedInPhase;
  const focusedMs = focusWithin(active, s);
  return {
    status,
    phase: seg.phase,
    session: cycleIndex * s.sessionsBeforeLongBreak + seg.session,
    cycle: cycleIndex + 1,
    sessionInCycle: seg.session,
    phaseElapsedMs: elapsedInPhase,
    phaseLeftMs: left,
    phaseEndsAt: status === 'running' ? now + left : null,
    activeMs: active,
    focusedMs,
    focusedMinutes: Math.floor(focusedMs / MINUTE_MS),
  };
}

/** Wall-clock spans of focus time (pauses and breaks excluded), up to `now`. */
export function focusSpans(record: TimerRecord, now: number): [number, number][] {
  const s = record.settings;
  const limit = activeForFocus(s.maxFocusMinutes * MINUTE_MS, s);
  const { cycleMs, segments } = cycleLayout(s);
  const focusSegs = segments.filter((g) => g.phase === 'focus');
  const out: [number, number][] = [];
  let offset = 0; // schedule time at the start of the current active span
  for (const [a, b] of activeSpans(record, now)) {
    const spanFrom = offset;
    const spanTo = Math.min(offset + (b - a), limit);
    for (let c = Math.floor(spanFrom / cycleMs); c * cycleMs < spanTo; c++) {
      for (const g of focusSegs) {
        const from = Math.max(spanFrom, c * cycleMs + g.from);
        const to = Math.min(spanTo, c * cycleMs + g.to);
        if (to > from) out.push([a + (from - spanFrom), a + (to - spanFrom)]);
      }
    }
    offset += b - a;
    if (offset >= limit) break;
  }
  return out;
}

/** The local midnight that ends the local day containing `ms`. */
function nextLocalMidnight(ms: number): number {
  const d = new Date(ms);
  return new Date(d.getFullYear(), d.getMonth(), d.getDate() + 1).getTime();
}

/**
 * The focus time to log, as whole minutes per local calendar day (a session
 * across midnight is split at midnight; a day's minutes are the rounded
 * running total minus the rounded total before it, so the parts add up to the
 * rounded whole). Days with 0 minutes are left out.
 */
export function minutesToLog(record: TimerRecord, now: number): { day: string; minutes: number }[] {
  const perDay = new Map<string, number>();
  for (const [a, b] of focusSpans(record, now)) {
    let from = a;
    while (from < b) {
      const to = Math.min(b, nextLocalMidnight(from));
      const day = toLocalDay(new Date(from));
      perDay.set(day, (perDay.get(day) ?? 0) + (to - from));
      from = to;
    }
  }
  const out: { day: string; minutes: number }[] = [];
  let runningMs = 0;
  let loggedMinutes = 0;
  for (const [day, ms] of [...perDay].sort(([x], [y]) => (x < y ? -1 : 1))) {
    runningMs += ms;
    const minutes = Math.round(runningMs / MINUTE_MS) - loggedMinutes;
    loggedMinutes += minutes;
    if (minutes > 0) out.push({ day, minutes });
  }
  return out;
}
