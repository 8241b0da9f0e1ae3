import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  BREAK_SCHEDULE,
  DEFAULT_TIMER_SETTINGS,
  focusSpans,
  MINUTE_MS,
  minutesToLog,
  pauseTimer,
  resumeTimer,
  startTimer,
  stopTimer,
  timerSettings,
  timerState,
  type TimerRecord,
} from '../../../src/domain/study/timer';

afterEach(() => vi.unstubAllEnvs());

const MIN = MINUTE_MS;
const T0 = new Date(2026, 2, 10, 9, 0).getTime(); // local 09:00
const at = (minutes: number) => T0 + minutes * MIN;
const s25 = DEFAULT_TIMER_SETTINGS; // 25 / 5 / 15, 4 sessions, 240 min cap

describe('the guide’s break schedule', () => {
  it('uses the guide’s numbers: 25–30 min focus, 5 min break, 15–30 min after 4 sessions, 4 h a day at most', () => {
    expect(BREAK_SCHEDULE).toEqual({
      focusMinutes: { min: 25, max: 30 },
      shortBreakMinutes: 5,
      longBreakMinutes: { min: 15, max: 30 },
      sessionsBeforeLongBreak: 4,
      maxFocusMinutesPerDay: 240,
    });
    expect(timerSettings({ focusMinutes: 45, longBreakMinutes: 5 })).toMatchObject({ focusMinutes: 30, longBreakMinutes: 15 });
    expect(timerSettings({ focusMinutes: 28, longBreakMinutes: 20 })).toMatchObject({ focusMinutes: 28, longBreakMinutes: 20, shortBreakMinutes: 5 });
  });

  it.each([
    [0, 'focus', 1, 25],
    [24.5, 'focus', 1, 0.5],
    [25, 'short-break', 1, 5],
    [30, 'focus', 2, 25],
    [55, 'short-break', 2, 5],
    [85, 'short-break', 3, 5],
    [90, 'focus', 4, 25],
    [115, 'long-break', 4, 15],
    [129, 'long-break', 4, 1],
    [130, 'focus', 5, 25],
  ] as const)('at %s min it is %s of session %i with %s min left', (m, phase, session, left) => {
    const st = timerState(startTimer(T0), at(m));
    expect(st).toMatchObject({ status: 'running', phase, session });
    expect(st.phaseLeftMs).toBe(left * MIN);
    expect(st.phaseEndsAt).toBe(at(m) + left * MIN);
  });

  it('counts focus time only', () => {
    expect(timerState(startTimer(T0), at(25)).focusedMinutes).toBe(25);
    expect(timerState(startTimer(T0), at(29)).focusedMinutes).toBe(25);
    expect(timerState(startTimer(T0), at(130)).focusedMinutes).toBe(100);
    expect(timerState(startTimer(T0), at(40)).focusedMs).toBe(35 * MIN);
  });

  it('follows a 30 / 30 choice', () => {
    const rec = startTimer(T0, timerSettings({ focusMinutes: 30, longBreakMinutes: 30 }));
    expect(timerState(rec, at(30 * 4 + 5 * 3 + 1))).toMatchObject({ phase: 'long-break', session: 4, cycle: 1 });
    expect(timerState(rec, at(165))).toMatchObject({ phase: 'focus', session: 5, cycle: 2, sessionInCycle: 1 });
  });
});

describe('computed from timestamps: correct after the phone sleeps', () => {
  it('after a 3-hour sleep it is in focus session 6 with 5 minutes left and 145 minutes focused', () => {
    const rec = startTimer(T0);
    expect(timerState(rec, at(1)).phase).toBe('focus'); // seen once, then the phone sleeps
    const st = timerState(rec, at(180));
    // Cycle = 4×25 + 3×5 + 15 = 130 min. 180 = 130 + 50: focus 25, break 5, 20 min into focus.
    expect(st).toMatchObject({ status: 'running', phase: 'focus', session: 6, cycle: 2, sessionInCycle: 2, focusedMinutes: 145 });
    expect(st.phaseLeftMs).toBe(5 * MIN);
  });

  it('gives the same answer whether looked at every minute or once (no ticking state)', () => {
    const rec = startTimer(T0);
    for (let m = 0; m <= 200; m++) timerState(rec, at(m));
    expect(timerState(rec, at(180))).toEqual(timerState(startTimer(T0), at(180)));
  });

  it('finishes by itself at the guide’s 4-hour daily maximum, so a forgotten timer cannot log a night', () => {
    const rec = startTimer(T0);
    const st = timerState(rec, at(12 * 60));
    expect(st).toMatchObject({ status: 'finished', phaseLeftMs: 0, focusedMinutes: 240, phaseEndsAt: null });
    // 240 min = 2 full cycles (200 focus) + 40: focus 25, break 5, 15 into session 10.
    expect(st).toMatchObject({ phase: 'focus', session: 10 });
    expect(minutesToLog(rec, at(12 * 60))).toEqual([{ day: '2026-03-10', minutes: 240 }]);
  });
});

