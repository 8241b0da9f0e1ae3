import { Fragment } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { useBackCloses } from '../../app/use-back-closes';
import { SHORTCUT_HELP, shortcutFor } from './shortcuts';
import { keyTarget } from './use-question-keys';

/** The shortcut sheet: "?" (or its button, for pointer users with a keyboard) opens it; Escape closes it. */
export function ShortcutsHelp({ mode }: { mode: 'practice' | 'exam' }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [open, setOpen] = useState(false);
  useBackCloses(open, () => dialog.current?.close(), () => dialog.current?.open !== false);
  const show = (): void => {
    dialog.current?.showModal();
    setOpen(true);
  };
  useEffect(() => {
    const onKey = (e: KeyboardEvent): void => {
      if (e.repeat || dialog.current?.open || (e.target instanceof Element && e.target.closest('dialog, form'))) return;
      const s = shortcutFor({ key: e.key, altKey: e.altKey, ctrlKey: e.ctrlKey, metaKey: e.metaKey, target: keyTarget(e.target) });
      if (s?.kind !== 'help') return;
      e.preventDefault();
      show();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
  return (
    <>
      <button type="button" class="quiet shortcuts-button" aria-haspopup="dialog" onClick={show}>
        Keyboard shortcuts (?)
      </button>
      <dialog ref={dialog} class="shortcuts-sheet" aria-labelledby="shortcuts-title" onClose={() => setOpen(false)}>
        <h2 id="shortcuts-title">Keyboard shortcuts</h2>
        <dl class="facts">
          {SHORTCUT_HELP.filter((s) => mode === 'practice' || !s.practiceOnly).map((s) => (
            <Fragment key={s.keys}>
              <dt><kbd>{s.keys}</kbd></dt>
              <dd>{s.does}</dd>
            </Fragment>
          ))}
        </dl>
        <p class="hint">They do nothing while you type in a text field.</p>
        <button type="button" onClick={() => dialog.current?.close()}>Close</button>
      </dialog>
    </>
  );
}
