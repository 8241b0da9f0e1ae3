import { useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import type { PackInfo } from '../../domain/questions/packs';
import { parseSessionSize, pickSessionQuestions, SHORT_SIZES } from '../../domain/practice/short-session';
import { listResults } from '../../lib/db/results';
import { savePracticeSession } from '../../lib/db/practice-sessions';
import { describeStorageError } from '../../lib/db/errors';
import { arrangeSitting } from '../../lib/questions/arrange';

/**
 * A short session of a pack (issue 12): 10, 20 or a chosen number of its
 * questions, unseen first, then missed. An ordinary practice session with a
 * list of its own, a running score, and a summary in the score history.
 */
export function ShortSessionCard({ pack }: { pack: PackInfo }) {
  const { route } = useLocation();
  const [custom, setCustom] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function start(size: number): Promise<void> {
    setBusy(true);
    try {
      const latest = new Map((await listResults()).map((r) => [r.questionId, r]));
      const questionIds = pickSessionQuestions(pack.questionIds, latest, size);
      const now = Date.now();
      const id = `short-${pack.id}-${now}`;
      await savePracticeSession({ id, packId: pack.id, title: `${pack.title}: ${questionIds.length} questions`, ...(await arrangeSitting(questionIds, true)), index: 0, answers: {}, updatedAt: now, kind: 'short' });
      route(`/practice/${id}/q`);
    } catch (e) {
      setError(describeStorageError(e));
      setBusy(false);
    }
  }

  // No <form>: an imported pack's screens stay free of forms, so nothing on them can post (tests/browser/own-packs.test.ts).
  function startCustom(): void {
    const parsed = parseSessionSize(custom);
    if ('error' in parsed) {
      setError(parsed.error);
      return;
    }
    setError(null);
    void start(parsed.size);
  }

  const sizes = SHORT_SIZES.filter((n) => n < pack.questionCount);
  return (
    <div class="card">
      <h2>Short session</h2>
      <p>A few questions with a running score: the ones you have not seen first, then the ones you missed. The result joins your score history.</p>
      <div class="button-row">
        {sizes.map((n) => (
          <button key={n} type="button" class="secondary" disabled={busy} onClick={() => void start(n)}>{n} questions</button>
        ))}
      </div>
      <div class="short-custom">
        <label>
          Or choose how many
          <input type="text" inputMode="numeric" value={custom} onInput={(e) => setCustom(e.currentTarget.value)} onKeyDown={(e) => e.key === 'Enter' && startCustom()} aria-invalid={error !== null} aria-describedby={error ? 'short-error' : undefined} />
        </label>
        <button type="button" class="secondary" disabled={busy} onClick={startCustom}>Start</button>
      </div>
      {error && <p role="alert" id="short-error" class="error">{error}</p>}
    </div>
  );
}
