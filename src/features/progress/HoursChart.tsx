import { hoursBars, WEEKLY_HOURS_BAND } from '../../domain/study/progress-view';
import type { WeekRow } from '../../domain/study/weekly-log';

const W = 340;
const H = 150;
const PAD = { l: 30, r: 8, t: 8, b: 22 };

/**
 * Hours studied per plan week against the guide's 2–3 hours a day (10–18 h a
 * week on 5–6 days). Decorative for screen readers: the Weekly Progress Log
 * table beside it carries the same numbers.
 */
export function HoursChart({ rows }: { rows: readonly WeekRow[] }) {
  const { bars, maxHours } = hoursBars(rows);
  if (bars.length === 0) return null;
  const innerW = W - PAD.l - PAD.r;
  const innerH = H - PAD.t - PAD.b;
  const slot = innerW / bars.length;
  const barW = Math.min(28, slot * 0.7);
  const y = (h: number): number => PAD.t + innerH - (h / maxHours) * innerH;
  return (
    <figure class="chart hours-chart">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label="Hours studied per week; the Weekly Progress Log table lists the same hours" focusable="false">
        <rect x={PAD.l} y={y(WEEKLY_HOURS_BAND.high)} width={innerW} height={y(WEEKLY_HOURS_BAND.low) - y(WEEKLY_HOURS_BAND.high)} class="chart-band" />
        {[0, WEEKLY_HOURS_BAND.low, WEEKLY_HOURS_BAND.high].map((v) => (
          <g key={v}>
            <line x1={PAD.l} x2={W - PAD.r} y1={y(v)} y2={y(v)} class="chart-grid" />
            <text x={PAD.l - 4} y={y(v) + 4} text-anchor="end" class="chart-label">{v}</text>
          </g>
        ))}
        {bars.map((b, i) => {
          const x = PAD.l + i * slot + (slot - barW) / 2;
          return (
            <g key={b.week}>
              <rect x={x} y={y(b.hours)} width={barW} height={Math.max(0, y(0) - y(b.hours))} rx={3} class={`chart-bar chart-bar-${b.rating}`} />
              <text x={x + barW / 2} y={H - 6} text-anchor="middle" class="chart-label">{b.week}</text>
            </g>
          );
        })}
      </svg>
      <figcaption class="hint">Hours per plan week. Shaded: the guide’s 2–3 hours a day on 5–6 days ({WEEKLY_HOURS_BAND.low}–{WEEKLY_HOURS_BAND.high} h).</figcaption>
    </figure>
  );
}
