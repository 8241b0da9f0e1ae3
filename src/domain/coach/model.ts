// The study coach's forecast: "if you sat the exam today you would score about
// this". Pure; `now` is passed in.
//
// AWS publishes no scoring formula (see ../practice/scoring.ts): the forecast
// predicts the app's own linear scaled mapping, 100 + 900 × fraction correct,
// of a form shaped like the real one (domains weighted 32/26/24/18).
//
// The formula, step by step (every number below is a named constant):
// 1. Evidence: answers given on FIRST SIGHT only (first-sight.ts). An answer
//    given again after its explanation was shown measures memory, not
//    knowledge. Each answer weighs 0.5^(age / HALF_LIFE_DAYS): recent answers
//    count more. n and k below are these weighted counts (answers, correct).
// 2. Overall pool: p_all = (k + 1) / (n + 2), every answer with a domain
//    (a uniform Beta(1, 1) prior).
// 3. Domain pool: Beta(k_d + M·p_all, n_d − k_d + M·(1 − p_all)), every answer
//    of the domain (imported questions with a domain but no task count here).
// 4. Task: Beta(k_t + M·p_d, n_t − k_t + M·(1 − p_d)), p_d the domain pool's
//    mean: a task with few answers is pulled towards its domain, one with none
//    IS its domain's pool, with the width of M pseudo-answers.
// 5. Domain estimate: the mean of its tasks' estimates. AWS weights domains,
//    not tasks, so each task statement of a domain counts the same. Its
//    variance: the tasks' variances (taken as independent) plus the domain
//    pool's variance, carried by the share of the tasks that rests on the pool.
// 6. Overall: Σ weight_d × estimate_d, variance Σ weight_d² × variance_d; the
//    range is the estimate ± 1.2816 standard deviations (an 80% normal range),
//    clipped to 0–100%, then mapped to the scaled score. The range is about
//    what you know, not exam-day luck on 65 particular questions.
// Assumptions: answers are independent; questions of a task are alike in
// difficulty; the bank's questions are as hard as the exam's. A calibration
// test on simulated candidates (tests/unit/domain/coach-calibration.test.ts)
// checks that the 80% range holds the true score about 80% of the time.
import { DOMAIN_WEIGHTS, TASK_NAMES } from '../questions/blueprint';
import { scaledScore } from '../practice/scoring';

export const HALF_LIFE_DAYS = 30;
/** Pseudo-answers of the prior a domain takes from all answers, and a task from its domain. */
export const PRIOR_STRENGTH = 3;
/** A domain with fewer first-sight answers is "not judged": the forecast says so. */
export const MIN_DOMAIN_ANSWERS = 5;
/** Below this many first-sight answers in all there is no forecast at all. */
export const MIN_ANSWERS = 10;
/** z of an 80% two-sided normal range. */
const Z80 = 1.2816;
const DAY_MS = 86_400_000;

export interface CoachAnswer {
  questionId: string;
  domain: string;
  task: string | null;
  correct: boolean;
  /** When it was answered (epoch ms). */
  at: number;
}

export interface Estimate {
  /** Fraction correct expected, 0..1. */
  mean: number;
  /** The 80% range of it. */
  low: number;
  high: number;
  /** First-sight answers it rests on (not weighted). */
  answers: number;
  /** Answers after recency weighting. */
  weight: number;
}

export interface TaskEstimate extends Estimate {
  task: string;
  domain: string;
  /** First-sight answers that were right (not weighted). */
  correct: number;
}

export interface DomainEstimate extends Estimate {
  domain: string;
  judged: boolean;
  tasks: TaskEstimate[];
}

export interface Forecast {
  /** False below MIN_ANSWERS: there is nothing to forecast from yet. */
  ready: boolean;
  mean: number;
  low: number;
  high: number;
  /** The same three on the 100–1000 scale. */
  scaled: { likely: number; low: number; high: number };
  answers: number;
  domains: DomainEstimate[];
  /** Domains with fewer than MIN_DOMAIN_ANSWERS answers: the forecast leans on the prior there. */
  unjudged: string[];
}

