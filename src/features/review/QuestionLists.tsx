import { useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { packs as builtInPacks } from 'virtual:guide/packs';
import { resolvePack, type PackInfo } from '../../domain/questions/packs';
import type { PlayableQuestion as Question } from '../../domain/questions/playable';
import { listFlags, setFlag } from '../../lib/db/flags';
import { listResults } from '../../lib/db/results';
import { savePracticeSession } from '../../lib/db/practice-sessions';
import { describeStorageError } from '../../lib/db/errors';
import { showNotice } from '../../app/notices';
import { arrangeSitting } from '../../lib/questions/arrange';

type ListKind = 'flagged' | 'wrong';

export interface ListData {
  questions: Map<string, Question>;
  /** Built-in packs, and imported ones when there is something to list. */
  packs: readonly PackInfo[];
  flagged: string[];
  wrong: string[];
}

/**
 * Reads flags and results; loads question texts (and the imported packs) only
 * when there is something to list: an empty Review tab stays light.
 */
export async function loadListData(): Promise<ListData> {
  const [flags, results] = await Promise.all([listFlags(), listResults()]);
  const flagged = flags.sort((a, b) => b.flaggedAt - a.flaggedAt).map((f) => f.questionId);
  const wrong = results.filter((r) => !r.correct).sort((a, b) => b.answeredAt - a.answeredAt).map((r) => r.questionId);
  if (flagged.length + wrong.length === 0) return { questions: new Map(), packs: builtInPacks, flagged, wrong };
  const bank = await import('../../lib/questions/question-bank');
  const [questions, own] = await Promise.all([bank.questionMap(), bank.ownPackList().catch((): PackInfo[] => [])]);
  return { questions, packs: [...builtInPacks, ...own], flagged, wrong };
}

/** Flagged questions and questions last answered wrong, filterable, and practisable as a list. */
export function QuestionLists({ initial }: { initial: ListData }) {
  const { route } = useLocation();
  const [data, setData] = useState<ListData | null>(initial);
  const [kind, setKind] = useState<ListKind>('flagged');
  const [domain, setDomain] = useState('');
  const [task, setTask] = useState('');
  const [pack, setPack] = useState('');
  const packs = data?.packs ?? builtInPacks;

  const load = (): void => void loadListData().then(setData, (e: unknown) => showNotice({ tone: 'error', text: describeStorageError(e) }));
  if (!data) return null;

  const chosen = packs.find((p) => p.id === pack);
  const packIds = chosen ? new Set(resolvePack(chosen, [...data.questions.values()]).map((q) => q.id)) : null;
  const list = (kind === 'flagged' ? data.flagged : data.wrong)
    .map((id) => data.questions.get(id))
    .filter((q): q is Question => Boolean(q))
    .filter((q) => (!domain || String(q.domain) === domain) && (!task || q.task === task) && (!packIds || packIds.has(q.id)));
  const tasks = [...new Set([...data.questions.values()].flatMap((q) => q.task ?? []))].sort();
  // An imported question (no task) is labelled by its pack: its id is `<pack id>-<number>`.
  const labelOf = (q: Question): string => (q.task ? `Task ${q.task}` : (packs.find((p) => q.id.startsWith(`${p.id}-`))?.title ?? 'Your pack'));

  async function practise(): Promise<void> {
    try {
      await savePracticeSession({
        id: 'review', packId: null, title: kind === 'flagged' ? 'Flagged questions' : 'Missed questions',
        ...(await arrangeSitting(list.map((q) => q.id), true)), index: 0, answers: {}, updatedAt: Date.now(),
      });
      route('/practice/review/q');
    } catch (e) {
      showNotice({ tone: 'error', text: describeStorageError(e) });
    }
  }

  return (
    <div class="card">
      <h2>Questions to review</h2>
      <div class="chips" role="group" aria-label="List">
        <button type="button" class="chip" aria-pressed={kind === 'flagged'} onClick={() => setKind('flagged')}>Flagged ({data.flagged.length})</button>
        <button type="button" class="chip" aria-pressed={kind === 'wrong'} onClick={() => setKind('wrong')}>Last answered wrong ({data.wrong.length})</button>
      </div>
      <div class="filters">
        <label>Domain
          <select value={domain} onChange={(e) => setDomain(e.currentTarget.value)}>
            <option value="">All</option>
            {[1, 2, 3, 4].map((d) => <option key={d} value={String(d)}>Domain {d}</option>)}
          </select>
        </label>
        <label>Task
          <select value={task} onChange={(e) => setTask(e.currentTarget.value)}>
            <option value="">All</option>
            {tasks.map((t) => <option key={t} value={t}>{t}</option>)}
          </select>
        </label>
        <label>Pack
          <select value={pack} onChange={(e) => setPack(e.currentTarget.value)}>
            <option value="">All</option>
            {packs.filter((p) => p.questionCount > 0).map((p) => <option key={p.id} value={p.id}>{p.title}</option>)}
          </select>
        </label>
      </div>
      {list.length === 0 ? (
        <p class="muted">{kind === 'flagged' ? 'No flagged questions here. Flag any question in practice or an exam; it stays here until you clear it.' : 'No missed questions here.'}</p>
      ) : (
        <>
          <ul class="plain-list">
            {list.map((q) => (
              <li key={q.id} class="row">
                <span>
                  <strong>{q.id}</strong> · {labelOf(q)}
                  <span class="muted"> — {q.stem.length > 80 ? `${q.stem.slice(0, 80)}…` : q.stem}</span>
                </span>
                {kind === 'flagged' && (
                  <button type="button" class="quiet" aria-label={`Clear flag on ${q.id}`} onClick={() => void setFlag(q.id, null, false, Date.now()).then(load, (e: unknown) => showNotice({ tone: 'error', text: describeStorageError(e) }))}>
                    Clear
                  </button>
                )}
              </li>
            ))}
          </ul>
          <button type="button" onClick={() => void practise()}>Practise these {list.length}</button>
        </>
      )}
    </div>
  );
}
