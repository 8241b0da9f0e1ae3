import { useEffect, useRef, useState } from 'preact/hooks';
import { useLocation, useRoute } from 'preact-iso';
import type { OptionId } from '../../domain/questions/schema';
import { toggleOption } from '../../domain/practice/selection';
import { formatClock, isTimeUp, remainingMs } from '../../domain/practice/timer';
import { checkpointsFor, paceHint } from '../../domain/practice/pacing';
import { counts, navItems } from '../../domain/practice/navigator';
import { holdUpdateGuard } from '../../app/pwa/update-guard';
import { describeStorageError } from '../../lib/db/errors';
import { showNotice } from '../../app/notices';
import { QuestionView } from '../practice/QuestionView';
import { useQuestions } from '../practice/use-questions';
import { submitExam, useAttempt } from './use-exam';
import { discardUnfinishedAttempt } from '../../lib/db/attempts';
import { ExamNotFound } from './ExamNotFound';
import { useNow } from '../../app/use-now';
import { leaveEndedPage } from '../../app/history-back';
import { useStudyActivity } from '../../app/use-study-activity';

/** An exam none of whose questions exist any more ends here, unscored, with a clear message. */
function QuestionsGone({ attemptId, title }: { attemptId: string; title: string }) {
  useEffect(() => {
    void discardUnfinishedAttempt(attemptId).catch((e: unknown) => showNotice({ tone: 'error', text: describeStorageError(e) }));
  }, [attemptId]);
  return (
    <section class="screen">
      <div class="card" role="status">
        <h2>This exam has ended</h2>
        <p>The questions of “{title}” are no longer in the app (the pack was deleted or updated), so the exam cannot go on. It was not scored and is not in your score history.</p>
        <p><a class="button" href="/practice">Choose a pack</a></p>
      </div>
    </section>
  );
}

