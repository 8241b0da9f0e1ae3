import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { useRoute } from 'preact-iso';
import type { OptionId } from '../../domain/questions/schema';
import { isComplete, toggleOption } from '../../domain/practice/selection';
import { isCorrect } from '../../domain/practice/scoring';
import { getPracticeSession, savePracticeSession } from '../../lib/db/practice-sessions';
import { savePracticeAnswer } from '../../lib/db/answer-taps';
import { warmDurableWrites } from '../../lib/db/durable-write';
import { recordResults } from '../../lib/db/results';
import { listFlags, setFlag } from '../../lib/db/flags';
import type { PracticeSession } from '../../lib/db/schema';
import { describeStorageError } from '../../lib/db/errors';
import { showNotice } from '../../app/notices';
import { createWriteQueue } from '../../lib/db/write-queue';
import { QuestionView } from './QuestionView';
import { useQuestion, useQuestions } from './use-questions';
import { findPack, questionById } from '../../lib/questions/question-bank';

export default function PracticeSessionScreen() {
  const { params } = useRoute();
  const [session, setSession] = useState<PracticeSession | null | undefined>(undefined);
  const [flags, setFlags] = useState<Set<string>>(new Set());
  const [busy, setBusy] = useState(false);
  const [resetKey, setResetKey] = useState(0);
  const pruning = useRef(false);
  const writes = useMemo(() => createWriteQueue((e) => showNotice({ tone: 'error', text: describeStorageError(e) })), []);

  useEffect(warmDurableWrites, []);
  useEffect(() => {
    void Promise.all([getPracticeSession(params.sessionId ?? ''), listFlags()])
      .then(async ([s, f]) => {
        setFlags(new Set(f.map((x) => x.questionId)));
        // A link straight to a pack's practice starts it.
        const pack = s ? undefined : await findPack(params.sessionId ?? '');
        if (!s && pack && pack.questionCount > 0) {
          const fresh: PracticeSession = {
            id: pack.id, packId: pack.id, title: pack.title, index: 0, answers: {}, updatedAt: Date.now(),
            questionIds: [...pack.questionIds],
          };
          await savePracticeSession(fresh);
          setSession(fresh);
          return;
        }
        // A search result opens a single question: /practice/q-<id>/q.
        const single = params.sessionId?.startsWith('q-') ? params.sessionId.slice(2) : null;
        if (!s && single && (await questionById(single))) {
          const fresh: PracticeSession = { id: `q-${single}`, packId: null, title: `Question ${single}`, questionIds: [single], index: 0, answers: {}, updatedAt: Date.now() };
          await savePracticeSession(fresh);
          setSession(fresh);
          return;
        }
        setSession(s ?? null);
      })
      .catch((e: unknown) => showNotice({ tone: 'error', text: describeStorageError(e) }));
  }, [params.sessionId]);

  // The first paint needs only the current question (its own small chunk);
  // the whole set loads after it, for the count and the summary.
  const current = session ? session.questionIds[session.index] ?? null : null;
  const question = useQuestion(current);
  const finished = session ? session.index >= session.questionIds.length : false;
  const questions = useQuestions(finished ? 'now' : question === undefined ? 'never' : 'later');

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
      const before = session.questionIds.slice(0, session.index).filter((id) => !questions.has(id)).length;
      void commit({ ...session, questionIds: session.questionIds.filter((id) => questions.has(id)), index: session.index - before }).finally(() => {
        pruning.current = false;
      });
    }
    return null;
  }
  const ids = session.questionIds;
  const index = Math.min(session.index, ids.length);
  const done = index >= ids.length;
  if (done && !questions) return null;

  /** Moving on: every earlier write and this one commit before the screen changes. */
  async function commit(next: PracticeSession): Promise<boolean> {
    setBusy(true);
    const ok = await writes.push(() => savePracticeSession({ ...next, updatedAt: Date.now() }));
    if (ok) setSession(next);
    setBusy(false);
    return ok;
  }

  /** A tap: the control shows it at once; state follows the committed write. */
  function choose(next: PracticeSession): void {
    void writes.push(() => savePracticeAnswer({ ...next, updatedAt: Date.now() }).then(() => undefined)).then((ok) => {
      if (ok) setSession(next);
      else setResetKey((k) => k + 1);
    });
  }

  if (done && questions) {
    const checked = ids.filter((id) => session.answers[id]?.checked);
    const right = checked.filter((id) => isCorrect(questions.get(id)!, session.answers[id]?.selected)).length;
    return (
      <section class="screen">
        <div class="card">
          <h2>{session.title}: done</h2>
          <p class="big-number">{right} / {ids.length}</p>
          <p>You got {right} of the {checked.length} questions you checked right.</p>
          <div class="button-row">
            <button type="button" onClick={() => void commit({ ...session, index: 0 })}>Go through again</button>
            <a class="button quiet-link" href={session.packId ? `/practice/${session.packId}` : '/review'}>Back</a>
          </div>
        </div>
      </section>
    );
  }

  const qid = ids[index]!;
  if (!question) return null;
  const state = session.answers[qid] ?? { selected: [], checked: false };
  const flagged = flags.has(qid);

  const toggle = (option: OptionId, _tappedAt: number, input: HTMLInputElement): void => {
    if (state.checked) return;
    const selected = toggleOption(state.selected, option, question.choose);
    if (input.checked && !selected.includes(option)) {
      input.checked = false; // "Choose TWO": a third tick is refused
      return;
    }
    choose({ ...session, answers: { ...session.answers, [qid]: { selected, checked: false } } });
  };

  async function check(): Promise<void> {
    const ok = await commit({ ...session!, answers: { ...session!.answers, [qid]: { selected: state.selected, checked: true } } });
    if (ok) {
      await recordResults([{ questionId: qid, packId: session!.packId, selected: state.selected, correct: isCorrect(question!, state.selected), answeredAt: Date.now() }]).catch(
        (e: unknown) => showNotice({ tone: 'error', text: describeStorageError(e) }),
      );
    }
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
  return (
    <section class="screen">
      <p class="muted"><a href={session.packId ? `/practice/${session.packId}` : '/review'}>{session.title}</a> · practice</p>
      <QuestionView question={question} number={index + 1} total={ids.length} selected={state.selected} onToggle={state.checked ? undefined : toggle} reveal={state.checked} resetKey={resetKey} />
      {state.checked && (
        <p role="status" class={`verdict ${correct ? 'verdict-right' : 'verdict-wrong'}`}>{correct ? 'Right.' : 'Not quite.'}</p>
      )}
      <div class="question-actions">
        <button type="button" class="quiet" disabled={busy || index === 0} onClick={() => void commit({ ...session, index: index - 1 })}>Previous</button>
        <button type="button" class="quiet" aria-pressed={flagged} onClick={() => void toggleFlag()}>{flagged ? 'Flagged ⚑' : 'Flag'}</button>
        {state.checked ? (
          <button type="button" disabled={busy} onClick={() => void commit({ ...session, index: index + 1 })}>{index + 1 === ids.length ? 'Finish' : 'Next'}</button>
        ) : (
          <button type="button" disabled={busy || !isComplete(state.selected, question.choose)} onClick={() => void check()}>Check</button>
        )}
      </div>
    </section>
  );
}
