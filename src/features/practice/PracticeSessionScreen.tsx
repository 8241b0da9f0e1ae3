import { useEffect, useRef, useState } from 'preact/hooks';
import { useRoute } from 'preact-iso';
import type { OptionId } from '../../domain/questions/schema';
import { isComplete, toggleOption } from '../../domain/practice/selection';
import { isCorrect } from '../../domain/practice/scoring';
import { getPracticeSession, savePracticeSession } from '../../lib/db/practice-sessions';
import { patchPracticeSession } from '../../lib/db/answer-taps';
import { applyPracticePatch, type PracticePatch } from '../../domain/practice/row-patch';
import { useLiveRow, type LiveRowSource } from '../../app/use-live-row';
import { useStoreChanges } from '../../app/use-live-reload';
import { warmDurableWrites } from '../../lib/db/durable-write';
import { listFlags, setFlag } from '../../lib/db/flags';
import type { PracticeSession } from '../../lib/db/schema';
import { describeStorageError } from '../../lib/db/errors';
import { showNotice } from '../../app/notices';
import { QuestionView } from './QuestionView';
import { useQuestion, useQuestions } from './use-questions';
import { findPack, questionById } from '../../lib/questions/question-bank';
import { arrangeSitting } from '../../lib/questions/arrange';
import { useStudyActivity } from '../../app/use-study-activity';
import { useDocumentTitle } from '../../app/document-title';
import { focusQuietly } from '../../app/route-focus';
import { useQuestionKeys } from './use-question-keys';
import { ShortcutsHelp } from './ShortcutsHelp';
import { SessionDone } from '../../app/pwa/StudyOffer';
import { takeStartPick } from '../../app/start-question';

/** A session by id; a link straight to a pack (or a search result's question) creates it. */
async function openSession(id: string): Promise<PracticeSession | undefined> {
  const s = await getPracticeSession(id);
  if (s) return s;
  const pack = await findPack(id);
  if (pack && pack.questionCount > 0) {
    const fresh: PracticeSession = { id: pack.id, packId: pack.id, title: pack.title, index: 0, answers: {}, updatedAt: Date.now(), ...(await arrangeSitting(pack.questionIds, false, takeStartPick(pack.id))) };
    await savePracticeSession(fresh);
    return fresh;
  }
  // A search result opens a single question: /practice/q-<id>/q.
  const single = id.startsWith('q-') ? id.slice(2) : null;
  if (single && (await questionById(single))) {
    const fresh: PracticeSession = { id: `q-${single}`, packId: null, title: 'One question', ...(await arrangeSitting([single])), index: 0, answers: {}, updatedAt: Date.now() };
    await savePracticeSession(fresh);
    return fresh;
  }
  return undefined;
}

const SOURCE: LiveRowSource<PracticeSession, PracticePatch> = {
  store: 'practice',
  load: getPracticeSession,
  open: (id) =>
    openSession(id).catch((e: unknown) => {
      showNotice({ tone: 'error', text: describeStorageError(e) });
      return undefined;
    }),
  apply: applyPracticePatch,
  write: patchPracticeSession,
};

/** A short session's score so far: right answers of those checked. */
function runningScore(s: PracticeSession, questions: ReadonlyMap<string, { answer: readonly OptionId[] }>): { right: number; checked: number } {
  const checked = s.questionIds.filter((id) => s.answers[id]?.checked && questions.has(id));
  return { right: checked.filter((id) => isCorrect(questions.get(id)!, s.answers[id]!.selected)).length, checked: checked.length };
}

