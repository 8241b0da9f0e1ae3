import { useEffect, useState } from 'preact/hooks';
import { listAttempts } from '../../lib/db/attempts';
import { listPracticeSessions } from '../../lib/db/practice-sessions';
import type { Attempt, PracticeSession } from '../../lib/db/schema';
import { weakAreas } from '../../domain/practice/scoring';
import { summarizeSession, type SessionSummary } from '../../domain/practice/short-session';
import { questionsFor } from '../../lib/questions/question-bank';
import { loadCoachData, type CoachData } from '../coach/coach-data';
import { ForecastChart } from '../coach/ForecastChart';
import { ScoreChart } from './ScoreChart';

interface ShortRow {
  session: PracticeSession;
  summary: SessionSummary;
}

/** Finished short sessions and drills, newest first, each with its summary. */
async function loadShortRows(): Promise<ShortRow[]> {
  const finished = (await listPracticeSessions()).filter((s) => s.kind && s.finishedAt !== undefined).sort((a, b) => b.finishedAt! - a.finishedAt!);
  if (finished.length === 0) return [];
  const questions = await questionsFor([...new Set(finished.flatMap((s) => s.questionIds))]);
  return finished.map((session) => ({ session, summary: summarizeSession(session, questions) }));
}

export default function ScoresScreen() {
  const [state, setState] = useState<{ attempts: Attempt[]; short: ShortRow[]; coach: CoachData | null } | null>(null);
  useEffect(() => {
    void Promise.all([
      listAttempts().then((all) => all.filter((a) => a.score)).catch(() => [] as Attempt[]),
      loadShortRows().catch(() => [] as ShortRow[]),
      loadCoachData().catch(() => null),
    ]).then(([attempts, short, coach]) => setState({ attempts, short, coach }));
  }, []);
  if (!state) return null;
  const { attempts, short, coach } = state;
  const exams = attempts.filter((a) => a.submittedAt !== null).map((a) => ({ at: a.submittedAt!, scaled: a.score!.scaled }));
  return (
    <section class="screen">
      <h2>Practice Test Score Tracking</h2>
      {coach && coach.trend.length > 0 && (
        <>
          <h3>Exam forecast over time</h3>
          <ForecastChart trend={coach.trend} exams={exams} />
        </>
      )}
      {attempts.length === 0 ? (
        <p class="muted">Finish an exam in the Practice tab and its score appears here.</p>
      ) : (
        <>
          <ScoreChart attempts={attempts} />
          <div class="table-scroll" role="region" tabIndex={0} aria-label="Score history">
            <table class="scores">
              <thead>
                <tr><th scope="col">Test</th><th scope="col">Date</th><th scope="col">Score</th><th scope="col">Weak Areas</th><th scope="col">Action Items</th></tr>
              </thead>
              <tbody>
                {attempts.map((a) => (
                  <tr key={a.id}>
                    <th scope="row"><a href={`/results/${a.id}`}>{a.title}</a></th>
                    <td>{new Date(a.startedAt).toLocaleDateString()}</td>
                    <td>{a.score!.percent}% ({a.score!.scaled})</td>
                    <td>{weakAreas(a.score!, a.targetPercent).join(', ') || '—'}</td>
                    <td>{a.note || <a href={`/results/${a.id}`}>Add a note</a>}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
      {short.length > 0 && (
        <>
          <h3>Short sessions and drills</h3>
          <div class="table-scroll" role="region" tabIndex={0} aria-label="Short sessions and drills">
            <table class="scores" data-testid="short-history">
              <thead>
                <tr><th scope="col">Session</th><th scope="col">Date</th><th scope="col">Score</th><th scope="col">Missed in</th></tr>
              </thead>
              <tbody>
                {short.map(({ session: s, summary }) => (
                  <tr key={s.id}>
                    <th scope="row"><a href={`/practice/${s.id}/q`}>{s.title}</a></th>
                    <td>{new Date(s.finishedAt!).toLocaleDateString()}</td>
                    <td>{summary.right} / {summary.checked} ({summary.percent}%)</td>
                    <td>{summary.missedTasks.map((t) => `Task ${t}`).join(', ') || '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
