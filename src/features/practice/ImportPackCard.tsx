// "Import a question pack": a JSON or Markdown file becomes a pack of the
// user's own, after a preview that lists every question it could not read.
import { useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import type { ImportIssue } from '../../domain/questions/import-pack';
import { MAX_TITLE_CHARS, createOwnPack, newPackId, type DraftQuestion, type OwnPack } from '../../domain/questions/own-pack';
import { saveOwnPack } from '../../lib/db/own-packs';
import { ownPacks } from '../../lib/questions/question-bank';
import { describeStorageError } from '../../lib/db/errors';
import { showNotice } from '../../app/notices';

const SHOWN_ISSUES = 50;
const questions = (n: number): string => `${n} question${n === 1 ? '' : 's'}`;
// The readers (and valibot) load when a file is picked, not with the Practice tab.
const loadReader = () => import('../../domain/questions/import-pack');
const loadAnchors = () => import('virtual:guide/anchors').then((m) => new Map(Object.entries(m.default).map(([id, list]) => [id, new Set(list)])));

type State =
  | { step: 'idle' }
  | { step: 'reading' }
  | { step: 'preview'; fileName: string; format: OwnPack['format']; questions: DraftQuestion[]; issues: ImportIssue[]; linkNotes: ImportIssue[] }
  | { step: 'error'; message: string; issues?: ImportIssue[] };

function IssueList({ issues, label = 'Questions that could not be read' }: { issues: readonly ImportIssue[]; label?: string }) {
  return (
    <ul class="import-issues" aria-label={label}>
      {issues.slice(0, SHOWN_ISSUES).map((i) => (
        <li key={`${i.question}-${i.line}`}>
          {i.line !== null ? `Line ${i.line}` : `Question ${i.question}`}
          {i.line !== null && ` (question ${i.question})`}: {i.message}
        </li>
      ))}
      {issues.length > SHOWN_ISSUES && <li>… and {issues.length - SHOWN_ISSUES} more.</li>}
    </ul>
  );
}

export function ImportPackCard() {
  const { route } = useLocation();
  const [state, setState] = useState<State>({ step: 'idle' });
  const [title, setTitle] = useState('');
  const [inputKey, setInputKey] = useState(0);
  const [saving, setSaving] = useState(false);

  async function pick(file: File | undefined): Promise<void> {
    if (!file) return;
    const { MAX_PACK_BYTES, readQuestionPack } = await loadReader();
    if (file.size > MAX_PACK_BYTES) {
      setState({ step: 'error', message: `This file is too large for a question pack (the limit is ${MAX_PACK_BYTES / 1024 / 1024} MB).` });
      return;
    }
    setState({ step: 'reading' });
    let text: string;
    try {
      text = await file.text();
    } catch {
      setState({ step: 'error', message: 'The file could not be read. Try choosing it again.' });
      return;
    }
    const sections = await loadAnchors();
    const result = readQuestionPack(text, { fileName: file.name, sections });
    if (!result.ok) setState({ step: 'error', message: result.error });
    else if (result.questions.length === 0) {
      setState({ step: 'error', message: result.issues.length === 1 ? 'The question in this file could not be read. Nothing was imported.' : `None of the ${result.issues.length} questions in this file could be read. Nothing was imported.`, issues: result.issues });
    } else {
      setTitle(result.title);
      setState({ step: 'preview', fileName: file.name, format: result.format, questions: result.questions, issues: result.issues, linkNotes: result.linkNotes });
    }
  }

  async function save(): Promise<void> {
    if (state.step !== 'preview') return;
    setSaving(true);
    try {
      const now = Date.now();
      const taken = new Set((await ownPacks().catch(() => [])).map((p) => p.id));
      const pack = createOwnPack({ id: newPackId(now, taken), title: title || state.fileName, fileName: state.fileName, format: state.format, questions: state.questions, now });
      const problem = (await loadReader()).checkOwnPack(pack);
      if (problem) {
        setState({ step: 'error', message: problem });
        return;
      }
      await saveOwnPack(pack);
      showNotice({ tone: 'info', text: `Imported “${pack.title}”: ${questions(pack.questions.length)}.` });
      route(`/practice/${pack.id}`);
    } catch (error) {
      setState({ step: 'error', message: describeStorageError(error) });
    } finally {
      setSaving(false);
    }
  }

  const reset = (): void => {
    setState({ step: 'idle' });
    setInputKey((k) => k + 1);
  };

  return (
    <div class="card" id="import-pack">
      <h2>Import a question pack</h2>
      <p>
        Bring your own questions: a JSON file in this app's format, or Markdown as community banks write it: a <code>###</code> line
        for each question, then <code>- [ ] wrong</code> and <code>- [x] right</code> options, with “(Choose TWO)” in the question
        when two are right. Packs stay on this device, work offline and never replace the built-in ones.
      </p>
      {state.step === 'preview' ? (
        <div>
          <p role="status">
            <strong>{questions(state.questions.length)} ready</strong> from {state.fileName}
            {state.issues.length > 0 && `; ${state.issues.length} could not be read and will be left out`}.
          </p>
          {state.issues.length > 0 && <IssueList issues={state.issues} />}
          {state.linkNotes.length > 0 && (
            <>
              <p>{state.linkNotes.length === 1 ? 'One guide link names' : `${state.linkNotes.length} guide links name`} a section this guide does not have; those questions will link to the chapter instead:</p>
              <IssueList issues={state.linkNotes} label="Guide links that were changed" />
            </>
          )}
          <label class="stacked">
            Pack name
            <input value={title} maxLength={MAX_TITLE_CHARS} onInput={(e) => setTitle(e.currentTarget.value)} />
          </label>
          <div class="button-row">
            <button type="button" disabled={saving} onClick={() => void save()}>Import {questions(state.questions.length)}</button>
            <button type="button" class="quiet" onClick={reset}>Cancel</button>
          </div>
        </div>
      ) : (
        <>
          <label class="stacked">
            Choose a .json or .md file
            <input
              key={inputKey}
              type="file"
              accept=".json,.md,.markdown,.txt,application/json,text/markdown,text/plain"
              disabled={state.step === 'reading'}
              onChange={(e) => void pick(e.currentTarget.files?.[0])}
            />
          </label>
          {state.step === 'error' && (
            <div role="alert">
              <p class="error">{state.message}</p>
              {state.issues && <IssueList issues={state.issues} />}
            </div>
          )}
        </>
      )}
    </div>
  );
}
