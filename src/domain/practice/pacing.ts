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
