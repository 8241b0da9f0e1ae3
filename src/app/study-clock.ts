// The app's own study log: while a study screen is open and the page is
// visible, time runs as long as the user shows signs of life (see
// domain/study/active-time.ts for the rule). Gathered time is written once a
// minute and when the page hides, as whole minutes on the day's tracked row
// for the activity; the study timer's focus phases are left out.
import { credit, idleClock, msPerDay, stop, subtractSpans, touch, wholeMinutes, type ActiveClock, type Span } from '../domain/study/active-time';
import { toLocalDay } from '../domain/study/days';
import { focusSpans } from '../domain/study/timer';
import type { StudyActivity } from '../lib/db/schema';
import { addTrackedMinutes } from '../lib/db/study-sessions';
import { getTimer } from '../lib/db/timer';
import { getSetting, putSetting } from '../lib/db/settings';

let device: Promise<string> | null = null;
/** This device's name for its tracked rows, made once and kept (a device setting: never in backups). */
function deviceId(): Promise<string> {
  device ??= getSetting('deviceId').then(async (id) => {
    if (id) return id;
    const made = crypto.randomUUID().slice(0, 8);
    await putSetting('deviceId', made);
    return made;
  });
  device.catch(() => (device = null));
  return device;
}

const FLUSH_EVERY_MS = 60_000;
/** Scroll fires many times a second; one sign of life a second is plenty. */
const TOUCH_GAP_MS = 1_000;

let clock: ActiveClock = idleClock(Date.now());
let owner: object | null = null;
let lastTouch = 0;
const pending: { span: Span; activity: StudyActivity }[] = [];
/** Milliseconds gathered but not yet written, per `${day}|${activity}`. */
const carry = new Map<string, number>();
let writing: Promise<void> = Promise.resolve();
let listening = false;

function take(step: { clock: ActiveClock; span: Span | null }): void {
  if (step.span && clock.activity) pending.push({ span: step.span, activity: clock.activity as StudyActivity });
  clock = step.clock;
}

const dayOf = (t: number): string => toLocalDay(new Date(t));
const nextDayStart = (t: number): number => {
  const d = new Date(t);
  return new Date(d.getFullYear(), d.getMonth(), d.getDate() + 1).getTime();
};

/** Writes what has gathered. `closing`: the page may not come back, so a part minute of 30 s or more counts as one. */
function flush(closing = false): Promise<void> {
  writing = writing.then(async () => {
    const now = Date.now();
    const spans = pending.splice(0);
    if (spans.length) {
      const timer = await getTimer().catch(() => undefined);
      const holes = timer ? focusSpans(timer.record, now) : [];
      for (const { span, activity } of spans) {
        for (const part of subtractSpans(span, holes)) {
          for (const [day, ms] of msPerDay(part, dayOf, nextDayStart)) carry.set(`${day}|${activity}`, (carry.get(`${day}|${activity}`) ?? 0) + ms);
        }
      }
    }
    for (const [key, ms] of [...carry]) {
      const whole = wholeMinutes(closing ? ms + 30_000 : ms);
      if (whole.minutes === 0) continue;
      const [day, activity] = key.split('|') as [string, StudyActivity];
      carry.set(key, closing ? Math.max(0, ms - whole.minutes * 60_000) : whole.carryMs);
      try {
        await addTrackedMinutes(day, activity, whole.minutes, now, await deviceId());
      } catch {
        carry.set(key, (carry.get(key) ?? 0) + whole.minutes * 60_000); // kept for the next try
      }
    }
  });
  return writing;
}

function onSignOfLife(): void {
  if (!clock.activity || document.visibilityState !== 'visible') return;
  const now = Date.now();
  if (now - lastTouch < TOUCH_GAP_MS) return;
  lastTouch = now;
  take(touch(clock, now));
}

function listen(): void {
  if (listening) return;
  listening = true;
  const opts = { capture: true, passive: true };
  for (const type of ['pointerdown', 'keydown', 'wheel', 'scroll', 'touchstart', 'input']) window.addEventListener(type, onSignOfLife, opts);
  document.addEventListener('visibilitychange', () => {
    const now = Date.now();
    if (document.visibilityState === 'visible') {
      if (clock.activity) take(touch(clock, now));
      return;
    }
    // Hidden: what ran until now counts; the background does not.
    const { activity } = clock;
    take(stop(clock, now));
    clock = { ...clock, activity };
    void flush(); // part minutes carry: six 40-second visits are 4 minutes, not 6
  });
  window.addEventListener('pagehide', () => {
    take(credit(clock, Date.now()));
    void flush(true);
  });
  setInterval(() => {
    take(credit(clock, Date.now()));
    void flush();
  }, FLUSH_EVERY_MS);
}

/** A study screen opened: its time counts as `activity` until the returned function is called. */
export function startStudyActivity(activity: StudyActivity): () => void {
  listen();
  const token = {};
  owner = token;
  const now = Date.now();
  take(touch(clock, now, document.visibilityState === 'visible' ? activity : null));
  if (document.visibilityState !== 'visible') clock = { ...clock, activity };
  return () => {
    if (owner !== token) return; // the next screen has taken over already
    owner = null;
    take(stop(clock, Date.now()));
    void flush();
  };
}

/** For tests and the Progress screen: everything gathered so far is written. */
export function flushStudyClock(): Promise<void> {
  take(credit(clock, Date.now()));
  return flush();
}
