// The forecast as it stood at past moments, recomputed from the stored answers
// (no snapshots are kept: an answer's time is enough). Pure.
import { forecast, type CoachAnswer } from './model';

export interface TrendPoint {
  at: number;
  likely: number;
  low: number;
  high: number;
}

/** The forecast at each of `moments` (epoch ms, e.g. the end of each day), from the answers given by then; moments with too few answers are left out. */
export function forecastTrend(answers: readonly CoachAnswer[], moments: readonly number[]): TrendPoint[] {
  const sorted = [...answers].sort((a, b) => a.at - b.at);
  const out: TrendPoint[] = [];
  for (const at of moments) {
    let end = 0;
    while (end < sorted.length && sorted[end]!.at <= at) end++;
    const f = forecast(sorted.slice(0, end), at);
    if (f.ready) out.push({ at, likely: f.scaled.likely, low: f.scaled.low, high: f.scaled.high });
  }
  return out;
}
