import { useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';

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
      <input type="search" aria-label="Search the guide" placeholder="Search the guide" value={q} onInput={(e) => setQ(e.currentTarget.value)} autoFocus={autoFocus} />
      <button type="submit">Search</button>
    </form>
  );
}
