// Changes to an exam attempt or a practice session, as patches applied to the
// STORED row inside the write's own transaction. A tab never writes back a
// whole row from its (possibly stale) screen state: two tabs' answers both
// stay, and a submitted exam can never be un-submitted or re-scored. Pure.
import type { Attempt, PracticeSession, QuestionResult } from '../records';
import type { OptionId } from '../questions/schema';

export type AttemptPatch =
  | { kind: 'answer'; questionId: string; selected: OptionId[] }
  | { kind: 'move'; current: number }
  | { kind: 'flag'; questionId: string; on: boolean }
  | { kind: 'note'; note: string };

export type PracticePatch =
  | { kind: 'select'; questionId: string; selected: OptionId[] }
  /** `result` is stored in the same transaction as the check: a checked answer always has its result. */
  | { kind: 'check'; questionId: string; selected: OptionId[]; result?: QuestionResult }
  | { kind: 'move'; index: number }
  /** Drops questions that no longer exist, keeping the place on the same question. */
  | { kind: 'prune'; keep: readonly string[] };

/**
 * The attempt after the patch, or null when it is refused: a submitted exam
 * only takes a note, and an answer given after the deadline does not count
 * (`now` is when the user tapped, not when the write ran).
 */
export function applyAttemptPatch(a: Attempt, p: AttemptPatch, now: number): Attempt | null {
  if (p.kind === 'note') return a.note === p.note ? a : { ...a, note: p.note, updatedAt: now };
  if (a.submittedAt !== null) return null;
  switch (p.kind) {
    case 'answer':
      if (!a.questionIds.includes(p.questionId) || now > a.deadline) return null;
      return { ...a, answers: { ...a.answers, [p.questionId]: [...p.selected] }, updatedAt: now };
    case 'move':
      return { ...a, current: Math.max(0, Math.min(p.current, a.questionIds.length - 1)), updatedAt: now };
    case 'flag': {
      const has = a.flagged.includes(p.questionId);
      if (has === p.on) return a;
      return { ...a, flagged: p.on ? [...a.flagged, p.questionId] : a.flagged.filter((x) => x !== p.questionId), updatedAt: now };
    }
  }
}

/** The session after the patch, or null when refused (a checked answer is final). */
export function applyPracticePatch(s: PracticeSession, p: PracticePatch, now: number): PracticeSession | null {
  switch (p.kind) {
    case 'select':
    case 'check': {
      const stored = s.answers[p.questionId];
      // Checked is final. The same check again (a retry) changes nothing; any other is refused (another tab checked first).
      if (stored?.checked) return p.kind === 'check' && sameSelection(stored.selected, p.selected) ? s : null;
      return { ...s, answers: { ...s.answers, [p.questionId]: { selected: [...p.selected], checked: p.kind === 'check' } }, updatedAt: now };
    }
    case 'move': {
      const index = Math.max(0, Math.min(p.index, s.questionIds.length));
      // A short session or drill is finished the first time it reaches its end: its summary's date.
      const finishing = s.kind !== undefined && s.finishedAt === undefined && index >= s.questionIds.length;
      return { ...s, index, updatedAt: now, ...(finishing ? { finishedAt: now } : {}) };
    }
    case 'prune': {
      const keep = new Set(p.keep);
      const questionIds = s.questionIds.filter((id) => keep.has(id));
      if (questionIds.length === s.questionIds.length) return s;
      const before = s.questionIds.slice(0, s.index).filter((id) => !keep.has(id)).length;
      return { ...s, questionIds, index: Math.max(0, s.index - before), updatedAt: now };
    }
  }
}

function sameSelection(a: readonly OptionId[], b: readonly OptionId[]): boolean {
  return a.length === b.length && a.every((x) => b.includes(x));
}
