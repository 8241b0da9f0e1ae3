import { useEffect, useState } from 'preact/hooks';
import { listAttempts } from '../../lib/db/attempts';
import type { Attempt } from '../../lib/db/schema';
import { weakAreas } from '../../domain/practice/scoring';
import { ScoreChart } from './ScoreChart';

export default function ScoresScreen() {
  const [attempts, setAttempts] = useState<Attempt[] | null>(null);
  useEffect(() => {
    void listAttempts().then((all) => setAttempts(all.filter((a) => a.score)), () => setAttempts([]));
  }, []);
  if (!attempts) return null;
  return (
    <section class="screen">
      <h2>Practice Test Score Tracking</h2>
      {attempts.length === 0 ? (
        <p class="muted">Finish an exam in the Practice tab and its score appears here.</p>
      ) : (
        <>
          <ScoreChart attempts={attempts} />
          <div class="table-scroll" role="region" tabIndex={0} aria-label="Score history">
            <table class="scores">
              <thead>
                <tr><th scope="col">Test</th><th scope="col">Date</th><th scope="col">Score</th><th scope="col">Weak Areas</th><th scope="col">Action Items</th></tr>
              </thead>
              <tbody>
                {attempts.map((a) => (
                  <tr key={a.id}>
                    <th scope="row"><a href={`/results/${a.id}`}>{a.title}</a></th>
                    <td>{new Date(a.startedAt).toLocaleDateString()}</td>
                    <td>{a.score!.percent}% ({a.score!.scaled})</td>
                    <td>{weakAreas(a.score!, a.targetPercent).join(', ') || '—'}</td>
                    <td>{a.note || <a href={`/results/${a.id}`}>Add a note</a>}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
