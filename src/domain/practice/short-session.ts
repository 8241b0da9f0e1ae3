// Which questions a short session (issue 12) or a coach drill (issue 15) asks:
// those never answered first, then those last answered wrong, then the rest,
// each group in the order given. Pure.
import type { QuestionResult } from '../../lib/db/schema';

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
