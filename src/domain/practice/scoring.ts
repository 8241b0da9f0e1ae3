// Scoring, as on the real exam: an item is right only when the chosen options
// are exactly the key (no partial credit on multiple response); unanswered is wrong.
import type { OptionId } from '../questions/schema';
import type { PlayableQuestion as Question } from '../questions/playable';

export type Answers = Readonly<Record<string, readonly OptionId[]>>;

export function isCorrect(question: Pick<Question, 'answer'>, selected: readonly OptionId[] | undefined): boolean {
  if (!selected || selected.length !== question.answer.length) return false;
  const key = new Set(question.answer);
  return selected.every((o) => key.has(o)) && new Set(selected).size === selected.length;
}

export interface Tally {
  correct: number;
  total: number;
}

export interface Score extends Tally {
  percent: number;
  scaled: number;
  byDomain: Record<string, Tally>;
  byTask: Record<string, Tally>;
  wrongIds: string[];
}

/**
 * The scaled score (100–1000, 720 to pass) is a documented approximation:
 * AWS equates forms statistically and publishes no formula. We map linearly,
 * scaled = 100 + 900 × fraction correct, so 720 corresponds to 68.9% and
 * a pack's own target (70–80%) is a little stricter than the exam's line.
 */
export function scaledScore(fraction: number): number {
  return Math.round(100 + 900 * Math.min(1, Math.max(0, fraction)));
}

export const PASSING_SCALED = 720;

export function scoreAttempt(questions: readonly Pick<Question, 'id' | 'domain' | 'task' | 'answer'>[], answers: Answers): Score {
  const byDomain: Record<string, Tally> = {};
  const byTask: Record<string, Tally> = {};
  const wrongIds: string[] = [];
  let correct = 0;
  for (const q of questions) {
    const ok = isCorrect(q, answers[q.id]);
    if (ok) correct++;
    else wrongIds.push(q.id);
    // Imported questions may map to no domain or task: they count in the total only.
    for (const [map, key] of [[byDomain, q.domain === null ? null : String(q.domain)], [byTask, q.task]] as const) {
      if (key === null) continue;
      const t = (map[key] ??= { correct: 0, total: 0 });
      t.total++;
      if (ok) t.correct++;
    }
  }
  const total = questions.length;
  const fraction = total === 0 ? 0 : correct / total;
  return { correct, total, percent: Math.round(fraction * 1000) / 10, scaled: scaledScore(fraction), byDomain, byTask, wrongIds };
}

export function passed(score: Pick<Score, 'percent'>, targetPercent: number): boolean {
  return score.percent >= targetPercent;
}

/**
 * Per domain and task, the questions the user answered and how many of those were right. Weak areas and
 * "most missed" come from these: a question left unanswered is wrong in the score, as on the real exam, but
 * says nothing about what the user knows.
 */
export function answeredTallies(
  questions: readonly Pick<Question, 'id' | 'domain' | 'task' | 'answer'>[],
  answers: Answers,
): Pick<Score, 'byDomain' | 'byTask'> & { unanswered: number } {
  const answered = questions.filter((q) => (answers[q.id]?.length ?? 0) > 0);
  const { byDomain, byTask } = scoreAttempt(answered, answers);
  return { byDomain, byTask, unanswered: questions.length - answered.length };
}

/** Domains (and tasks) below the target: the "Weak Areas" of the score tracking table. */
export function weakAreas(score: Pick<Score, 'byDomain' | 'byTask'>, targetPercent: number): string[] {
  const below = (t: Tally): boolean => t.total > 0 && (100 * t.correct) / t.total < targetPercent;
  const domains = Object.entries(score.byDomain).filter(([, t]) => below(t)).map(([d]) => `Domain ${d}`);
  const tasks = Object.entries(score.byTask).filter(([, t]) => below(t)).map(([task]) => `Task ${task}`);
  return [...domains, ...tasks];
}
