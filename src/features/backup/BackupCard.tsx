// "Back up your progress": export every store to one JSON file (the share sheet
// on phones, a download elsewhere), and import one back after a preview.
import { useEffect, useState } from 'preact/hooks';
import { exportAll, importBackup, type ImportMode } from '../../lib/db/backup';
import { getSetting, putSetting } from '../../lib/db/settings';
import { describeStorageError } from '../../lib/db/errors';
import { showNotice } from '../../app/notices';
import { applyTheme } from '../../app/theme';
import { KIND_LABELS, STORES, type Backup, type Counts } from '../../domain/backup/schema';
// The reader of backup files (and the id map older files need) loads when a file is picked, not with Settings.
const loadValidate = () => import('../../domain/backup/validate');
import { lastBackupLine } from '../../domain/backup/reminder';

function fileName(now: Date): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `dva-study-backup-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.json`;
}

/** Share sheet where files can be shared (phones); otherwise a download. Resolves false if the user cancelled. */
async function saveFile(text: string, name: string): Promise<boolean> {
  const file = new File([text], name, { type: 'application/json' });
  if (typeof navigator.canShare === 'function' && navigator.canShare({ files: [file] })) {
    try {
      await navigator.share({ files: [file], title: 'DVA study backup' });
      return true;
    } catch (error) {
      if (error instanceof DOMException && error.name === 'AbortError') return false;
      throw error;
    }
  }
  const url = URL.createObjectURL(file);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return true;
}

type ImportState =
  | { step: 'idle' }
  | { step: 'preview'; backup: Backup; counts: Counts; name: string }
  | { step: 'working' }
  | { step: 'done' }
  | { step: 'error'; message: string };

export function BackupCard() {
  const [lastBackupAt, setLastBackupAt] = useState<number | null>(null);
  const [exporting, setExporting] = useState(false);
  const [state, setState] = useState<ImportState>({ step: 'idle' });
  const [mode, setMode] = useState<ImportMode>('merge');
  const [inputKey, setInputKey] = useState(0);

  useEffect(() => {
    void getSetting('lastBackupAt').then(setLastBackupAt, () => setLastBackupAt(0));
  }, []);

  async function doExport(): Promise<void> {
    if (exporting) return;
    setExporting(true);
    try {
      const now = new Date();
      const backup = await exportAll(now);
      const saved = await saveFile(JSON.stringify(backup), fileName(now));
      if (saved) {
        setLastBackupAt(now.getTime());
        await putSetting('lastBackupAt', now.getTime());
      }
    } catch (error) {
      showNotice({ tone: 'error', text: describeStorageError(error) });
    } finally {
      setExporting(false);
    }
  }

  async function choose(file: File | undefined): Promise<void> {
    if (!file) return;
    const { MAX_BACKUP_BYTES, formatSize, parseBackup } = await loadValidate();
    if (file.size > MAX_BACKUP_BYTES) {
      setState({ step: 'error', message: `This file is too large to be a backup (the limit is ${formatSize(MAX_BACKUP_BYTES)}).` });
      setInputKey((k) => k + 1);
      return;
    }
    let text: string;
    try {
      text = await file.text();
    } catch {
      setState({ step: 'error', message: 'This file could not be read. Choose it again.' });
      return;
    }
    const result = parseBackup(text, MAX_BACKUP_BYTES);
    setState(result.ok ? { step: 'preview', backup: result.backup, counts: result.counts, name: file.name } : { step: 'error', message: result.error });
    if (!result.ok) setInputKey((k) => k + 1); // the same file can be chosen again
  }

  async function apply(backup: Backup): Promise<void> {
    setState({ step: 'working' });
    try {
      await importBackup(backup, mode);
      setState({ step: 'done' });
      setInputKey((k) => k + 1);
      void getSetting('theme').then(applyTheme, () => undefined);
      void getSetting('lastBackupAt').then(setLastBackupAt, () => undefined);
    } catch (error) {
      setState({ step: 'error', message: `${describeStorageError(error)} Nothing was changed.` });
    }
  }

  const reset = (): void => {
    setState({ step: 'idle' });
    setInputKey((k) => k + 1);
  };

  // While an import runs, no other file can be chosen: its preview would hide
  // "Importing…" and the running import's result would then overwrite it.
  const importing = state.step === 'working';

  return (
    <div class="card backup-card" data-testid="backup-card" aria-busy={importing}>
      <h2>Back up your progress</h2>
      <p class="hint backup-last" data-testid="backup-last" role="status">
        {lastBackupAt === null ? '\u00a0' : lastBackupLine(lastBackupAt, Date.now())}
      </p>
      <button type="button" aria-disabled={exporting} onClick={() => void doExport()}>
        Export backup
      </button>
      <label class="backup-file">
        <span>Import a backup file</span>
        <input key={inputKey} type="file" accept="application/json,.json" disabled={importing} onChange={(e) => void choose(e.currentTarget.files?.[0])} />
      </label>
      {state.step === 'preview' && (
        <div class="backup-preview" data-testid="backup-preview">
          <p>
            <strong>{state.name}</strong>, exported {new Date(state.backup.exportedAt).toLocaleString()}, contains:
          </p>
          <ul>
            {STORES.filter((s) => state.counts[s] > 0).map((s) => (
              <li key={s}>
                {state.counts[s]} {KIND_LABELS[s]}
              </li>
            ))}
            {STORES.every((s) => state.counts[s] === 0) && <li>Nothing (the backup is empty)</li>}
          </ul>
          <fieldset>
            <legend>How to import</legend>
            <label class="radio">
              <input type="radio" name="backup-mode" checked={mode === 'merge'} onChange={() => setMode('merge')} />
              Merge (newest wins)
            </label>
            <label class="radio">
              <input type="radio" name="backup-mode" checked={mode === 'replace'} onChange={() => setMode('replace')} />
              Replace everything
            </label>
          </fieldset>
          <div class="backup-actions">
            <button type="button" onClick={() => void apply(state.backup)}>
              Import
            </button>
            <button type="button" class="secondary" onClick={reset}>
              Cancel
            </button>
          </div>
        </div>
      )}
      <p class="backup-status" role="status" data-testid="backup-status">
        {state.step === 'working' ? 'Importing…' : state.step === 'done' ? 'Imported.' : ''}
      </p>
      {state.step === 'error' && (
        <p class="backup-error" role="alert" data-testid="backup-error">
          {state.message}
        </p>
      )}
    </div>
  );
}
