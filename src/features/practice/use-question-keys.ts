// The question screens' keyboard shortcuts (shortcuts.ts): one listener, the
// screen's current handlers in a ref so each render can change them.
import { useLayoutEffect, useRef } from 'preact/hooks';
import { shortcutFor, type KeyTarget } from './shortcuts';

export interface QuestionKeys {
  /** Options can be picked (not after Check). */
  pick?: boolean;
  flag?: () => void;
  next?: () => void;
  previous?: () => void;
  check?: () => void;
}

export function keyTarget(el: EventTarget | null): KeyTarget {
  if (!(el instanceof HTMLElement)) return 'other';
  if (el.isContentEditable || el.matches('textarea, select, input:not([type=radio], [type=checkbox], [type=button], [type=submit])')) return 'text';
  if (el.matches('input[type=radio]')) return 'radio';
  if (el.matches('input[type=checkbox]')) return 'other'; // neither arrows nor Enter do anything on a checkbox
  if (el.matches('a[href], button, input, summary, [role=button]')) return 'control';
  return 'other';
}

export function useQuestionKeys() {
  const keys = useRef<QuestionKeys>({});
  // In the commit: a key pressed as soon as the question is painted must find the listener.
  useLayoutEffect(() => {
    const onKey = (e: KeyboardEvent): void => {
      // A dialog (the shortcut sheet, a report form) has the keyboard to itself.
      if (e.defaultPrevented || e.repeat || (e.target instanceof Element && e.target.closest('dialog, form'))) return;
      const shortcut = shortcutFor({ key: e.key, altKey: e.altKey, ctrlKey: e.ctrlKey, metaKey: e.metaKey, target: keyTarget(e.target) });
      if (!shortcut || shortcut.kind === 'help') return;
      const k = keys.current;
      if (shortcut.kind === 'pick') {
        const input = k.pick ? document.querySelectorAll<HTMLInputElement>('main .question .options input')[shortcut.index] : undefined;
        if (!input || input.disabled) return;
        e.preventDefault();
        input.focus();
        input.click(); // the same path as a tap: "Choose TWO" refuses a third here too
        return;
      }
      const run = k[shortcut.kind];
      if (!run) return;
      e.preventDefault();
      run();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
  return keys;
}
