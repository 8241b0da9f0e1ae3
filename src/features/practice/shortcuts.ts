// Keyboard shortcuts on question screens (practice and exam), as exam-prep
// apps have them. Pure: the caller says what the key landed on.

export type Shortcut =
  | { kind: 'pick'; index: number }
  | { kind: 'flag' | 'next' | 'previous' | 'check' | 'help' };

/** What the key landed on: a text field never gets shortcuts; radios keep their own arrow keys; buttons and links their own Enter. */
export type KeyTarget = 'text' | 'radio' | 'control' | 'other';

export interface KeyPress {
  key: string;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  target: KeyTarget;
}

// A–E pick options A–E; F is Flag, so option F is 6.
const LETTERS = 'abcde';

export function shortcutFor(e: KeyPress): Shortcut | null {
  if (e.altKey || e.ctrlKey || e.metaKey || e.target === 'text') return null;
  const key = e.key.length === 1 ? e.key.toLowerCase() : e.key;
  if (key === '?') return { kind: 'help' };
  if (/^[1-6]$/.test(key)) return { kind: 'pick', index: Number(key) - 1 };
  if (LETTERS.includes(key)) return { kind: 'pick', index: LETTERS.indexOf(key) };
  if (key === 'f') return { kind: 'flag' };
  if (key === 'n') return { kind: 'next' };
  if (key === 'p') return { kind: 'previous' };
  if (e.target !== 'radio' && key === 'ArrowRight') return { kind: 'next' };
  if (e.target !== 'radio' && key === 'ArrowLeft') return { kind: 'previous' };
  if (e.target !== 'control' && key === 'Enter') return { kind: 'check' };
  return null;
}

export const SHORTCUT_HELP: { keys: string; does: string; practiceOnly?: boolean }[] = [
  { keys: '1–6 or A–E', does: 'Pick an option (6 for option F)' },
  { keys: 'F', does: 'Flag or unflag the question' },
  { keys: 'N or →', does: 'Next question' },
  { keys: 'P or ←', does: 'Previous question' },
  { keys: 'Enter', does: 'Check your answer', practiceOnly: true },
  { keys: '?', does: 'Show these shortcuts' },
];