export default function ExamScreen() {
  useStudyActivity('practice');
  const { params } = useRoute();
  const { route } = useLocation();
  const { attempt, latest, move, answer, resetKey, toggleFlag, drain } = useAttempt(params.attemptId ?? '');
  // Only this exam's questions: the chunks that hold them, not the whole bank.
  const questions = useQuestions('now', attempt ? attempt.questionIds : null);
  const now = useNow();
  const [showNav, setShowNav] = useState(false);
  const submitting = useRef(false);
  const endedOnArrival = useRef<boolean | null>(null);
  if (attempt && endedOnArrival.current === null) endedOnArrival.current = attempt.submittedAt !== null;

  // No reload for a new version while the exam runs.
  useEffect(() => {
    if (!attempt || attempt.submittedAt !== null) return;
    return holdUpdateGuard('timed exam');
  }, [attempt?.id, attempt?.submittedAt]);

  useEffect(() => {
    if (attempt?.submittedAt) {
      // Ended before this page opened (Back from Results): step on back. Ended while open: its results.
      if (endedOnArrival.current) leaveEndedPage(`/results/${attempt.id}`, route);
      else route(`/results/${attempt.id}`, true);
    }
  }, [attempt?.submittedAt]);

  // Time is up (also when reopened after the deadline): submit what was answered.
  useEffect(() => {
    if (!attempt || !questions || attempt.submittedAt !== null || !isTimeUp(attempt.deadline, now) || submitting.current) return;
    if (!attempt.questionIds.some((id) => questions.has(id))) return; // nothing to score: QuestionsGone ends it
    submitting.current = true;
    // Every answer still being saved is in the score: drain, then score the stored attempt.
    drain()
      .then(() => submitExam(attempt.id, questions, Date.now(), true))
      .then((done) => route(done ? `/results/${done.id}` : '/practice', true))
      .catch((e: unknown) => {
        submitting.current = false;
        showNotice({ tone: 'error', text: describeStorageError(e) });
      });
  }, [now, attempt, questions]);

  if (attempt === null) return <ExamNotFound />;
  if (attempt === undefined || !questions) return null;
  if (attempt.submittedAt !== null) return null;

  const ids = attempt.questionIds.filter((id) => questions.has(id));
  if (ids.length === 0) return <QuestionsGone attemptId={attempt.id} title={attempt.title} />;
  const index = Math.min(attempt.current, ids.length - 1);
  const qid = ids[index]!;
  const question = questions.get(qid)!;
  const selected = attempt.answers[qid] ?? [];
  const left = remainingMs(attempt.deadline, now);
  const items = navItems(ids, attempt.answers, new Set(attempt.flagged));
  const tally = counts(items);
  const hint = paceHint(tally.answered, left, checkpointsFor(ids.length, attempt.limitMinutes));
  const flagged = attempt.flagged.includes(qid);

  const toggle = (option: OptionId, tappedAt: number, input: HTMLInputElement): void => {
    // From the latest queued answer, not the last render: a quick second tick keeps the first.
    const base = latest.current?.answers[qid] ?? selected;
    const next = toggleOption(base, option, question.choose);
    if (input.checked && !next.includes(option)) {
      input.checked = false; // "Choose TWO": a third tick is refused
      return;
    }
    void answer(qid, next, tappedAt);
  };
  const go = (i: number): void => {
    setShowNav(false);
    void move(i);
  };

  return (
    <section class="screen exam">
      <div class="exam-bar" role="group" aria-label="Exam">
        <span class="clock" role="timer" aria-label={`Time remaining ${formatClock(left)}`}>{formatClock(left)}</span>
        <span class="muted">{tally.answered}/{ids.length} answered</span>
        <button type="button" class="quiet" aria-expanded={showNav} onClick={() => setShowNav(!showNav)}>Questions</button>
      </div>
      {hint && (
        <p class={`pace pace-${hint.kind}`} role="status">
          {hint.kind === 'on-pace'
            ? `On pace: ${hint.remainingMinutes} minutes left after question ${hint.checkpoint.afterQuestion}.`
            : `A little behind: the guide aims for about ${hint.checkpoint.remainingMinutes} minutes left after question ${hint.checkpoint.afterQuestion}. Answer, flag, move on.`}
        </p>
      )}
      {showNav && (
        <nav class="navigator" aria-label="Question navigator">
          <p class="muted">{tally.answered} answered · {tally.unanswered} unanswered · {tally.flagged} flagged</p>
          <ol>
            {items.map((it) => (
              <li key={it.id}>
                <button
                  type="button"
                  class={`nav-cell ${it.answered ? 'answered' : ''} ${it.flagged ? 'flagged' : ''}`}
                  aria-current={it.number === index + 1 ? 'step' : undefined}
                  aria-label={`Question ${it.number}, ${it.answered ? 'answered' : 'unanswered'}${it.flagged ? ', flagged' : ''}`}
                  onClick={() => go(it.number - 1)}
                >
                  {it.number}
                </button>
              </li>
            ))}
          </ol>
        </nav>
      )}
      <QuestionView question={question} number={index + 1} total={ids.length} selected={selected} onToggle={toggle} reveal={false} resetKey={resetKey} shuffleSeed={attempt.shuffleSeed} />
      <div class="question-actions">
        <button type="button" class="quiet" disabled={index === 0} onClick={() => go(index - 1)}>Previous</button>
        <button type="button" class="quiet" aria-pressed={flagged} onClick={() => void toggleFlag(qid)}>{flagged ? 'Flagged ⚑' : 'Flag for review'}</button>
        {index + 1 < ids.length ? (
          <button type="button" onClick={() => go(index + 1)}>Next</button>
        ) : (
          <a class="button" href={`/exam/${attempt.id}/review`}>Review and submit</a>
        )}
      </div>
      <p><a href={`/exam/${attempt.id}/review`}>Review all questions before submitting</a></p>
    </section>
  );
}
