import { useEffect, useRef, useState } from 'preact/hooks';
import { useLocation, useRoute } from 'preact-iso';
import type { OptionId } from '../../domain/questions/schema';
import { toggleOption } from '../../domain/practice/selection';
import { formatClock, isTimeUp, remainingMs } from '../../domain/practice/timer';
import { checkpointsFor, paceAnnouncement, paceHint, paceState, timeWarning, type PaceState } from '../../domain/practice/pacing';
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
import { useDocumentTitle } from '../../app/document-title';
import { focusQuietly } from '../../app/route-focus';
import { useQuestionKeys } from '../practice/use-question-keys';
import { ShortcutsHelp } from '../practice/ShortcutsHelp';
import { useBackCloses } from '../../app/use-back-closes';

/**
 * The pace said out loud: only when its category changes or a time warning
 * falls due, not each minute as the visible hint's count changes.
 */
function usePaceAnnouncement(state: PaceState | null): string {
  const [text, setText] = useState('');
  const last = useRef<PaceState | null>(null);
  const key = state ? JSON.stringify(state) : '';
  useEffect(() => {
    if (!state) return;
    const said = paceAnnouncement(last.current, state);
    last.current = state;
    if (said) setText(said);
  }, [key]);
  return text;
}

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
  useBackCloses(showNav, () => setShowNav(false));
  const submitting = useRef(false);
  const endedOnArrival = useRef<boolean | null>(null);
  if (attempt && endedOnArrival.current === null) endedOnArrival.current = attempt.submittedAt !== null;
  const navToggle = useRef<HTMLButtonElement>(null);
  const navRef = useRef<HTMLElement>(null);
  const stemRef = useRef<HTMLElement>(null);
  // After a move, the new question's stem takes focus once it is on screen.
  const focusAfter = useRef<number | null>(null);
  const keys = useQuestionKeys();
  // No shortcuts until this render shows a question (set below): while the next one loads,
  // the last render's handlers would act on the question before it.
  keys.current = {};
  useDocumentTitle(attempt ? `Exam: ${attempt.title}` : null);

  const ready = attempt && questions && attempt.submittedAt === null;
  const live = ready ? attempt.questionIds.filter((id) => questions.has(id)) : [];
  const pace = ready && live.length > 0
    ? paceState(
        paceHint(counts(navItems(live, attempt.answers, new Set(attempt.flagged))).answered, remainingMs(attempt.deadline, now), checkpointsFor(live.length, attempt.limitMinutes)),
        timeWarning(remainingMs(attempt.deadline, now), attempt.limitMinutes),
      )
    : null;
  const announcement = usePaceAnnouncement(pace);

  useEffect(() => {
    if (focusAfter.current === null || !attempt || Math.min(attempt.current, live.length - 1) !== focusAfter.current) return;
    focusAfter.current = null;
    focusQuietly(stemRef.current);
    window.scrollTo({ top: 0 });
  });

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

  const toggle = (option: OptionId, tappedAt: number, input: HTMLInputElement): 'refused' | void => {
    // From the latest queued answer, not the last render: a quick second tick keeps the first.
    const base = latest.current?.answers[qid] ?? selected;
    const next = toggleOption(base, option, question.choose);
    if (input.checked && !next.includes(option)) {
      input.checked = false; // "Choose TWO": a third tick is refused
      return 'refused';
    }
    void answer(qid, next, tappedAt);
  };
  const go = (i: number): void => {
    setShowNav(false);
    focusAfter.current = i;
    void move(i);
  };
  const closeNav = (): void => {
    setShowNav(false);
    navToggle.current?.focus();
  };
  keys.current = {
    pick: true,
    flag: () => void toggleFlag(qid),
    next: index + 1 < ids.length ? () => go(index + 1) : undefined,
    previous: index > 0 ? () => go(index - 1) : undefined,
  };

  return (
    <section class="screen exam">
      <div class="exam-bar" role="group" aria-label="Exam">
        <span class="clock" role="timer" aria-label={`Time remaining ${formatClock(left)}`}>{formatClock(left)}</span>
        <span class="muted">{tally.answered}/{ids.length} answered</span>
        <button
          type="button"
          class="quiet"
          ref={navToggle}
          aria-expanded={showNav}
          aria-controls="question-navigator"
          onClick={() => setShowNav(!showNav)}
          onFocusOut={(e) => {
            // From the toggle to anywhere but its navigator: the navigator closes too.
            const to = e.relatedTarget as Node | null;
            if (showNav && !(to && navRef.current?.contains(to))) setShowNav(false);
          }}
          onKeyDown={(e) => {
            if (e.key === 'Escape' && showNav) {
              e.preventDefault();
              setShowNav(false);
            }
          }}
        >
          Questions
        </button>
      </div>
      {/* The visible hint counts minutes; only category changes and time warnings are spoken. */}
      {hint && (
        <p class={`pace pace-${hint.kind}`}>
          {hint.kind === 'on-pace'
            ? `On pace: ${hint.remainingMinutes} minutes left after question ${hint.checkpoint.afterQuestion}.`
            : `A little behind: the guide aims for about ${hint.checkpoint.remainingMinutes} minutes left after question ${hint.checkpoint.afterQuestion}. Answer, flag, move on.`}
        </p>
      )}
      <p class="visually-hidden pace-announcer" role="status" data-testid="pace-announcer">{announcement}</p>
      {showNav && (
        <nav
          class="navigator"
          id="question-navigator"
          aria-label="Question navigator"
          ref={navRef}
          onKeyDown={(e) => {
            if (e.key === 'Escape') {
              e.preventDefault();
              closeNav();
            }
          }}
          onFocusOut={(e) => {
            // Closes once focus leaves it (but not for its own toggle, which closes it anyway).
            const to = e.relatedTarget as Node | null;
            if (to && (navRef.current?.contains(to) || to === navToggle.current)) return;
            setShowNav(false);
          }}
        >
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
      <QuestionView question={question} number={index + 1} total={ids.length} selected={selected} onToggle={toggle} reveal={false} resetKey={resetKey} stemRef={stemRef} shuffleSeed={attempt.shuffleSeed} />
      <p><a href={`/exam/${attempt.id}/review`}>Review all questions before submitting</a></p>
      <div class="question-actions">
        <div class="action-buttons">
          <button type="button" class="quiet" disabled={index === 0} onClick={() => go(index - 1)}>Previous</button>
          <button type="button" class="quiet" aria-pressed={flagged} onClick={() => void toggleFlag(qid)}>{flagged ? 'Flagged ⚑' : 'Flag for review'}</button>
          {index + 1 < ids.length ? (
            <button type="button" onClick={() => go(index + 1)}>Next</button>
          ) : (
            <a class="button" href={`/exam/${attempt.id}/review`}>Review and submit</a>
          )}
        </div>
      </div>
      <ShortcutsHelp mode="exam" />
    </section>
  );
}
