import { useEffect, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { chapters } from 'virtual:guide';
import { listReading } from '../../lib/db/reading';
import { listChecklist } from '../../lib/db/checklist';
import type { ReadingState } from '../../lib/db/schema';
import { checkedPerChapter, percent } from '../../domain/reader/progress';
import { SearchForm } from './SearchForm';
import { useStoreChanges } from '../../app/use-live-reload';

interface Progress {
  reading: Map<string, ReadingState>;
  checked: Map<string, number>;
}

function useProgress(): Progress | null {
  const [progress, setProgress] = useState<Progress | null>(null);
  const [changes, setChanges] = useState(0); // another tab changed data: read again
  useStoreChanges(['reading', 'checklist'], () => setChanges((n) => n + 1));
  useEffect(() => {
    // The guide's box ids (a small lazy chunk): ticks saved under ids it no longer has are not counted.
    void Promise.all([listReading(), listChecklist(), import('virtual:guide/checklist-ids')])
      .then(([reading, checks, keys]) => {
        const checked = checkedPerChapter(checks, keys.default);
        setProgress({ reading: new Map(reading.map((r) => [r.chapterId, r])), checked });
      })
      .catch(() => setProgress({ reading: new Map(), checked: new Map() }));
  }, [changes]);
  return progress;
}

export function ReadScreen() {
  const { route, query } = useLocation();
  const progress = useProgress();

  const last = progress ? [...progress.reading.values()].sort((a, b) => b.updatedAt - a.updatedAt)[0] : undefined;
  const lastMeta = last && chapters.find((c) => c.id === last.chapterId);

  useEffect(() => {
    // The "Continue reading" shortcut opens /read?continue.
    if (progress && 'continue' in query) route(lastMeta ? `/read/${lastMeta.id}?resume` : '/read', true);
  }, [progress]);

  if (!progress) return null;
  const updates = chapters.reduce((n, c) => n + c.updates, 0);
  return (
    <section class="screen">
      <SearchForm />
      {lastMeta && last && !last.read && (
        <a class="card continue-card" href={`/read/${lastMeta.id}?resume`}>
          <span class="muted">Continue reading</span>
          <strong>{lastMeta.label ? `${lastMeta.label}: ` : ''}{lastMeta.title}</strong>
          <span class="muted">{percent(last.progress, last.read)}% read</span>
        </a>
      )}
      <h2>Chapters</h2>
      <ol class="chapter-list">
        {chapters.map((c) => {
          const r = progress.reading.get(c.id);
          const pct = percent(r?.progress ?? 0, r?.read ?? false);
          const checked = progress.checked.get(c.id) ?? 0;
          return (
            <li key={c.id}>
              <a href={`/read/${c.id}`} class="chapter-link">
                <span class="chapter-label">{c.label || 'Guide'}</span>
                <span class="chapter-title">{c.title}</span>
                <span class="chapter-meta">
                  {r?.read ? 'Read ✓' : `${pct}% read`} · {Math.round(c.words / 230)} min
                  {c.checklistCount > 0 && ` · ${checked}/${c.checklistCount} checked`}
                </span>
                <span class="progress-bar" aria-hidden="true"><span style={{ width: `${pct}%` }} /></span>
              </a>
            </li>
          );
        })}
      </ol>
      {updates > 0 && (
        <a class="card errata-card" href="/read/updates">
          <strong>What has changed since the guide was written</strong>
          <span class="muted">{updates === 1 ? '1 “Updated” note' : `${updates} “Updated” notes`} on dated statements, with their sources</span>
        </a>
      )}
    </section>
  );
}