export default function PracticeSessionScreen() {
  useStudyActivity('practice');
  const { params } = useRoute();
  const { row: session, latest, change, resetKey } = useLiveRow(params.sessionId ?? '', SOURCE);
  const [flags, setFlags] = useState<Set<string>>(new Set());
  const checking = useRef(false);
  const pruning = useRef(false);
  // Where focus goes once the next render is on screen: the new question's stem
  // after a move, the Next button after Check (the Check button turns into it).
  const focusAfter = useRef<{ to: 'stem' | 'action'; index: number } | null>(null);
  const stemRef = useRef<HTMLElement>(null);
  const actionRef = useRef<HTMLButtonElement>(null);
  const doneRef = useRef<HTMLHeadingElement>(null);
  const keys = useQuestionKeys();
  // No shortcuts until this render shows a question (set below): while the next one loads,
  // the last render's handlers would act on the question before it.
  keys.current = {};
  useDocumentTitle(session ? `Practice: ${session.title}` : null);

  useEffect(warmDurableWrites, []);
  const loadFlags = (): Promise<void> =>
    listFlags().then<void, void>(
      (f) => setFlags(new Set(f.map((x) => x.questionId))),
      (e: unknown) => {
        showNotice({ tone: 'error', text: describeStorageError(e) });
      },
    );
  useEffect(() => void loadFlags(), []);
  useStoreChanges(['flags'], loadFlags);

  // The first paint needs only the current question (its own small chunk);
  // the whole set loads after it, for the count and the summary.
  const current = session ? session.questionIds[session.index] ?? null : null;
  const question = useQuestion(current);
  const finished = session ? session.index >= session.questionIds.length : false;
  // A short session or drill keeps a running score, so it needs its (few) questions at once.
  const questions = useQuestions(finished || session?.kind ? 'now' : question === undefined ? 'never' : 'later', session ? session.questionIds : null);

  useEffect(() => {
    const want = focusAfter.current;
    if (!want || !session || session.index !== want.index) return;
    const atEnd = session.index >= session.questionIds.length;
    const el = atEnd ? doneRef.current : want.to === 'stem' ? (question?.id === current ? stemRef.current : null) : actionRef.current;
    if (!el) return;
    focusAfter.current = null;
    focusQuietly(el);
    if (want.to === 'stem') window.scrollTo({ top: 0 });
  });

  if (session === undefined) return null;
  if (session === null) {
    return (
      <section class="screen">
        <h2>Nothing to practise here</h2>
        <p><a href="/practice">Choose a pack</a></p>
      </section>
    );
  }

  // Questions no longer there (a deleted pack, a retired question) leave the session once the set is known.
  if (questions && session.questionIds.some((id) => !questions.has(id))) {
    if (!pruning.current) {
      pruning.current = true;
      void change({ kind: 'prune', keep: [...questions.keys()] }).finally(() => {
        pruning.current = false;
      });
    }
    return null;
  }
  const ids = session.questionIds;
  const index = Math.min(session.index, ids.length);
  const done = index >= ids.length;
  if (done && !questions) return null;

  const go = (index: number): void => {
    focusAfter.current = { to: 'stem', index };
    void change({ kind: 'move', index });
  };
  const back = session.kind === 'drill' ? '/progress' : session.packId ? `/practice/${session.packId}` : '/review';
  const tally = session.kind && questions ? runningScore(session, questions) : null;

  if (done && questions) {
    const checked = ids.filter((id) => session.answers[id]?.checked);
    const right = checked.filter((id) => isCorrect(questions.get(id)!, session.answers[id]?.selected)).length;
    return (
      <section class="screen">
        <div class="card">
          <h2 ref={doneRef} tabIndex={-1}>{session.title}: done</h2>
          {checked.length > 0 && <SessionDone />}
          <p class="big-number">{right} / {ids.length}</p>
          <p>You got {right} of the {checked.length} questions you checked right.</p>
          {session.kind && <p data-testid="short-summary">Saved to your <a href="/progress/scores">score history</a>{session.kind === 'drill' ? ', and your answers feed the exam forecast' : ''}.</p>}
          <div class="button-row">
            <button type="button" onClick={() => go(0)}>Go through again</button>
            <a class="button quiet-link" href={back}>Back</a>
          </div>
        </div>
      </section>
    );
  }

  const qid = ids[index]!;
  if (!question) return null;
  const state = session.answers[qid] ?? { selected: [], checked: false };
  const flagged = flags.has(qid);

  // The latest queued selection, not the last render: a quick second tick keeps the first.
  const queued = (): { selected: OptionId[]; checked: boolean } => latest.current?.answers[qid] ?? state;

  const toggle = (option: OptionId, _tappedAt: number, input: HTMLInputElement): 'refused' | void => {
    const base = queued();
    if (base.checked) return;
    const selected = toggleOption(base.selected, option, question.choose);
    if (input.checked && !selected.includes(option)) {
      input.checked = false; // "Choose TWO": a third tick is refused
      return 'refused';
    }
    void change({ kind: 'select', questionId: qid, selected }, false);
  };

  async function check(): Promise<void> {
    const { selected } = queued();
    if (checking.current || !isComplete(selected, question!.choose)) return;
    checking.current = true;
    focusAfter.current = { to: 'action', index };
    // The answer and its result ("last answered wrong", missed-question cards) commit together.
    const result = { questionId: qid, packId: session!.packId, selected, correct: isCorrect(question!, selected), answeredAt: Date.now() };
    await change({ kind: 'check', questionId: qid, selected, result });
    checking.current = false;
  }

  async function toggleFlag(): Promise<void> {
    try {
      await setFlag(qid, session!.packId, !flagged, Date.now());
      const next = new Set(flags);
      if (flagged) next.delete(qid);
      else next.add(qid);
      setFlags(next);
    } catch (e) {
      showNotice({ tone: 'error', text: describeStorageError(e) });
    }
  }

  const correct = state.checked && isCorrect(question, state.selected);
  keys.current = {
    pick: !state.checked,
    flag: () => void toggleFlag(),
    next: () => go(index + 1),
    previous: index > 0 ? () => go(index - 1) : undefined,
    check: state.checked ? undefined : () => void check(),
  };
  return (
    <section class="screen">
      <p class="muted">
        <a href={back}>{session.title}</a> · practice
        {tally && <span class="running-score" data-testid="running-score"> · {tally.right} of {tally.checked} right</span>}
      </p>
      <QuestionView question={question} number={index + 1} total={ids.length} selected={state.selected} onToggle={state.checked ? undefined : toggle} reveal={state.checked} resetKey={resetKey} stemRef={stemRef} shuffleSeed={session.shuffleSeed} />
      <div class="question-actions">
        {/* Always in the page (empty until Check), so the verdict is announced when it appears; beside the button the eye is on. */}
        <p role="status" class={`verdict ${state.checked ? (correct ? 'verdict-right' : 'verdict-wrong') : ''}`}>{state.checked ? (correct ? 'Right.' : 'Not quite.') : ''}</p>
        <div class="action-buttons">
          <button type="button" class="quiet" disabled={index === 0} onClick={() => go(index - 1)}>Previous</button>
          <button type="button" class="quiet" aria-pressed={flagged} onClick={() => void toggleFlag()}>{flagged ? 'Flagged ⚑' : 'Flag'}</button>
          {/* One button, Check then Next: focus stays on it across Check. */}
          <button
            type="button"
            ref={actionRef}
            disabled={!state.checked && !isComplete(state.selected, question.choose)}
            onClick={() => (state.checked ? go(index + 1) : void check())}
          >
            {state.checked ? (index + 1 === ids.length ? 'Finish' : 'Next') : 'Check'}
          </button>
        </div>
      </div>
      <ShortcutsHelp mode="practice" />
    </section>
  );
}
