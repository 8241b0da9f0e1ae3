import type { TrendPoint } from '../../domain/coach/trend';
import { dateFormat } from '../../lib/date-format';

const W = 340;
const H = 180;
const PAD = { l: 36, r: 8, t: 10, b: 22 };
const formatDate = dateFormat();

/**
 * The forecast over time (its 80% range shaded) against the 720 line, with each
 * finished exam's scaled score as a dot on the same time axis.
 */
export function ForecastChart({ trend, exams }: { trend: readonly TrendPoint[]; exams: readonly { at: number; scaled: number }[] }) {
  if (trend.length === 0) return null;
  const times = [...trend.map((p) => p.at), ...exams.map((e) => e.at)];
  const t0 = Math.min(...times);
  const t1 = Math.max(...times);
  const x = (t: number): number => PAD.l + (t1 === t0 ? (W - PAD.l - PAD.r) / 2 : ((t - t0) * (W - PAD.l - PAD.r)) / (t1 - t0));
  const y = (scaled: number): number => PAD.t + ((1000 - scaled) * (H - PAD.t - PAD.b)) / 900;
  const band = [...trend.map((p) => `${x(p.at)},${y(p.high)}`), ...[...trend].reverse().map((p) => `${x(p.at)},${y(p.low)}`)].join(' ');
  const line = trend.map((p) => `${x(p.at)},${y(p.likely)}`).join(' ');
  const last = trend[trend.length - 1]!;
  return (
    <figure class="chart">
      <svg
        viewBox={`0 0 ${W} ${H}`}
        role="img"
        aria-label={`Forecast over time, from ${formatDate(trend[0]!.at)} to ${formatDate(last.at)}: now ${last.low} to ${last.high}, most likely ${last.likely}`}
        focusable="false"
        data-testid="forecast-chart"
      >
        {[100, 400, 720, 1000].map((v) => (
          <g key={v}>
            <line x1={PAD.l} x2={W - PAD.r} y1={y(v)} y2={y(v)} class={v === 720 ? 'chart-pass' : 'chart-grid'} />
            <text x={PAD.l - 4} y={y(v) + 4} text-anchor="end" class="chart-label">{v}</text>
          </g>
        ))}
        {trend.length > 1 ? <polygon points={band} class="chart-band" /> : <line x1={x(last.at)} x2={x(last.at)} y1={y(last.high)} y2={y(last.low)} class="chart-range" />}
        {trend.length > 1 ? <polyline points={line} class="chart-line" /> : <circle cx={x(last.at)} cy={y(last.likely)} r={4} class="chart-dot" />}
        {exams.map((e, i) => <circle key={i} cx={x(e.at)} cy={y(e.scaled)} r={4} class="chart-exam" />)}
        <text x={PAD.l} y={H - 6} class="chart-label">{formatDate(t0)}</text>
        <text x={W - PAD.r} y={H - 6} text-anchor="end" class="chart-label">{formatDate(t1)}</text>
      </svg>
      <figcaption class="hint">Line: the forecast as it stood each day; shaded: its range. Hollow dots: your exam scores. Green: 720, the pass mark.</figcaption>
    </figure>
  );
}
