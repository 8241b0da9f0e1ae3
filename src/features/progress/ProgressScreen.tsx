import { useEffect, useState } from 'preact/hooks';
import type { ComponentType } from 'preact';
import { formatMinutes, toLocalDay, totalMinutes, weekOf } from '../../domain/study/days';
import { studyStreak } from '../../domain/study/weekly-log';
import { timerState } from '../../domain/study/timer';
import { PHASE_LABELS, QUICK_ADDS, streakText } from '../../domain/study/progress-view';
import { saveStudySession } from '../../lib/db/study-sessions';
import { describeStorageError } from '../../lib/db/errors';
import { showNotice } from '../../app/notices';
import { useProgressData, type ProgressData } from './use-progress-data';
import { EarlierSessions, labelDay, SessionList } from './SessionList';
import { useStoreChanges } from '../../app/use-live-reload';
import { useToday } from '../../app/use-today';
import { PlanSection } from './PlanSection';
import { noteStudySessionDone } from '../../app/pwa/study-milestone';
import { afterFirstScreen } from '../../app/after-first-screen';
import type { ProgressDetailsProps } from './ProgressDetails';

export default function ProgressScreen() {
  const { data, error, reload } = useProgressData();
  useStoreChanges(['studySessions', 'settings', 'timer'], reload);
  // Render the first screenful once its data is read (a few ms): content that
  // appears in pieces would shift the layout under the reader's thumb.
  if (!data && !error) return null;
  if (!data) {
    return (
      <section class="screen">
        <p role="alert" class="error">{error}</p>
      </section>
    );
  }
  return <ProgressView data={data} error={error} reload={reload} />;
}

function ProgressView({ data, error, reload }: { data: ProgressData; error: string | null; reload: () => Promise<void> }) {
  const [busy, setBusy] = useState<string | null>(null);
  const today = useToday();
  const week = weekOf(today);
  const weekSessions = data.sessions.filter((s) => s.day >= week.start && s.day <= week.end);
  const streak = studyStreak(data.sessions, today);
  const timer = data.timer ? timerState(data.timer.record, Date.now()) : null;

  async function quickAdd(q: (typeof QUICK_ADDS)[number]): Promise<void> {
    if (busy !== null) return;
    setBusy(q.label);
    try {
      // The day of the tap, not of the last render.
      await saveStudySession({ id: crypto.randomUUID(), day: toLocalDay(new Date()), minutes: q.minutes, activity: q.activity, note: '', updatedAt: Date.now() });
      await reload();
      // Committed and shown: now say so.
      showNotice({ tone: 'info', text: `Logged ${formatMinutes(q.minutes)}` });
      void noteStudySessionDone();
    } catch (e) {
      showNotice({ tone: 'error', text: describeStorageError(e) });
    } finally {
      setBusy(null);
    }
  }

  return (
    <section class="screen progress">
      <div class="card">
        <h2>Studied this week</h2>
        <p class="week-range">{labelDay(week.start)} – {labelDay(week.end)}</p>
        {error && <p role="alert" class="error">{error}</p>}
        <p class="big-number" data-testid="week-total">{formatMinutes(totalMinutes(weekSessions))}</p>
        <p class="hint">The guide suggests 2–3 hours of study a day. Streak: <span data-testid="streak">{streakText(streak)}</span></p>
        <div class="chips quick-adds" role="group" aria-label="Log today at once">
          {QUICK_ADDS.map((q) => (
            <button key={q.label} type="button" class="chip" aria-disabled={busy !== null} onClick={() => void quickAdd(q)}>
              {q.label}
            </button>
          ))}
        </div>
        <div class="button-row">
          <a class="button" href="/progress/log">Log study time</a>
          <a class="button secondary" href="/progress/timer">Study timer</a>
        </div>
        {timer && (
          <p class="timer-note">
            <a href="/progress/timer">
              {timer.status === 'stopped' ? 'A stopped timer is waiting to be logged' : `Timer ${timer.status}: ${PHASE_LABELS[timer.phase]}`}
            </a>
          </p>
        )}
      </div>

      <PlanSection planKind={data.planKind} planStart={data.planStart} examDay={data.examDay} today={today} onSaved={reload} />

      {weekSessions.length > 0 && (
        <div class="card">
          <h2>Logged this week</h2>
          <SessionList sessions={weekSessions} onChanged={reload} />
        </div>
      )}
      <EarlierSessions sessions={data.sessions.filter((s) => s.day < week.start)} onChanged={reload} />

      <LazyDetails sessions={data.sessions} planKind={data.planKind} planStart={data.planStart} today={today} />
    </section>
  );
}

type Details = ComponentType<ProgressDetailsProps>;
let loadedDetails: Details | undefined;

/**
 * The rest of the screen, fetched once the first screenful is drawn (on a
 * launch: once it is on screen, app/after-first-screen): on a phone's launch
 * its code (the coach, the question bank, the charts) would otherwise stand
 * between the user and this week's figures.
 */
function LazyDetails(props: ProgressDetailsProps) {
  const [Details, setDetails] = useState<Details | undefined>(() => loadedDetails);
  const [failed, setFailed] = useState(false);
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (Details) return;
    let live = true;
    const cancel = afterFirstScreen(() =>
      void import('./ProgressDetails')
        .then((m) => {
          loadedDetails = m.default;
          if (live) setDetails(() => m.default);
        })
        .catch(() => live && setFailed(true)),
    );
    return () => {
      live = false;
      cancel();
    };
  }, [Details, attempt]);
  if (Details) return <Details {...props} />;
  if (!failed) return null;
  return (
    <div class="card" role="alert">
      <p class="error">The rest of Progress (the weekly log, the coach, the checklist) could not load.</p>
      <button type="button" class="button secondary" onClick={() => { setFailed(false); setAttempt((n) => n + 1); }}>Try again</button>
    </div>
  );
}
