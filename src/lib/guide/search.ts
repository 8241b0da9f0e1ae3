// Offline full-text search over the guide. The index was built at build time;
// loading it is one JSON parse, done once, when search is first used.
import MiniSearch from 'minisearch';
import { SEARCH_OPTIONS } from './search-options';

export interface SearchHit {
  id: string;
  chapterId: string;
  chapterTitle: string;
  heading: string;
  anchor: string;
  snippet: { before: string; match: string; after: string };
}

interface Loaded {
  mini: MiniSearch;
  docs: Record<string, [string, string, string, string]>;
}
let loaded: Promise<Loaded> | null = null;

function load(): Promise<Loaded> {
  loaded ??= import('virtual:guide/search').then(({ index, docs }) => ({ mini: MiniSearch.loadJSON(index, SEARCH_OPTIONS), docs }));
  return loaded;
}

/** A window of text around the first matched term. */
export function makeSnippet(text: string, terms: readonly string[], radius = 80): SearchHit['snippet'] {
  const lower = text.toLowerCase();
  let at = -1;
  let len = 0;
  for (const term of terms) {
    const i = lower.indexOf(term.toLowerCase());
    if (i >= 0 && (at < 0 || i < at)) {
      at = i;
      len = term.length;
    }
  }
  if (at < 0) return { before: '', match: '', after: text.slice(0, radius * 2) + (text.length > radius * 2 ? '…' : '') };
  const start = Math.max(0, at - radius);
  const end = Math.min(text.length, at + len + radius);
  return {
    before: (start > 0 ? '…' : '') + text.slice(start, at),
    match: text.slice(at, at + len),
    after: text.slice(at + len, end) + (end < text.length ? '…' : ''),
  };
}

export async function searchGuide(query: string, limit = 30): Promise<SearchHit[]> {
  const q = query.trim();
  if (!q) return [];
  const { mini, docs } = await load();
  const started = performance.now();
  const hits = mini
    .search(q)
    .slice(0, limit)
    .flatMap((r) => {
      const doc = docs[String(r.id)];
      if (!doc) return [];
      const [chapterId, chapterTitle, heading, text] = doc;
      return [{ id: String(r.id), chapterId, chapterTitle, heading, anchor: String(r.id).split('#')[1] ?? '', snippet: makeSnippet(text, r.terms) }];
    });
  performance.measure('search-query', { start: started }); // read by npm run bench
  return hits;
}
