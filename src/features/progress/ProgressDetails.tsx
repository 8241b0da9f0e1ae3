// Progress below this week's card, the plan and the logged sessions: the weekly
// log, the coach, the score trend, the checklist and readiness. A chunk of its own,
// loaded once the first screenful is on screen: it brings the coach, the
// question bank and the charts, which the week card and the plan do not need.
import { chapters } from 'virtual:guide';
import type { StudySession } from '../../lib/db/schema';
import { formatMinutes } from '../../domain/study/days';
import { planFor } from '../../domain/plan/schedule';
import { weeklyLog } from '../../domain/study/weekly-log';
import { autoTicks, bestScores, checklistTicks, COMPLETION_ITEMS } from '../../domain/study/completion';
import { readiness } from '../../domain/study/readiness';
import { chapterReadsFrom, formatHours, RATING_TEXT } from '../../domain/study/progress-view';
import { HoursChart } from './HoursChart';
import { ScoreChart } from './ScoreChart';
import { ChecklistSection } from './ChecklistSection';
import { ReadinessSection } from './ReadinessSection';
import { CoachSection } from '../coach/CoachSection';
import { dayFormat } from '../../lib/date-format';
import { useProgressDetails } from './use-progress-details';

const chapterTitle = (id: string): string => chapters.find((c) => c.id === id)?.title ?? id;
const labelShort = dayFormat();

export interface ProgressDetailsProps {
  sessions: readonly StudySession[];
  planKind: '8' | '10';
  planStart: string;
  today: string;
}

export default function ProgressDetails({ sessions, planKind, planStart, today }: ProgressDetailsProps) {
  const { data, error, reload } = useProgressDetails();
  if (!data) return error ? <p role="alert" class="error">{error}</p> : null;
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
  const log = planStart ? weeklyLog({ startDay: planStart, today, sessions: [...sessions], chapterReads: reads, planWeeks: planFor(planKind).weeks }) : null;

  return (
    <>
      {error && <p role="alert" class="error">{error}</p>}
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
    </>
  );
}
