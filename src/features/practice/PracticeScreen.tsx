import { useEffect, useState } from 'preact/hooks';
import { packs } from 'virtual:guide/packs';
import { findUnfinishedAttempt, listAttempts } from '../../lib/db/attempts';
import type { Attempt } from '../../lib/db/schema';

const GROUPS = [
  { kind: 'domain', title: 'Domain bundles' },
  { kind: 'topic', title: 'Topic bundles' },
  { kind: 'full', title: 'Full practice tests' },
] as const;

export default function PracticeScreen() {
  const [state, setState] = useState<{ unfinished?: Attempt; best: Map<string, number> } | null>(null);
  useEffect(() => {
    void Promise.all([findUnfinishedAttempt(), listAttempts()])
      .then(([unfinished, attempts]) => {
        const best = new Map<string, number>();
        for (const a of attempts) if (a.score && a.packId) best.set(a.packId, Math.max(best.get(a.packId) ?? 0, a.score.percent));
        setState({ unfinished, best });
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
      <p><a href="/progress/scores">Score history</a></p>
      {GROUPS.map((g) => (
        <div key={g.kind}>
          <h2>{g.title}</h2>
          <ul class="pack-list">
            {packs.filter((p) => p.kind === g.kind).map((p) => {
              const best = state.best.get(p.id);
              return (
                <li key={p.id}>
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
            })}
          </ul>
        </div>
      ))}
    </section>
  );
}
