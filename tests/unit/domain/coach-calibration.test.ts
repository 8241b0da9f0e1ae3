// Calibration of the study coach on simulated candidates (issue 15). Each
// synthetic candidate has a known true accuracy per task statement and answers
// questions drawn from the real bank (content/questions) on first sight, over
// the last weeks. Deterministic: a seeded RNG.
//
// "True scaled score" is what the forecast claims to estimate: the app's
// linear mapping of Σ domain weight × (mean of the domain's task accuracies).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DOMAIN_WEIGHTS } from '../../../src/domain/questions/blueprint';
import { scaledScore } from '../../../src/domain/practice/scoring';
import { DOMAINS, forecast, TASKS_OF, type CoachAnswer } from '../../../src/domain/coach/model';
import { rankTasks } from '../../../src/domain/coach/points';

const dir = join(import.meta.dirname, '../../../content/questions');
const bank: { id: string; domain: string; task: string }[] = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .flatMap((f) => (JSON.parse(readFileSync(join(dir, f), 'utf8')) as { questions: { id: string; domain: number; task: string }[] }).questions)
  .map((q) => ({ id: q.id, domain: String(q.domain), task: q.task }));

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function normal(rng: () => number): number {
  return Math.sqrt(-2 * Math.log(1 - rng())) * Math.cos(2 * Math.PI * rng());
}

const clip = (x: number): number => Math.min(0.99, Math.max(0.02, x));
const NOW = Date.UTC(2025, 5, 1);
const DAY = 86_400_000;

function trueScaled(acc: Record<string, number>): number {
  const total = DOMAINS.reduce((s, d) => s + DOMAIN_WEIGHTS[d]!, 0);
  let f = 0;
  for (const d of DOMAINS) {
    const tasks = TASKS_OF[d]!;
    f += (DOMAIN_WEIGHTS[d]! / total) * (tasks.reduce((s, t) => s + acc[t]!, 0) / tasks.length);
  }
  return scaledScore(f);
}

/** `count` distinct questions from the bank, answered over the last `days` days. */
function answer(rng: () => number, acc: Record<string, number>, count: number, days: number): CoachAnswer[] {
  const pool = [...bank];
  const out: CoachAnswer[] = [];
  for (let i = 0; i < count && pool.length > 0; i++) {
    const q = pool.splice(Math.floor(rng() * pool.length), 1)[0]!;
    out.push({ questionId: q.id, domain: q.domain, task: q.task, correct: rng() < acc[q.task]!, at: NOW - Math.floor(rng() * days * DAY) });
  }
  return out;
}

describe('the study coach on simulated candidates', () => {
  it('its 80% range holds the true scaled score for 80% ± 6 points of candidates', () => {
    const rng = mulberry32(20250601);
    const RUNS = 600;
    let inside = 0;
    let widthSum = 0;
    for (let run = 0; run < RUNS; run++) {
      // A candidate: an overall level, a lean per domain, a lean per task.
      const level = 0.35 + 0.6 * rng();
      const acc: Record<string, number> = {};
      for (const d of DOMAINS) {
        const lean = 0.08 * normal(rng);
        for (const t of TASKS_OF[d]!) acc[t] = clip(level + lean + 0.1 * normal(rng));
      }
      const answers = answer(rng, acc, 30 + Math.floor(rng() * 220), 10 + Math.floor(rng() * 60));
      const f = forecast(answers, NOW);
      expect(f.ready).toBe(true);
      const truth = trueScaled(acc);
      if (truth >= f.scaled.low && truth <= f.scaled.high) inside++;
      widthSum += f.scaled.high - f.scaled.low;
    }
    const coverage = inside / RUNS;
    // Tolerance: ±0.06 around 0.80 (600 runs give a sampling error of about ±0.016 alone).
    expect(coverage).toBeGreaterThanOrEqual(0.74);
    expect(coverage).toBeLessThanOrEqual(0.86);
    // A range that holds the truth by being useless would pass the above: keep it informative.
    expect(widthSum / RUNS).toBeLessThan(200);
  });

  // A candidate who answered 150 questions over a month, weak (25–40%) in one task statement and 72–92% in the
  // others. A task rare in the bank has only about 7 of those answers, so luck sometimes hides it: "most runs"
  // means at least 70% first, and the top three (what "Drill my weakest" draws from) at least 90%.
  it('ranks the truly weakest task statement first in most runs, and in the top three nearly always', () => {
    const rng = mulberry32(7);
    const RUNS = 300;
    let first = 0;
    let top3 = 0;
    const tasks = Object.values(TASKS_OF).flat();
    for (let run = 0; run < RUNS; run++) {
      const weak = tasks[Math.floor(rng() * tasks.length)]!;
      const acc: Record<string, number> = {};
      for (const t of tasks) acc[t] = t === weak ? 0.25 + 0.15 * rng() : clip(0.72 + 0.2 * rng());
      const ranked = rankTasks(forecast(answer(rng, acc, 150, 30), NOW));
      if (ranked[0]?.task === weak) first++;
      if (ranked.slice(0, 3).some((r) => r.task === weak)) top3++;
    }
    expect(first / RUNS).toBeGreaterThanOrEqual(0.7);
    expect(top3 / RUNS).toBeGreaterThanOrEqual(0.9);
  });
});
