import { useEffect, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { searchGuide, warmSearch, type SearchHit } from '../../lib/guide/search';
import { SearchForm } from './SearchForm';

export default function SearchScreen() {
  const { query } = useLocation();
  const initial = query.q ?? '';
  const [hits, setHits] = useState<SearchHit[] | null>(null);

  useEffect(warmSearch, []);
  useEffect(() => {
    let live = true;
    void searchGuide(initial).then((h) => live && setHits(h));
    return () => {
      live = false;
    };
  }, [initial]);

  return (
    <section class="screen">
      <SearchForm key={initial} initial={initial} replace autoFocus={!initial} />
      <h2>{initial ? `Results for “${initial}”` : 'Search the guide'}</h2>
      {hits && initial && <p class="muted" role="status">{hits.length === 0 ? 'No sections match. Try fewer or shorter words.' : `${hits.length}${hits.length === 30 ? '+' : ''} sections`}</p>}
      <ol class="search-results">
        {hits?.map((h) => (
          <li key={h.id}>
            <a href={h.id.startsWith('question:') ? `/practice/q-${h.id.slice('question:'.length)}/q` : `/read/${h.chapterId}#${h.anchor}`}>
              <span class="muted">{h.chapterTitle}</span>
              <strong>{h.heading}</strong>
              <span class="snippet">{h.snippet.before}<mark>{h.snippet.match}</mark>{h.snippet.after}</span>
            </a>
          </li>
        ))}
      </ol>
    </section>
  );
}