describe('pause, resume and stop', () => {
  it('freezes the schedule while paused, even across hours', () => {
    let rec = startTimer(T0);
    rec = pauseTimer(rec, at(10));
    const paused = timerState(rec, at(200));
    expect(paused).toMatchObject({ status: 'paused', phase: 'focus', session: 1, focusedMinutes: 10, phaseEndsAt: null });
    expect(paused.phaseLeftMs).toBe(15 * MIN);
    rec = resumeTimer(rec, at(200));
    expect(timerState(rec, at(215))).toMatchObject({ status: 'running', phase: 'short-break', focusedMinutes: 25 });
  });

  it('ignores a second pause or a resume when not paused', () => {
    const rec = pauseTimer(startTimer(T0), at(5));
    expect(pauseTimer(rec, at(8))).toBe(rec);
    const running = startTimer(T0);
    expect(resumeTimer(running, at(8))).toBe(running);
  });

  it('stops for good; a stop while paused ends at the pause', () => {
    const stopped = stopTimer(startTimer(T0), at(40));
    expect(timerState(stopped, at(500))).toMatchObject({ status: 'stopped', focusedMinutes: 35 });
    const whilePaused = stopTimer(pauseTimer(startTimer(T0), at(20)), at(90));
    expect(whilePaused.stoppedAt).toBe(at(20));
    expect(minutesToLog(whilePaused, at(1000))).toEqual([{ day: '2026-03-10', minutes: 20 }]);
  });

  it('is plain JSON', () => {
    const rec = stopTimer(resumeTimer(pauseTimer(startTimer(T0), at(3)), at(9)), at(50));
    expect(JSON.parse(JSON.stringify(rec)) as TimerRecord).toEqual(rec);
  });
});

describe('minutesToLog', () => {
  it('logs focus minutes, not breaks or pauses', () => {
    let rec = startTimer(T0);
    rec = pauseTimer(rec, at(27)); // in the first short break
    rec = resumeTimer(rec, at(60));
    // Active time 27 + (70 − 60) = 37: focus 25 + (37 − 30) = 32.
    expect(minutesToLog(rec, at(70))).toEqual([{ day: '2026-03-10', minutes: 32 }]);
    expect(focusSpans(rec, at(70))).toEqual([
      [at(0), at(25)],
      [at(60 + 3), at(70)],
    ]);
  });

  it('splits a session across midnight by local day', () => {
    const start = new Date(2026, 2, 10, 23, 45).getTime();
    const rec = startTimer(start);
    // 23:45–00:10 focus, 00:10–00:15 break, 00:15–00:30 focus.
    expect(minutesToLog(rec, start + 45 * MIN)).toEqual([
      { day: '2026-03-10', minutes: 15 },
      { day: '2026-03-11', minutes: 25 },
    ]);
  });

  it('keeps the day split’s total equal to the rounded whole (seconds)', () => {
    const start = new Date(2026, 2, 10, 23, 59, 30).getTime();
    const log = minutesToLog(startTimer(start), start + 20 * MIN);
    expect(log.reduce((s, d) => s + d.minutes, 0)).toBe(20);
    expect(log.map((d) => d.day)).toEqual(['2026-03-10', '2026-03-11']);
  });

  it('splits at local midnight across a DST change (New York, spring forward on 8 March 2026)', () => {
    vi.stubEnv('TZ', 'America/New_York');
    expect(new Date(2026, 2, 7, 12).getTimezoneOffset(), 'TZ did not take effect').toBe(300);
    const start = new Date(2026, 2, 7, 23, 50).getTime();
    const log = minutesToLog(startTimer(start, { ...s25, focusMinutes: 25 }), start + 4 * 60 * MIN);
    // 23:50 → midnight is 10 min of focus on the 7th; the 2 a.m. skip does not lose minutes.
    expect(log[0]).toEqual({ day: '2026-03-07', minutes: 10 });
    expect(log.reduce((s, d) => s + d.minutes, 0)).toBe(timerState(startTimer(start), start + 4 * 60 * MIN).focusedMinutes);
  });

  it('logs nothing before the first minute', () => {
    expect(minutesToLog(startTimer(T0), T0 + 20_000)).toEqual([]);
  });
});
