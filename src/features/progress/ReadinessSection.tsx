import type { Readiness } from '../../domain/study/readiness';
import { useChecklistTicks } from './use-checklist-ticks';

const SHOWN = 5;

/** The guide's "You're Ready When…", with what is still missing. */
export function ReadinessSection({ result, onChanged }: { result: Readiness; onChanged: () => Promise<void> }) {
  const { pending, tick: confirm } = useChecklistTicks(onChanged);
  const first = result.missing.slice(0, SHOWN);
  const rest = result.missing.slice(SHOWN);
  return (
    <section class="card" aria-labelledby="ready-title" data-testid="readiness">
      <h2 id="ready-title">You’re Ready When…</h2>
      <p class={result.ready ? 'ready-yes' : 'ready-no'}>
        <strong>{result.ready ? 'You are ready for the exam.' : 'Not ready yet.'}</strong>
      </p>
      <ul class="plain-list">
        {result.criteria.map((c) =>
          c.auto ? (
            <li key={c.id} class="check-item">
              <span class="tick" aria-hidden="true">{c.met ? '✓' : '○'}</span>
              <span>
                {c.text}{' '}
                <span class="badge">{c.met ? 'met' : 'not yet'}</span>
                <span class="hint block">
                  {result.practiceTests.map((t) => `${t.title}: ${t.latest === null ? 'no score' : `latest ${t.latest}%`}`).join(' · ')}
                </span>
              </span>
            </li>
          ) : (
            <li key={c.id} class="check-item">
              <label>
                <input type="checkbox" checked={pending[c.id] ?? c.met} onChange={(e) => void confirm(c.id, e.currentTarget.checked)} />
                <span>{c.text}</span>
              </label>
            </li>
          ),
        )}
      </ul>
      {result.missing.length > 0 && (
        <>
          <h3>Still missing</h3>
          <ul class="missing">
            {first.map((m) => <li key={m}>{m}</li>)}
          </ul>
          {rest.length > 0 && (
            <details>
              <summary>{rest.length} more</summary>
              <ul class="missing">
                {rest.map((m) => <li key={m}>{m}</li>)}
              </ul>
            </details>
          )}
        </>
      )}
    </section>
  );
}
