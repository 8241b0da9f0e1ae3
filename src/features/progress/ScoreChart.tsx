import type { Attempt } from '../../lib/db/schema';
import { dateFormat } from '../../lib/date-format';

const W = 340;
const H = 180;
const PAD = { l: 36, r: 8, t: 10, b: 22 };

const formatDate = dateFormat({ year: true });

/** Scaled scores over time against the 720 line, with its own text alternative: every point, in words. */
export function ScoreChart({ attempts }: { attempts: readonly Attempt[] }) {
  const done = attempts.filter((a) => a.score).slice().reverse(); // oldest first
  if (done.length === 0) return null;
  const x = (i: number): number => PAD.l + (done.length === 1 ? (W - PAD.l - PAD.r) / 2 : (i * (W - PAD.l - PAD.r)) / (done.length - 1));
  const y = (scaled: number): number => PAD.t + ((1000 - scaled) * (H - PAD.t - PAD.b)) / 900;
  const points = done.map((a, i) => `${x(i)},${y(a.score!.scaled)}`).join(' ');
  const targets = [...new Set(done.map((a) => a.targetPercent))];
  return (
    <figure class="chart">
      <svg viewBox={`0 0 ${W} ${H}`} aria-hidden="true" focusable="false">
        {[100, 400, 720, 1000].map((v) => (
          <g key={v}>
            <line x1={PAD.l} x2={W - PAD.r} y1={y(v)} y2={y(v)} class={v === 720 ? 'chart-pass' : 'chart-grid'} />
            <text x={PAD.l - 4} y={y(v) + 4} text-anchor="end" class="chart-label">{v}</text>
          </g>
        ))}
        {targets.map((t) => (
          <line key={t} x1={PAD.l} x2={W - PAD.r} y1={y(100 + 9 * t)} y2={y(100 + 9 * t)} class="chart-target" />
        ))}
        <polyline points={points} class="chart-line" />
        {done.map((a, i) => <circle key={a.id} cx={x(i)} cy={y(a.score!.scaled)} r={4} class="chart-dot" />)}
      </svg>
      <figcaption class="hint">
        <span class="visually-hidden">
          Scaled score trend, oldest first: {done.map((a) => `${formatDate(a.submittedAt ?? a.startedAt)}, ${a.title}: ${a.score!.scaled} (${a.score!.percent}%)`).join('; ')}.{' '}
        </span>Solid line: 720, the pass mark. Dashed: each pack’s target ({targets.map((t) => `${t}%`).join(', ')}, on the same scale).</figcaption>
    </figure>
  );
}
