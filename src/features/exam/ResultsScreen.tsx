import { DOMAIN_NAMES, DOMAIN_WEIGHTS, mostMissedTasks, TASK_NAMES } from '../../domain/questions/blueprint';
import { useEffect, useState } from 'preact/hooks';
import { useLocation, useRoute } from 'preact-iso';
import { answeredTallies, PASSING_SCALED, passed, weakAreas } from '../../domain/practice/scoring';
import { formatDuration } from '../../domain/practice/timer';
import { savePracticeSession } from '../../lib/db/practice-sessions';
import { describeStorageError } from '../../lib/db/errors';
import { showNotice } from '../../app/notices';
import { QuestionView } from '../practice/QuestionView';
import { useQuestions } from '../practice/use-questions';
import { useAttempt } from './use-exam';
import { useDocumentTitle } from '../../app/document-title';
import { SessionDone } from '../../app/pwa/StudyOffer';
import { arrangeSitting } from '../../lib/questions/arrange';



export default function ResultsScreen() {
  const { params } = useRoute();
  const { route } = useLocation();
  const { attempt, saveNote } = useAttempt(params.attemptId ?? '');
  // Only this exam's questions: the chunks that hold them, not the whole bank.
  const questions = useQuestions('now', attempt ? attempt.questionIds : null);
  const [note, setNote] = useState('');
  const [noteSaved, setNoteSaved] = useState(false);
  useDocumentTitle(attempt ? `Results: ${attempt.title}` : null);

  useEffect(() => {
    if (attempt) setNote(attempt.note);
  }, [attempt?.id]);

  if (attempt === undefined || (attempt && !questions)) return null;
  if (!attempt || !attempt.score || !questions) {
    return (
      <section class="screen">
        <h2>No results yet</h2>
        <p>{attempt ? <a href={`/exam/${attempt.id}`}>Back to the exam</a> : <a href="/practice">Practice</a>}</p>
      </section>
    );
  }
  const score = attempt.score;
  const ok = passed(score, attempt.targetPercent);
  const shown = attempt.questionIds.map((id) => questions.get(id)).filter((q) => q !== undefined);
  const tallies = answeredTallies(shown, attempt.answers);
  const weak = weakAreas(tallies, attempt.targetPercent);
  const missedTasks = mostMissedTasks(tallies.byTask);
  const used = (attempt.submittedAt ?? attempt.startedAt) - attempt.startedAt;
  // An imported pack deleted since: its score stands, its questions are gone.
  const gone = attempt.questionIds.filter((id) => !questions.has(id)).length;
  const here = (ids: readonly string[]): string[] => ids.filter((id) => questions.has(id));

  // Unanswered questions count as wrong in the score, but are not answers the user got wrong.
  const answered = (qid: string): boolean => (attempt?.answers[qid]?.length ?? 0) > 0;
  const answeredWrong = here(score.wrongIds.filter(answered));
  const unanswered = here(score.wrongIds.filter((qid) => !answered(qid)));
  const LISTS = { wrong: ['wrong answers', answeredWrong], unanswered: ['not answered', unanswered], flagged: ['flagged', here(attempt.flagged)] } as const;

  async function retake(kind: keyof typeof LISTS): Promise<void> {
    if (!attempt?.score) return;
    const [label, ids] = LISTS[kind];
    const id = `retake-${kind}-${attempt.id}`;
    try {
      await savePracticeSession({
        id, packId: attempt.packId, title: `${attempt.title}: ${label}`,
        ...(await arrangeSitting(ids, true)), index: 0, answers: {}, updatedAt: Date.now(),
      });
      route(`/practice/${id}/q`);
    } catch (e) {
      showNotice({ tone: 'error', text: describeStorageError(e) });
    }
  }

  return (
    <section class="screen">
      <div class="card">
        <h2>{attempt.title}: results</h2>
        <SessionDone />
        <p class={`result ${ok ? 'pass' : 'fail'}`}>{ok ? 'Pass' : 'Not yet'} against the {attempt.targetPercent}% target</p>
        <dl class="facts">
          <dt>Correct</dt><dd data-testid="correct">{score.correct} of {score.total} ({score.percent}%)</dd>
          <dt>Scaled score</dt><dd data-testid="scaled">{score.scaled} <span class="muted">(720 passes the real exam{score.scaled >= PASSING_SCALED ? ': above it' : ''})</span></dd>
          <dt>Time used</dt><dd>{formatDuration(used)} of {attempt.limitMinutes} min{attempt.timedOut ? ' (time ran out)' : ''}</dd>
        </dl>
        <p class="hint">The scaled score is an approximation: 100 + 900 × the fraction correct. AWS equates its forms and publishes no formula.</p>
      </div>
      {Object.keys(score.byDomain).length > 0 ? (
        <div class="card">
          <h2>By domain</h2>
          <div class="table-scroll" role="region" tabIndex={0} aria-label="Score by domain">
            <table>
              <thead><tr><th scope="col">Domain</th><th scope="col">Exam weight</th><th scope="col">Your score</th></tr></thead>
              <tbody>
                {Object.entries(score.byDomain).map(([d, t]) => {
                  const a = tallies.byDomain[d];
                  const skipped = t.total - (a?.total ?? 0);
                  return (
                    <tr key={d}>
                      <th scope="row">{d}. {DOMAIN_NAMES[d]}</th>
                      <td>{DOMAIN_WEIGHTS[d] !== undefined ? `${DOMAIN_WEIGHTS[d]}%` : '—'}</td>
                      <td>
                        {t.correct}/{t.total} ({Math.round((100 * t.correct) / t.total)}%)
                        {skipped > 0 && <span class="hint block">{skipped} not answered</span>}
                        {a && (100 * a.correct) / a.total < attempt.targetPercent && <span class="hint block">needs work</span>}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
          {weak.length > 0 && <p><strong>Weak areas:</strong> {weak.join(', ')}</p>}
          {missedTasks.length > 0 && (
            <div data-testid="missed-tasks">
              <h3>Most missed task statements</h3>
              <ol class="plain-list">
                {missedTasks.map((t) => (
                  <li key={t.task}><strong>Task {t.task}</strong> {TASK_NAMES[t.task] ?? ''}: {t.missed} of {t.total} answered wrong</li>
                ))}
              </ol>
            </div>
          )}
        </div>
      ) : (
        <div class="card">
          <h2>By domain</h2>
          <p class="muted">These questions are not mapped to exam domains, so there is no per-domain breakdown.</p>
        </div>
      )}
      <div class="card">
        <h2>Next steps</h2>
        <div class="button-row">
          <button type="button" disabled={answeredWrong.length === 0} onClick={() => void retake('wrong')}>Retake wrong only ({answeredWrong.length})</button>
          {unanswered.length > 0 && <button type="button" class="secondary" onClick={() => void retake('unanswered')}>Practise the unanswered ({unanswered.length})</button>}
          <button type="button" disabled={here(attempt.flagged).length === 0} onClick={() => void retake('flagged')}>Retake flagged ({here(attempt.flagged).length})</button>
        </div>
        <label class="stacked">
          Action items (your note for the score history)
          <textarea value={note} rows={3} maxLength={500} onInput={(e) => { setNote(e.currentTarget.value); setNoteSaved(false); }} />
        </label>
        <button type="button" class="quiet" onClick={() => void saveNote(note.trim()).then((saved) => setNoteSaved(saved))}>Save note</button>
        <span role="status">{noteSaved ? ' Saved.' : ''}</span>
      </div>
      <h2>Every question</h2>
      {gone > 0 && (
        <p class="muted">
          {gone === attempt.questionIds.length ? 'The questions of this attempt are' : `${gone} of these questions are`} no longer on this device (their
          imported pack was deleted). The score stands.
        </p>
      )}
      <ol class="plain-list result-questions">
        {attempt.questionIds.map((id, i) => {
          const q = questions.get(id);
          if (!q) return null;
          const right = !score.wrongIds.includes(id);
          const skipped = (attempt.answers[id]?.length ?? 0) === 0;
          return (
            <li key={id}>
              <details>
                <summary>
                  {/* Said in words, not only by a glyph or colour. */}
                  <span class={`mark ${right ? 'mark-right' : skipped ? 'mark-skipped' : 'mark-wrong'}`}>
                    <span aria-hidden="true">{right ? '✓' : skipped ? '–' : '✗'}</span> {right ? 'Right' : skipped ? 'Not answered' : 'Wrong'}
                  </span>{' · '}
                  {i + 1}. {q.stem.length > 80 ? `${q.stem.slice(0, 80)}…` : q.stem}
                  {attempt.flagged.includes(id) && <span> · <span aria-hidden="true">⚑</span> flagged</span>}
                </summary>
                <QuestionView question={q} number={i + 1} total={attempt.questionIds.length} selected={attempt.answers[id] ?? []} reveal level={3} shuffleSeed={attempt.shuffleSeed} />
              </details>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
