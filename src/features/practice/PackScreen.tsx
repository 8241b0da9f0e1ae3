import { useEffect, useState } from 'preact/hooks';
import { useLocation, useRoute } from 'preact-iso';
import { EXAM_QUESTIONS, examMinutes, examQuestionIds, shuffledIds } from '../../domain/questions/packs';
import { accommodatedMinutes, deadlineFor } from '../../domain/practice/timer';
import { findUnfinishedAttempt, listAttempts, saveAttempt } from '../../lib/db/attempts';
import { getPracticeSession, savePracticeSession } from '../../lib/db/practice-sessions';
import type { Attempt, PracticeSession } from '../../lib/db/schema';
import { describeStorageError } from '../../lib/db/errors';
import { usePack } from './use-questions';
import { OwnPackActions } from './OwnPackActions';
import { arrangeSitting } from '../../lib/questions/arrange';
import { ShortSessionCard } from './ShortSessionCard';
import { useDocumentTitle } from '../../app/document-title';

export default function PackScreen() {
  const { params } = useRoute();
  const { route } = useLocation();
  const pack = usePack(params.packId);
  const [session, setSession] = useState<PracticeSession | null | undefined>(undefined);
  const [attempts, setAttempts] = useState<Attempt[]>([]);
  /** An exam still running (any pack's): "Start exam" would reopen it, so the button says so. */
  const [running, setRunning] = useState<Attempt | null>(null);
  const [extraTime, setExtraTime] = useState(false);
  const [error, setError] = useState<string | null>(null);
  useDocumentTitle(pack ? `Practice: ${pack.title}` : null);

  useEffect(() => {
    if (!pack) return;
    void Promise.all([getPracticeSession(pack.id), listAttempts()])
      .then(([s, all]) => {
        setSession(s ?? null);
        setAttempts(all.filter((a) => a.packId === pack.id && a.submittedAt !== null));
        setRunning(all.find((a) => a.submittedAt === null) ?? null);
      })
      .catch((e: unknown) => setError(describeStorageError(e)));
  }, [pack?.id]);

  if (pack === undefined) return null;
  if (!pack) {
    return (
      <section class="screen">
        <h2>Pack not found</h2>
        <p><a href="/practice">All packs</a></p>
      </section>
    );
  }
  if (session === undefined && !error) return null;
  // A bank bigger than the real exam sits it like the real exam: 65 at random.
  const examSize = Math.min(pack.questionCount, EXAM_QUESTIONS);
  const minutes = examMinutes(pack, examSize);
  const limit = extraTime ? accommodatedMinutes(minutes) : minutes;

  async function startPractice(restart: boolean): Promise<void> {
    try {
      if (!pack) return;
      if (!session || restart) {
        const order = await arrangeSitting(pack.questionIds);
        await savePracticeSession({ id: pack.id, packId: pack.id, title: pack.title, ...order, index: 0, answers: {}, updatedAt: Date.now() });
      }
      route(`/practice/${pack.id}/q`);
    } catch (e) {
      setError(describeStorageError(e));
    }
  }

  async function startExam(): Promise<void> {
    try {
      if (!pack) return;
      const running = await findUnfinishedAttempt();
      if (running) {
        route(`/exam/${running.id}`);
        return;
      }
      const now = Date.now();
      // A full test sits all its questions; a bigger bank, 65 drawn at random. Then the user's shuffle setting.
      const order = await arrangeSitting(pack.kind === 'full' ? pack.questionIds : examQuestionIds(pack.questionIds, Math.random));
      const attempt: Attempt = {
        id: `${pack.id}-${now}`, packId: pack.id, title: pack.title, ...order, answers: {}, flagged: [], current: 0,
        startedAt: now, deadline: deadlineFor(now, limit), limitMinutes: limit, targetPercent: pack.targetPercent,
        submittedAt: null, timedOut: false, score: null, note: '',
      };
      await saveAttempt(attempt);
      route(`/exam/${attempt.id}`);
    } catch (e) {
      setError(describeStorageError(e));
    }
  }

  const answered = session ? Object.values(session.answers).filter((a) => a.checked).length : 0;
  return (
    <section class="screen">
      <div class="card">
        <h2>{pack.title}</h2>
        <p>{pack.focus}</p>
        <p class="muted">
          {pack.questionCount} questions · target {pack.targetPercent}%
          {pack.plannedCount && pack.plannedCount > pack.questionCount ? ` · ${pack.plannedCount - pack.questionCount} still to be written` : ''}
        </p>
        {error && <p role="alert" class="error">{error}</p>}
        {pack.kind === 'own' && <OwnPackActions pack={pack} />}
      </div>
      {pack.questionCount === 0 ? (
        <div class="card">
          <p>The questions of this pack are not written yet. Each one is written for this app and reviewed blind by a second reviewer before it ships.</p>
        </div>
      ) : (
        <>
          <div class="card">
            <h2>Practice</h2>
            <p>One question at a time, with every option explained when you check your answer.</p>
            {session && answered > 0 ? (
              <div class="button-row">
                <button type="button" onClick={() => void startPractice(false)}>Continue ({answered}/{session.questionIds.length})</button>
                <button type="button" class="quiet" onClick={() => void startPractice(true)}>Start over</button>
              </div>
            ) : (
              <button type="button" onClick={() => void startPractice(true)}>Start practice</button>
            )}
          </div>
          <ShortSessionCard pack={pack} />
          <div class="card">
            <h2>Exam mode</h2>
            <p>
              Timed like the real exam, no feedback until you submit. {examSize} questions in {limit} minutes
              {examSize < pack.questionCount ? `, drawn at random from the ${pack.questionCount}` : ''}.
            </p>
            <label class="radio">
              <input type="checkbox" checked={extraTime} onChange={(e) => setExtraTime(e.currentTarget.checked)} />
              Extra time (ESL accommodation: {accommodatedMinutes(minutes)} minutes)
            </label>
            {running && running.packId !== pack.id && (
              <p class="hint">Your exam of {running.title} is still running: finish or submit it before starting another.</p>
            )}
            <button type="button" onClick={() => void startExam()}>
              {!running ? 'Start exam' : running.packId === pack.id ? 'Resume exam' : `Resume ${running.title} exam`}
            </button>
          </div>
        </>
      )}
      {attempts.length > 0 && (
        <div class="card">
          <h2>Your attempts</h2>
          <ul class="plain-list">
            {attempts.map((a) => (
              <li key={a.id} class="row">
                <a href={`/results/${a.id}`}>{new Date(a.startedAt).toLocaleDateString()} · {a.score?.percent ?? 0}% · {a.score?.scaled ?? 100}</a>
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
