import { useState } from 'preact/hooks';
import { addReport } from '../../lib/db/reports';
import { describeStorageError } from '../../lib/db/errors';

/** "Report a problem" on a question: a short note, kept on the device (listed in Settings, included in backups). */
export function ReportProblem({ questionId }: { questionId: string }) {
  const [open, setOpen] = useState(false);
  const [note, setNote] = useState('');
  const [status, setStatus] = useState<{ tone: 'ok' | 'error'; text: string } | null>(null);
  const [saving, setSaving] = useState(false);

  async function save(e: Event): Promise<void> {
    e.preventDefault();
    const text = note.trim();
    if (text.length < 3) {
      setStatus({ tone: 'error', text: 'Say in a few words what looks wrong.' });
      return;
    }
    setSaving(true);
    try {
      await addReport({ id: `${questionId}-${Date.now()}`, questionId, note: text, createdAt: Date.now() });
      setNote('');
      setOpen(false);
      setStatus({ tone: 'ok', text: 'Saved on this device. Your reports are listed in Settings and included in backups.' });
    } catch (error) {
      setStatus({ tone: 'error', text: describeStorageError(error) });
    } finally {
      setSaving(false);
    }
  }

  return (
    <div class="report-problem">
      {open ? (
        <form onSubmit={(e) => void save(e)} class="report-form">
          <label class="stacked">
            What looks wrong with question {questionId}?
            <textarea rows={3} maxLength={2000} value={note} placeholder="The key looks wrong because…" onInput={(e) => setNote(e.currentTarget.value)} />
          </label>
          <div class="button-row">
            <button type="submit" disabled={saving}>Save report</button>
            <button type="button" class="quiet" onClick={() => { setOpen(false); setStatus(null); }}>Cancel</button>
          </div>
        </form>
      ) : (
        <button type="button" class="quiet report-link" onClick={() => { setOpen(true); setStatus(null); }}>Report a problem</button>
      )}
      {status && <p role={status.tone === 'error' ? 'alert' : 'status'} class={status.tone === 'error' ? 'error' : 'hint'}>{status.text}</p>}
    </div>
  );
}
