import { useState } from 'preact/hooks';
import { chapters } from 'virtual:guide';
import { formatMinutes, toLocalDay, totalMinutes, weekOf } from '../../domain/study/days';
import { planFor } from '../../domain/plan/schedule';
import { weeklyLog, studyStreak } from '../../domain/study/weekly-log';
import { autoTicks, bestScores, checklistTicks, COMPLETION_ITEMS } from '../../domain/study/completion';
import { readiness } from '../../domain/study/readiness';
import { timerState } from '../../domain/study/timer';
import {
  chapterReadsFrom,
  formatHours,
  PHASE_LABELS,
  QUICK_ADDS,
  RATING_TEXT,
  streakText,
} from '../../domain/study/progress-view';
import { saveStudySession } from '../../lib/db/study-sessions';
import { describeStorageError } from '../../lib/db/errors';
import { showNotice } from '../../app/notices';
import { useProgressData, type ProgressData } from './use-progress-data';
import { EarlierSessions, labelDay, SessionList } from './SessionList';
import { useStoreChanges } from '../../app/use-live-reload';
import { useToday } from '../../app/use-today';
import { PlanSection } from './PlanSection';
import { HoursChart } from './HoursChart';
import { ScoreChart } from './ScoreChart';
import { ChecklistSection } from './ChecklistSection';
import { ReadinessSection } from './ReadinessSection';
import { CoachSection } from '../coach/CoachSection';
import { noteStudySessionDone } from '../../app/pwa/study-milestone';
import { dayFormat } from '../../lib/date-format';

const chapterTitle = (id: string): string => chapters.find((c) => c.id === id)?.title ?? id;
const labelShort = dayFormat({ day: 'numeric', month: 'short' });

export default function ProgressScreen() {
  const { data, error, reload } = useProgressData();
  useStoreChanges(['studySessions', 'settings', 'reading', 'attempts', 'checklist', 'timer', 'results', 'ownPacks'], reload);
  // Render once everything is read (a few ms): content that appears in pieces
  // would shift the layout under the reader's thumb.
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
  const plan = planFor(data.planKind);
  const reads = chapterReadsFrom(data.reading);
  const readSet = new Set(reads.map((r) => r.chapterId));
  const finished = data.attempts.filter((a) => a.score && a.submittedAt !== null);
  const attemptLikes = finished.map((a) => ({ packId: a.packId, percent: a.score!.percent, submittedAt: a.submittedAt! }));
  const ticks = checklistTicks(
    COMPLETION_ITEMS,
    autoTicks(COMPLETION_ITEMS, { readChapters: readSet, bestScores: bestScores(attemptLikes) }),
    data.checklist,
  );
  const ready = readiness({ attempts: attemptLikes, readChapters: readSet, checklist: data.checklist });
  const streak = studyStreak(data.sessions, today);
  const log = data.planStart ? weeklyLog({ startDay: data.planStart, today, sessions: data.sessions, chapterReads: reads, planWeeks: plan.weeks }) : null;
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

      {log && (
        <section class="card" aria-labelledby="weekly-log-title">
          <h2 id="weekly-log-title">Weekly Progress Log</h2>
          <HoursChart rows={log.rows} />
          <div class="table-scroll" role="region" tabIndex={0} aria-label="Weekly Progress Log table">
            <table class="weekly-log">
              <caption class="visually-hidden">Hours studied and chapters completed per plan week</caption>
              <thead>
                <tr><th scope="col">Week</th><th scope="col">Hours studied</th><th scope="col">Chapters completed</th></tr>
              </thead>
              <tbody>
                {log.rows.map((r) => (
                  <tr key={r.week}>
                    <th scope="row">Week {r.week}<span class="hint block">{labelShort(r.start)}</span></th>
                    <td>
                      {formatHours(r.hours)}
                      {r.trackedMinutes > 0 && <span class="hint block">{formatMinutes(r.trackedMinutes)} logged by the app</span>}
                      <span class="hint block">{RATING_TEXT[r.rating]}</span>
                    </td>
                    <td>{r.chapters.length > 0 ? r.chapters.map(chapterTitle).join(', ') : '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {log.beforeStartMinutes > 0 && <p class="hint">{formatMinutes(log.beforeStartMinutes)} logged before the plan started.</p>}
        </section>
      )}

      <CoachSection data={data.coach} />

      {finished.length > 0 && (
        <section class="card" aria-labelledby="score-trend-title">
          <h2 id="score-trend-title">Score trend</h2>
          <ScoreChart attempts={finished} />
          <a href="/progress/scores">Score history table</a>
        </section>
      )}

      <ChecklistSection ticks={ticks} onChanged={reload} />
      <ReadinessSection result={ready} onChanged={reload} />
    </section>
  );
}