export const DOMAINS = Object.keys(DOMAIN_WEIGHTS);
export const TASKS_OF: Readonly<Record<string, readonly string[]>> = Object.fromEntries(
  DOMAINS.map((d) => [d, Object.keys(TASK_NAMES).filter((t) => t.startsWith(`${d}.`))]),
);
const TOTAL_WEIGHT = DOMAINS.reduce((s, d) => s + DOMAIN_WEIGHTS[d]!, 0);

/** An answer's weight: halves every HALF_LIFE_DAYS of age (an answer "from the future" counts fully). */
export function recencyWeight(at: number, now: number): number {
  return 0.5 ** (Math.max(0, now - at) / (HALF_LIFE_DAYS * DAY_MS));
}

interface Counts {
  n: number;
  k: number;
  raw: number;
  rawCorrect: number;
}

function count(answers: readonly CoachAnswer[], now: number): Counts {
  const c: Counts = { n: 0, k: 0, raw: 0, rawCorrect: 0 };
  for (const a of answers) {
    const w = recencyWeight(a.at, now);
    c.n += w;
    c.raw++;
    if (a.correct) {
      c.k += w;
      c.rawCorrect++;
    }
  }
  return c;
}

/** Mean and variance of Beta(a, b). */
function beta(a: number, b: number): { mean: number; variance: number } {
  const s = a + b;
  return { mean: a / s, variance: (a * b) / (s * s * (s + 1)) };
}

const clip = (x: number): number => Math.min(1, Math.max(0, x));

function range(mean: number, variance: number): { low: number; high: number } {
  const sd = Math.sqrt(variance);
  return { low: clip(mean - Z80 * sd), high: clip(mean + Z80 * sd) };
}

export function forecast(all: readonly CoachAnswer[], now: number): Forecast {
  const answers = all.filter((a) => a.domain in DOMAIN_WEIGHTS);
  const overall = count(answers, now);
  const pAll = (overall.k + 1) / (overall.n + 2);
  const M = PRIOR_STRENGTH;

  let mean = 0;
  let variance = 0;
  const domains: DomainEstimate[] = DOMAINS.map((domain) => {
    const own = answers.filter((a) => a.domain === domain);
    const dc = count(own, now);
    const pool = beta(dc.k + M * pAll, dc.n - dc.k + M * (1 - pAll));
    const taskIds = TASKS_OF[domain]!;
    let sumMean = 0;
    let sumVar = 0;
    let poolShare = 0;
    const tasks = taskIds.map((task): TaskEstimate => {
      const tc = count(own.filter((a) => a.task === task), now);
      const post = beta(tc.k + M * pool.mean, tc.n - tc.k + M * (1 - pool.mean));
      sumMean += post.mean;
      sumVar += post.variance;
      poolShare += M / (M + tc.n);
      return { task, domain, mean: post.mean, ...range(post.mean, post.variance), answers: tc.raw, correct: tc.rawCorrect, weight: tc.n };
    });
    const T = taskIds.length;
    const dMean = sumMean / T;
    const dVar = sumVar / (T * T) + (poolShare / T) ** 2 * pool.variance;
    const w = DOMAIN_WEIGHTS[domain]! / TOTAL_WEIGHT;
    mean += w * dMean;
    variance += w * w * dVar;
    return { domain, mean: dMean, ...range(dMean, dVar), answers: dc.raw, weight: dc.n, judged: dc.raw >= MIN_DOMAIN_ANSWERS, tasks };
  });
  const r = range(mean, variance);
  return {
    ready: overall.raw >= MIN_ANSWERS,
    mean,
    ...r,
    scaled: { likely: scaledScore(mean), low: scaledScore(r.low), high: scaledScore(r.high) },
    answers: overall.raw,
    domains,
    unjudged: domains.filter((d) => !d.judged).map((d) => d.domain),
  };
}
