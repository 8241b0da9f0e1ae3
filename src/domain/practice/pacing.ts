// The guide's pacing checkpoints (Final Week Checklist): after questions 15,
// 30, 45 and 60 of 65, about 2 minutes a question, 10 minutes kept for review.
// Packs of other sizes and limits scale the same rule.
export interface Checkpoint {
  afterQuestion: number;
  /** Minutes that should be left at this point. */
  remainingMinutes: number;
}

export function checkpointsFor(questionCount: number, limitMinutes: number): Checkpoint[] {
  const perQuestion = limitMinutes / Math.max(1, questionCount); // 2 minutes on the real exam
  return [15, 30, 45, 60]
    .map((n) => Math.round((n / 65) * questionCount))
    .filter((n, i, all) => n > 0 && n < questionCount && all.indexOf(n) === i)
    .map((afterQuestion) => ({ afterQuestion, remainingMinutes: Math.round(limitMinutes - afterQuestion * perQuestion) }));
}

export type PaceHint = { kind: 'on-pace' | 'behind'; checkpoint: Checkpoint; remainingMinutes: number } | null;

/** A gentle hint once the answered count reaches a checkpoint. */
export function paceHint(answered: number, remainingMs: number, checkpoints: readonly Checkpoint[]): PaceHint {
  const reached = checkpoints.filter((c) => answered >= c.afterQuestion).at(-1);
  if (!reached) return null;
  const remainingMinutes = Math.floor(remainingMs / 60_000);
  return { kind: remainingMinutes + 2 >= reached.remainingMinutes ? 'on-pace' : 'behind', checkpoint: reached, remainingMinutes };
}

/** One-off warnings, in minutes left (only for an exam longer than the warning). */
export const TIME_WARNINGS = [30, 10, 5] as const;

/** The warning that has fallen due: the smallest threshold at or above the time left. */
export function timeWarning(remainingMs: number, limitMinutes: number): number | null {
  const due = TIME_WARNINGS.filter((m) => m < limitMinutes && remainingMs <= m * 60_000);
  return due.length > 0 ? Math.min(...due) : null;
}

/** What a screen reader is told about pace: its category, never the minutes that change each minute. */
export interface PaceState {
  pace: { kind: 'on-pace' | 'behind'; checkpoint: Checkpoint } | null;
  warning: number | null;
}

export function paceState(hint: PaceHint, warning: number | null): PaceState {
  return { pace: hint ? { kind: hint.kind, checkpoint: hint.checkpoint } : null, warning };
}

const paceKey = (s: PaceState): string => (s.pace ? `${s.pace.kind}@${s.pace.checkpoint.afterQuestion}` : '');

/**
 * The announcement due when the state moves from `prev` to `next`, or null:
 * a new time warning, else a new pace category. The state the exam opens
 * with (prev null) is on screen already, not news.
 */
export function paceAnnouncement(prev: PaceState | null, next: PaceState): string | null {
  if (!prev) return null;
  if (next.warning !== null && next.warning !== prev.warning) return `${next.warning} minutes left.`;
  if (next.pace && paceKey(next) !== paceKey(prev)) {
    const at = next.pace.checkpoint.afterQuestion;
    return next.pace.kind === 'on-pace'
      ? `On pace after question ${at}.`
      : `A little behind after question ${at}: the guide aims for about ${next.pace.checkpoint.remainingMinutes} minutes left here. Answer, flag, move on.`;
  }
  return null;
}
