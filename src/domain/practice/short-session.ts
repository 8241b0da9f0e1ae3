// Which questions a short session (issue 12) or a coach drill (issue 15) asks:
// those never answered first, then those last answered wrong, then the rest,
// each group in the order given. Pure.
import type { PracticeSession, QuestionResult } from '../records';
import type { PlayableQuestion } from '../questions/playable';
import { mostMissedTasks } from '../questions/blueprint';
import { isCorrect } from './scoring';

export const SHORT_SIZES = [10, 20] as const;
export const MAX_SHORT_SIZE = 200;

export function pickSessionQuestions(candidates: readonly string[], results: ReadonlyMap<string, Pick<QuestionResult, 'correct'>>, size: number): string[] {
  const unique = [...new Set(candidates)];
  const unseen = unique.filter((id) => !results.has(id));
  const missed = unique.filter((id) => results.get(id)?.correct === false);
  const rest = unique.filter((id) => results.get(id)?.correct === true);
  return [...unseen, ...missed, ...rest].slice(0, Math.max(0, Math.floor(size)));
}

/** Several groups (a drill's task statements, weakest first) taken in turn, so each is asked early. */
export function interleave(groups: readonly (readonly string[])[]): string[] {
  const out: string[] = [];
  for (let i = 0; groups.some((g) => i < g.length); i++) for (const g of groups) if (i < g.length) out.push(g[i]!);
  return out;
}

/** A typed size: a whole number from 1 to MAX_SHORT_SIZE, or an error to show. */
export function parseSessionSize(text: string): { size: number } | { error: string } {
  const n = Number(text.trim());
  if (!/^\d+$/.test(text.trim()) || n < 1 || n > MAX_SHORT_SIZE) return { error: `Enter a whole number from 1 to ${MAX_SHORT_SIZE}.` };
  return { size: n };
}

export interface SessionSummary {
  right: number;
  checked: number;
  percent: number;
  /** Task statements with misses, most first (as results name them). */
  missedTasks: string[];
}

/** A finished short session or drill as the score history shows it: checked answers only (unanswered is not wrong). */
export function summarizeSession(
  s: Pick<PracticeSession, 'questionIds' | 'answers'>,
  questions: ReadonlyMap<string, Pick<PlayableQuestion, 'answer' | 'task'>>,
): SessionSummary {
  const byTask: Record<string, { correct: number; total: number }> = {};
  let right = 0;
  let checked = 0;
  for (const id of s.questionIds) {
    const a = s.answers[id];
    const q = questions.get(id);
    if (!a?.checked || !q) continue;
    checked++;
    const ok = isCorrect(q, a.selected);
    if (ok) right++;
    if (q.task) {
      const t = (byTask[q.task] ??= { correct: 0, total: 0 });
      t.total++;
      if (ok) t.correct++;
    }
  }
  return { right, checked, percent: checked === 0 ? 0 : Math.round((1000 * right) / checked) / 10, missedTasks: mostMissedTasks(byTask).map((t) => t.task) };
}
