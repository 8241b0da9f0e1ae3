import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { useLocation, useRoute } from 'preact-iso';
import { counts, filterNav, navItems, type NavFilter } from '../../domain/practice/navigator';
import { formatClock, isTimeUp, remainingMs } from '../../domain/practice/timer';
import { holdUpdateGuard } from '../../app/pwa/update-guard';
import { describeStorageError } from '../../lib/db/errors';
import { showNotice } from '../../app/notices';
import { useQuestions } from '../practice/use-questions';
import { submitExam, useAttempt } from './use-exam';
import { ExamNotFound } from './ExamNotFound';
import { useNow } from '../../app/use-now';
import { leaveEndedPage } from '../../app/history-back';
import { useStudyActivity } from '../../app/use-study-activity';
import { useDocumentTitle } from '../../app/document-title';
import { useBackCloses } from '../../app/use-back-closes';

const FILTERS: { value: NavFilter; label: string }[] = [
  { value: 'all', label: 'All' },
  { value: 'unanswered', label: 'Unanswered' },
  { value: 'flagged', label: 'Flagged' },
  { value: 'answered', label: 'Answered' },
];

export default function ExamReviewScreen() {
  useStudyActivity('practice');
  const { params } = useRoute();
  const { route } = useLocation();
  const { attempt, move, drain } = useAttempt(params.attemptId ?? '');
  // Only this exam's questions: the chunks that hold them, not the whole bank.
  const questions = useQuestions('now', attempt ? attempt.questionIds : null);
  const now = useNow();
  const [filter, setFilter] = useState<NavFilter>('all');
  const [confirming, setConfirming] = useState(false);
  useBackCloses(confirming, () => setConfirming(false));
  useDocumentTitle(attempt ? `Review before submitting: ${attempt.title}` : null);
  const confirmRef = useRef<HTMLParagraphElement>(null);
  // Focus moves to the question once, when it appears (not on every tick of the clock).
  useLayoutEffect(() => {
    if (!confirming) return;
    confirmRef.current?.focus({ preventScroll: true });
    // The whole question and both buttons in view, clear of the bottom navigation.
    confirmRef.current?.parentElement?.scrollIntoView({ block: 'center' });
  }, [confirming]);
  const submitting = useRef(false);
  const endedOnArrival = useRef<boolean | null>(null);
  if (attempt && endedOnArrival.current === null) endedOnArrival.current = attempt.submittedAt !== null;

  useEffect(() => {
    if (!attempt || attempt.submittedAt !== null) return;
    return holdUpdateGuard('timed exam');
  }, [attempt?.id, attempt?.submittedAt]);

  async function submit(timedOut: boolean): Promise<void> {
    if (!attempt || !questions || submitting.current) return;
    submitting.current = true;
    try {
      await drain();
      const done = await submitExam(attempt.id, questions, Date.now(), timedOut);
      route(done ? `/results/${done.id}` : '/practice', true);
    } catch (e) {
      submitting.current = false;
      showNotice({ tone: 'error', text: describeStorageError(e) });
    }
  }

  const gone = Boolean(attempt && questions && attempt.questionIds.every((id) => !questions.has(id)));
  useEffect(() => {
    if (attempt?.submittedAt) {
      // Ended before this page opened (Back from Results): step on back. Ended while open: its results.
      if (endedOnArrival.current) leaveEndedPage(`/results/${attempt.id}`, route);
      else route(`/results/${attempt.id}`, true);
    }
    // Nothing left to review or score: the exam screen explains and ends it.
    else if (attempt && gone) route(`/exam/${attempt.id}`, true);
    else if (attempt && questions && isTimeUp(attempt.deadline, now)) void submit(true);
  }, [now, attempt, questions]);

  if (attempt === null) return <ExamNotFound />;
  if (!attempt || !questions || attempt.submittedAt !== null || gone) return null;
  const ids = attempt.questionIds.filter((id) => questions.has(id));
  const items = navItems(ids, attempt.answers, new Set(attempt.flagged));
  const tally = counts(items);
  const shown = filterNav(items, filter);

  return (
    <section class="screen">
      <div class="exam-bar">
        <span class="clock" role="timer">{formatClock(remainingMs(attempt.deadline, now))}</span>
        <a href={`/exam/${attempt.id}`}>Back to the exam</a>
      </div>
      <h2>Review before submitting</h2>
      <div class="chips" role="group" aria-label="Show">
        {FILTERS.map((f) => (
          <button key={f.value} type="button" class="chip" aria-pressed={filter === f.value} onClick={() => setFilter(f.value)}>
            {f.label} ({tally[f.value]})
          </button>
        ))}
      </div>
      <ul class="plain-list review-list">
        {shown.map((it) => {
          const q = questions.get(it.id)!;
          return (
            <li key={it.id} class="row">
              <a
                href={`/exam/${attempt.id}`}
                onClick={(e) => {
                  e.preventDefault();
                  void move(it.number - 1).then(() => route(`/exam/${attempt.id}`));
                }}
              >
                <strong>{it.number}.</strong> {q.stem.length > 90 ? `${q.stem.slice(0, 90)}…` : q.stem}
              </a>
              <span class="muted">{it.answered ? 'answered' : 'unanswered'}{it.flagged ? ' · flagged' : ''}</span>
            </li>
          );
        })}
      </ul>
      {tally.unanswered > 0 && <p class="hint">{tally.unanswered} unanswered: an unanswered question counts as wrong, and guessing costs nothing.</p>}
      {confirming ? (
        // One jolt of the train must not end a long exam: with questions left open, Submit asks first.
        <div role="group" aria-labelledby="submit-confirm" class="card">
          <p id="submit-confirm" tabIndex={-1} ref={confirmRef}>
            <strong>{[tally.unanswered > 0 && `${tally.unanswered} unanswered`, tally.flagged > 0 && `${tally.flagged} flagged`].filter(Boolean).join(', ')}.</strong> Submit anyway?
          </p>
          <div class="button-row">
            <button type="button" onClick={() => void submit(false)}>Submit anyway</button>
            <button type="button" class="quiet" onClick={() => setConfirming(false)}>Keep going</button>
          </div>
        </div>
      ) : (
        <button type="button" onClick={() => (tally.unanswered > 0 || tally.flagged > 0 ? setConfirming(true) : void submit(false))}>Submit exam</button>
      )}
    </section>
  );
}
