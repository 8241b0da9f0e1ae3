import { useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';

/**
 * The first search after a launch should not wait for the search screen and the
 * guide's index to load: both start loading as soon as the box is touched.
 */
function preloadSearch(): void {
  void import('./SearchScreen').catch(() => undefined);
  void import('../../lib/guide/search').then((m) => m.preloadGuideIndex()).catch(() => undefined);
}

/** The guide's search box; submitting opens /search?q=… */
export function SearchForm({ initial = '', replace = false, autoFocus = false }: { initial?: string; replace?: boolean; autoFocus?: boolean }) {
  const { route } = useLocation();
  const [q, setQ] = useState(initial);
  return (
    <form
      role="search"
      class="search-form"
      onSubmit={(e) => {
        e.preventDefault();
        if (q.trim()) route(`/search?q=${encodeURIComponent(q.trim())}`, replace);
      }}
    >
      <input type="search" aria-label="Search the guide" placeholder="Search the guide" value={q} onInput={(e) => setQ(e.currentTarget.value)} onFocus={preloadSearch} onPointerDown={preloadSearch} autoFocus={autoFocus} />
      <button type="submit">Search</button>
    </form>
  );
}
