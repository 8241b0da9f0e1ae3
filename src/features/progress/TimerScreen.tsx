import { useEffect, useRef, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import {
  BREAK_SCHEDULE,
  minutesToLog,
  pauseTimer,
  resumeTimer,
  startTimer,
  stopTimer,
  timerSettings,
  timerState,
  type TimerRecord,
} from '../../domain/study/timer';
import { formatMinutes } from '../../domain/study/days';
import { useNow } from '../../app/use-now';
import { parseTimerEntries, timerView } from '../../domain/study/progress-view';
import { clearTimer, getTimer, logTimer, saveTimer, TimerGoneError } from '../../lib/db/timer';
import { useStoreChanges } from '../../app/use-live-reload';
import { describeStorageError } from '../../lib/db/errors';
import type { StudyActivity } from '../../lib/db/schema';
import { showNotice } from '../../app/notices';
import { ACTIVITY_LABELS } from './activities';
import { focusQuietly } from '../../app/route-focus';
import { noteStudySessionDone } from '../../app/pwa/study-milestone';
import { dayFormat } from '../../lib/date-format';

const labelDay = dayFormat({ weekday: true });

export default function TimerScreen() {
  const [record, setRecord] = useState<TimerRecord | null | undefined>(undefined);
  const [problem, setProblem] = useState<string | null>(null);
  const [focus, setFocus] = useState<number>(BREAK_SCHEDULE.focusMinutes.min);
  const [busy, setBusy] = useState(false);
  const now = useNow(record != null && record.stoppedAt === null);
  // Each action swaps the card under the user's focus: once the new card is on
  // screen, focus goes to what comes next there (Pause after Start, the log form after Stop).
  const focusNext = useRef<string | null>(null);
  useEffect(() => {
    const el = focusNext.current ? document.querySelector<HTMLElement>(`main [data-timer-focus="${focusNext.current}"]`) : null;
    if (!el) return;
    focusNext.current = null;
    focusQuietly(el);
  });

  const load = (): void => {
    getTimer().then(
      (t) => setRecord(t?.record ?? null),
      (e: unknown) => {
        setRecord(null);
        setProblem(describeStorageError(e));
      },
    );
  };
  useEffect(load, []);
  // Started, stopped, logged or discarded in another tab: follow it.
  useStoreChanges(['timer'], load);

  /** Stores the record, and shows it only once the write is committed. */
  async function commit(next: TimerRecord, then: string): Promise<void> {
    // Busy buttons are aria-disabled, not disabled: a disabled button drops the focus it holds.
    if (busy) return;
    focusNext.current = then;
    setBusy(true);
    try {
      await saveTimer(next);
      setRecord(next);
      setProblem(null);
    } catch (e) {
      setProblem(describeStorageError(e));
    } finally {
      setBusy(false);
    }
  }

  if (record === undefined) return null;

  if (record === null) {
    return (
      <section class="screen">
        <div class="card">
          <h2>Study timer</h2>
          <p>The guide’s break schedule: focus for 25–30 minutes, take a 5-minute break, and after 4 sessions take a 15–30 minute break. The timer stops by itself after 4 hours of focus, the guide’s daily maximum.</p>
          <fieldset class="plain-fieldset">
            <legend>Focus length</legend>
            <div class="chips">
              {[25, 30].map((m) => (
                <button key={m} type="button" class="chip" aria-pressed={focus === m} onClick={() => setFocus(m)}>{m} min</button>
              ))}
            </div>
          </fieldset>
          {problem && <p role="alert" class="error">{problem}</p>}
          <button type="button" aria-disabled={busy} data-timer-focus="start" onClick={() => void commit(startTimer(Date.now(), timerSettings({ focusMinutes: focus })), 'toggle')}>
            Start
          </button>
        </div>
      </section>
    );
  }

  if (record.stoppedAt !== null) {
    return (
      <LogTimer
        record={record}
        onDiscard={() => {
          focusNext.current = 'start';
          setRecord(null);
        }}
      />
    );
  }

  const state = timerState(record, now);
  const view = timerView(state, record.settings.sessionsBeforeLongBreak);
  return (
    <section class="screen">
      <div class={`card timer timer-${state.phase}`}>
        <h2>Study timer</h2>
        <p class="timer-phase" data-testid="timer-phase">{view.phase}</p>
        <p class="timer-clock" role="timer" aria-label={`${view.phase}: ${view.timeLeft} left`}>{view.timeLeft}</p>
        <p class="timer-cycle">{view.cycle}</p>
        <p class="hint">{view.status} · {view.focused}</p>
        {problem && <p role="alert" class="error">{problem}</p>}
        <div class="button-row">
          {state.status === 'paused' ? (
            <button type="button" aria-disabled={busy} data-timer-focus="toggle" onClick={() => void commit(resumeTimer(record, Date.now()), 'toggle')}>Resume</button>
          ) : (
            state.status === 'running' && (
              <button type="button" aria-disabled={busy} data-timer-focus="toggle" onClick={() => void commit(pauseTimer(record, Date.now()), 'toggle')}>Pause</button>
            )
          )}
          <button type="button" class="secondary" aria-disabled={busy} onClick={() => void commit(stopTimer(record, Date.now()), 'log')}>Stop &amp; log</button>
        </div>
        <p class="hint">It keeps time while the phone sleeps or the app is closed.</p>
      </div>
    </section>
  );
}

/** A stopped timer: its focus minutes per day, editable, then into the study log. */
function LogTimer({ record, onDiscard }: { record: TimerRecord; onDiscard: () => void }) {
  const { route } = useLocation();
  const [entries, setEntries] = useState(() =>
    minutesToLog(record, record.stoppedAt ?? Date.now()).map((e) => ({ day: e.day, minutes: String(e.minutes) })),
  );
  const [activity, setActivity] = useState<StudyActivity>('reading');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function save(e: Event): Promise<void> {
    e.preventDefault();
    if (busy) return;
    const parsed = parseTimerEntries(entries);
    if (!parsed.ok) return setProblem(parsed.message);
    setBusy(true);
    try {
      const at = Date.now();
      await logTimer(parsed.sessions.map((s) => ({ id: crypto.randomUUID(), day: s.day, minutes: s.minutes, activity, note: 'Study timer', updatedAt: at })), record.startedAt, at);
      const total = parsed.sessions.reduce((sum, s) => sum + s.minutes, 0);
      showNotice({ tone: 'info', text: `Logged ${formatMinutes(total)}` });
      void noteStudySessionDone();
      route('/progress');
    } catch (error) {
      if (error instanceof TimerGoneError) {
        showNotice({ tone: 'info', text: error.message });
        route('/progress');
        return;
      }
      setProblem(describeStorageError(error));
      setBusy(false);
    }
  }

  async function discard(): Promise<void> {
    if (busy) return;
    setBusy(true);
    try {
      await clearTimer();
      onDiscard();
    } catch (error) {
      setProblem(describeStorageError(error));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section class="screen">
      <form class="card form" onSubmit={(e) => void save(e)} noValidate>
        <h2 tabIndex={-1} data-timer-focus="log">Log the timer</h2>
        {entries.length === 0 ? (
          <p>Less than a minute of focus: nothing to log.</p>
        ) : (
          <>
            <p class="hint">Focus time only (breaks and pauses are left out). Change the minutes if you need to.</p>
            {entries.map((entry, i) => (
              <label key={entry.day}>
                Minutes on {labelDay(entry.day)}
                <input
                  type="number"
                  inputMode="numeric"
                  min={0}
                  max={1440}
                  value={entry.minutes}
                  onInput={(ev) => {
                    const value = ev.currentTarget.value;
                    setEntries((list) => list.map((x, j) => (j === i ? { ...x, minutes: value } : x)));
                  }}
                />
              </label>
            ))}
            <label>
              What you studied
              <select value={activity} onChange={(ev) => setActivity(ev.currentTarget.value as StudyActivity)}>
                {Object.entries(ACTIVITY_LABELS).map(([value, label]) => (
                  <option key={value} value={value}>{label}</option>
                ))}
              </select>
            </label>
          </>
        )}
        {problem && <p role="alert" class="error">{problem}</p>}
        <div class="button-row">
          {entries.length > 0 && <button type="submit" aria-disabled={busy}>Save to study log</button>}
          <button type="button" class="quiet" aria-disabled={busy} onClick={() => void discard()}>Discard</button>
        </div>
      </form>
    </section>
  );
}
