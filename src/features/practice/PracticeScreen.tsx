import { useEffect, useState } from 'preact/hooks';
import { packs } from 'virtual:guide/packs';
import type { PackInfo } from '../../domain/questions/packs';
import { ImportPackCard } from './ImportPackCard';
import { useOwnPacks } from './use-questions';
import { findUnfinishedAttempt, listAttempts } from '../../lib/db/attempts';
import type { Attempt } from '../../lib/db/schema';
import { loadCoachData, type CoachData } from '../coach/coach-data';
import { CoachCard } from '../coach/CoachCard';

const GROUPS = [
  { kind: 'domain', title: 'Domain bundles' },
  { kind: 'topic', title: 'Topic bundles' },
  { kind: 'full', title: 'Full practice tests' },
] as const;

function PackLink({ pack: p, best }: { pack: PackInfo; best: number | undefined }) {
  return (
    <li>
      <a class="pack-link" href={`/practice/${p.id}`}>
        <strong>{p.title}</strong>
        <span class="muted">{p.focus}</span>
        <span class="pack-meta">
          {p.questionCount === 0
            ? 'Questions not written yet'
            : `${p.questionCount}${p.plannedCount && p.plannedCount > p.questionCount ? ` of ${p.plannedCount}` : ''} questions`}
          {` · target ${p.targetPercent}%`}
          {best !== undefined && ` · best ${best}%`}
        </span>
      </a>
    </li>
  );
}

export default function PracticeScreen() {
  const own = useOwnPacks();
  const [state, setState] = useState<{ unfinished?: Attempt; best: Map<string, number>; coach?: CoachData } | null>(null);
  useEffect(() => {
    // The coach's forecast is read with the rest, so the screen renders once; its failure hides only its card.
    void Promise.all([findUnfinishedAttempt(), listAttempts(), loadCoachData().catch(() => undefined)])
      .then(([unfinished, attempts, coach]) => {
        const best = new Map<string, number>();
        for (const a of attempts) if (a.score && a.packId) best.set(a.packId, Math.max(best.get(a.packId) ?? 0, a.score.percent));
        setState({ unfinished, best, coach });
      })
      .catch(() => setState({ best: new Map() }));
  }, []);
  if (!state) return null;
  return (
    <section class="screen">
      {state.unfinished && (
        <a class="card continue-card" href={`/exam/${state.unfinished.id}`}>
          <span class="muted">Exam in progress</span>
          <strong>Resume {state.unfinished.title}</strong>
        </a>
      )}
      {state.coach && <CoachCard data={state.coach} />}
      <p class="link-row">
        <a href="/progress/scores">Score history</a>
        <a href="#import-pack">Import your own questions</a>
      </p>
      {GROUPS.map((g) => (
        <div key={g.kind}>
          <h2>{g.title}</h2>
          <ul class="pack-list">
            {packs.filter((p) => p.kind === g.kind).map((p) => <PackLink key={p.id} pack={p} best={state.best.get(p.id)} />)}
          </ul>
        </div>
      ))}
      <h2 id="your-banks">Your question banks</h2>
      {own && own.length > 0 && (
        <ul class="pack-list">
          {own.map((p) => <PackLink key={p.id} pack={p} best={state.best.get(p.id)} />)}
        </ul>
      )}
      <ImportPackCard />
    </section>
  );
}
