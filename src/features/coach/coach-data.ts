// The study coach's data: every stored answer turned into first-sight evidence,
// the forecast, the ranking and its trend. Only the chunks of questions the
// user has answered are loaded (a new user loads none).
import { firstSightAnswers } from '../../domain/coach/first-sight';
import { forecast, type CoachAnswer, type Forecast } from '../../domain/coach/model';
import { rankTasks, type TaskGain } from '../../domain/coach/points';
import { forecastTrend, type TrendPoint } from '../../domain/coach/trend';
import type { PlayableQuestion } from '../../domain/questions/playable';
import { listAttempts } from '../../lib/db/attempts';
import { listResults } from '../../lib/db/results';
import type { Attempt, QuestionResult } from '../../lib/db/schema';
import { questionsFor } from '../../lib/questions/question-bank';

export interface CoachData {
  answers: CoachAnswer[];
  forecast: Forecast;
  ranked: TaskGain[];
  trend: TrendPoint[];
  /** Guide sections of the answered questions, by task, most used first. */
  sections: Map<string, { chapter: string; anchor: string }[]>;
  results: QuestionResult[];
  attempts: Attempt[];
}

/** The end of each local day from the first answer's day to today (at most the last 120), today's being `now`. */
export function dayEnds(from: number, now: number): number[] {
  const out: number[] = [];
  const d = new Date(from);
  let end = new Date(d.getFullYear(), d.getMonth(), d.getDate() + 1).getTime() - 1;
  while (end < now) {
    out.push(end);
    const next = new Date(end + 1);
    end = new Date(next.getFullYear(), next.getMonth(), next.getDate() + 1).getTime() - 1;
  }
  out.push(now);
  return out.slice(-120);
}

function sectionsByTask(answers: readonly CoachAnswer[], questions: ReadonlyMap<string, PlayableQuestion>): Map<string, { chapter: string; anchor: string }[]> {
  const counts = new Map<string, Map<string, { chapter: string; anchor: string; n: number }>>();
  for (const a of answers) {
    const g = questions.get(a.questionId)?.guide;
    if (!a.task || !g) continue;
    const m = counts.get(a.task) ?? new Map<string, { chapter: string; anchor: string; n: number }>();
    counts.set(a.task, m);
    const key = `${g.chapter}#${g.anchor}`;
    const e = m.get(key) ?? { ...g, n: 0 };
    e.n++;
    m.set(key, e);
  }
  return new Map([...counts].map(([task, m]) => [task, [...m.values()].sort((a, b) => b.n - a.n).map(({ chapter, anchor }) => ({ chapter, anchor }))]));
}

export async function loadCoachData(now = Date.now()): Promise<CoachData> {
  const [results, attempts] = await Promise.all([listResults(), listAttempts()]);
  const ids = new Set(results.map((r) => r.questionId));
  for (const a of attempts) if (a.submittedAt !== null) for (const [id, sel] of Object.entries(a.answers)) if (sel.length > 0) ids.add(id);
  const questions = ids.size > 0 ? await questionsFor([...ids]) : new Map<string, PlayableQuestion>();
  const answers = firstSightAnswers(results, attempts, questions);
  const f = forecast(answers, now);
  return {
    answers,
    forecast: f,
    ranked: f.ready ? rankTasks(f) : [],
    trend: answers.length > 0 ? forecastTrend(answers, dayEnds(answers[0]!.at, now)) : [],
    sections: sectionsByTask(answers, questions),
    results,
    attempts,
  };
}
