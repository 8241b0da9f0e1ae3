// "Where the points are": task statements ranked by what improving them would
// add to the predicted score. Pure.
//
// gain = 900 × (the task's share of the exam) × (room to improve) × (how sure)
//  - share: its domain's weight split evenly over the domain's task statements
//    (AWS publishes domain weights, not task weights);
//  - room: how far the task's estimate (model.ts) is below MASTERY, 85%: the
//    level of a well-prepared candidate, above the guide's 75%. Past it, points come slowly, so a
//    task at 80% in a heavy domain does not outrank one at 40% in a light one;
//  - sure: n / (n + PRIOR_STRENGTH), n its first-sight answers: how much of
//    the estimate is the user's evidence rather than the prior.
// 900 × share × room is the scaled points the task would add at MASTERY; "sure"
// keeps a task judged on one unlucky answer from topping the list.
import { DOMAIN_WEIGHTS } from '../questions/blueprint';
import { DOMAINS, PRIOR_STRENGTH, TASKS_OF, type Forecast, type TaskEstimate } from './model';

export interface TaskGain extends TaskEstimate {
  /** Scaled points at stake (see above), rounded to one decimal. */
  gain: number;
}

export const MASTERY = 0.85;

const TOTAL = DOMAINS.reduce((s, d) => s + DOMAIN_WEIGHTS[d]!, 0);

export function examShare(task: string): number {
  const domain = task.split('.')[0]!;
  return (DOMAIN_WEIGHTS[domain] ?? 0) / TOTAL / (TASKS_OF[domain]?.length ?? 1);
}

/** Tasks with at least one first-sight answer, most points at stake first (ties: task order). */
export function rankTasks(f: Forecast): TaskGain[] {
  return f.domains
    .flatMap((d) => d.tasks)
    .filter((t) => t.answers > 0)
    .map((t) => ({ ...t, gain: Math.round(9000 * examShare(t.task) * Math.max(0, MASTERY - t.mean) * (t.answers / (t.answers + PRIOR_STRENGTH))) / 10 }))
    .sort((a, b) => b.gain - a.gain || (a.task < b.task ? -1 : 1));
}
