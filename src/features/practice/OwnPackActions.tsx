import { useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import type { PackInfo } from '../../domain/questions/packs';
import { MAX_TITLE_CHARS } from '../../domain/questions/own-pack';
import { deleteOwnPack, renameOwnPack } from '../../lib/db/own-packs';
import { describeStorageError } from '../../lib/db/errors';
import { showNotice } from '../../app/notices';

/** Rename or delete an imported pack (built-in packs have neither). */
export function OwnPackActions({ pack }: { pack: PackInfo }) {
  const { route } = useLocation();
  const [mode, setMode] = useState<'idle' | 'rename' | 'delete'>('idle');
  const [title, setTitle] = useState(pack.title);
  const [error, setError] = useState<string | null>(null);

  async function rename(e: Event): Promise<void> {
    e.preventDefault();
    if (!title.trim()) {
      setError('A pack needs a name.');
      return;
    }
    try {
      await renameOwnPack(pack.id, title, Date.now());
      setMode('idle');
      setError(null);
    } catch (err) {
      setError(err instanceof Error && !(err instanceof DOMException) ? err.message : describeStorageError(err));
    }
  }

  async function remove(): Promise<void> {
    try {
      await deleteOwnPack(pack.id);
      showNotice({ tone: 'info', text: `Deleted “${pack.title}”. Its exam scores stay in your history.` });
      route('/practice');
    } catch (err) {
      setError(describeStorageError(err));
    }
  }

  return (
    <div class="own-pack-actions">
      {error && <p role="alert" class="error">{error}</p>}
      {mode === 'rename' ? (
        <form class="inline-form" onSubmit={(e) => void rename(e)}>
          <label class="stacked">
            Pack name
            <input value={title} maxLength={MAX_TITLE_CHARS} required onInput={(e) => setTitle(e.currentTarget.value)} />
          </label>
          <div class="button-row">
            <button type="submit">Save name</button>
            <button type="button" class="quiet" onClick={() => { setMode('idle'); setTitle(pack.title); setError(null); }}>Cancel</button>
          </div>
        </form>
      ) : mode === 'delete' ? (
        <div role="group" aria-label="Confirm delete">
          <p>Delete “{pack.title}” and its {pack.questionCount} questions, with their flags and practice progress? Exam scores stay in your history.</p>
          <div class="button-row">
            <button type="button" class="danger" onClick={() => void remove()}>Delete pack</button>
            <button type="button" class="quiet" onClick={() => setMode('idle')}>Keep it</button>
          </div>
        </div>
      ) : (
        <div class="button-row">
          <button type="button" class="quiet" onClick={() => setMode('rename')}>Rename</button>
          <button type="button" class="quiet" onClick={() => setMode('delete')}>Delete</button>
        </div>
      )}
    </div>
  );
}
