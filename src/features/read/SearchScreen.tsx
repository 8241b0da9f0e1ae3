import { useEffect, useRef, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { searchGuide, warmSearch, type SearchHit } from '../../lib/guide/search';
import { SearchForm } from './SearchForm';
import { useDocumentTitle } from '../../app/document-title';
import { focusQuietly } from '../../app/route-focus';

export default function SearchScreen() {
  const { query } = useLocation();
  const initial = query.q ?? '';
  const [hits, setHits] = useState<SearchHit[] | null>(null);

  const heading = useRef<HTMLHeadingElement>(null);
  const searched = useRef(initial);
  useDocumentTitle(initial ? `Search: “${initial}”` : null);

  useEffect(warmSearch, []);
  // A new search from this screen re-creates the form under the user's focus: move it to the results.
  useEffect(() => {
    if (searched.current !== initial) focusQuietly(heading.current);
    searched.current = initial;
  }, [initial]);
  useEffect(() => {
    let live = true;
    // What is loaded answers at once (a cold start: the guide's sections); the
    // complete answer (practice questions, every snippet) follows.
    let complete = false;
    void searchGuide(initial, { mode: 'quick' })
      .then((h) => live && !complete && setHits(h))
      .then(() => new Promise((done) => setTimeout(done, 0))) // let the quick results paint first
      .then(() => searchGuide(initial))
      .then((h) => {
        complete = true;
        if (live) setHits(h);
      });
    return () => {
      live = false;
    };
  }, [initial]);

  return (
    <section class="screen">
      <SearchForm key={initial} initial={initial} replace autoFocus={!initial} />
      <h2 ref={heading} tabIndex={-1} data-route-focus>{initial ? `Results for “${initial}”` : 'Search the guide'}</h2>
      {/* Always in the page, so the count is announced when it arrives. */}
      <p class="muted" role="status">
        {hits && initial ? (hits.length === 0 ? 'Nothing matches. Try fewer or shorter words.' : `${hits.length} results`) : ''}
      </p>
      {/* Guide sections first, practice questions after: questions join when their index is ready, below, so nothing moves under a thumb. */}
      <HitList hits={hits?.filter((h) => !isQuestion(h)) ?? []} query={initial} />
      {hits && hits.some(isQuestion) && (
        <>
          <h3 class="search-group">Practice questions</h3>
          <HitList hits={hits.filter(isQuestion)} query={initial} />
        </>
      )}
    </section>
  );
}

const isQuestion = (h: SearchHit): boolean => h.id.startsWith('question:');

/** A guide hit opens its section with the words searched for marked (`hl`). */
const hitHref = (h: SearchHit, query: string): string =>
  isQuestion(h) ? `/practice/q-${h.id.slice('question:'.length)}/q` : `/read/${h.chapterId}?hl=${encodeURIComponent(query)}#${h.anchor}`;

function HitList({ hits, query }: { hits: readonly SearchHit[]; query: string }) {
  if (hits.length === 0) return null;
  return (
    <ol class="search-results">
      {hits.map((h) => (
        <li key={h.id}>
          <a href={hitHref(h, query)}>
            <span class="muted">{h.chapterTitle}</span>
            <strong>{h.heading}</strong>
            {h.snippet.length > 0 && (
              <span class="snippet">{h.snippet.map((part, i) => (part.mark ? <mark key={i}>{part.text}</mark> : part.text))}</span>
            )}
          </a>
        </li>
      ))}
    </ol>
  );
}
