// Offline full-text search over the guide. The index was built at build time;
// loading it is one JSON parse, done once, when search is first used.
import MiniSearch from 'minisearch';
import { SEARCH_OPTIONS } from './search-options';
import { chapters } from 'virtual:guide';
import { questionDoc, questionIndex, type QuestionIndex } from './question-search';
import { chapterSections, warmSections } from './section-text';

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
  docs: Record<string, string>;
  questions: QuestionIndex;
}
let loaded: Promise<Loaded> | null = null;

/** The guide's prebuilt index and the questions' on-device one, loaded in parallel, once. */
function load(): Promise<Loaded> {
  loaded ??= Promise.all([import('virtual:guide/search'), questionIndex()]).then(([{ index, docs }, questions]) => ({
    mini: MiniSearch.loadJSON(index, SEARCH_OPTIONS),
    docs,
    questions,
  }));
  loaded.catch(() => {
    loaded = null;
  });
  return loaded;
}

/** Starts loading both indexes and the chapters' text (the search screen calls it as it opens). */
export function warmSearch(): void {
  void load().catch(() => undefined);
  warmSections();
}

const chapterTitle = (id: string): string => {
  const c = chapters.find((x) => x.id === id);
  return c ? (c.label ? `${c.label}: ${c.title}` : c.title) : id;
};

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
  const { mini, docs, questions } = await load();
  const started = performance.now();
  // One ranking over both indexes: guide sections and practice questions.
  const results = [...mini.search(q), ...questions.mini.search(q)].sort((a, b) => b.score - a.score);
  const top = results.slice(0, limit);
  // Snippets: a question's own text; a section's from its chapter (parsed once).
  const sections = new Map(
    await Promise.all(
      [...new Set(top.map((r) => String(r.id)).filter((id) => !id.startsWith('question:')).map((id) => id.split('#')[0]!))].map(
        async (chapterId) => [chapterId, await chapterSections(chapterId).catch(() => new Map<string, string>())] as const,
      ),
    ),
  );
  const hits = top.flatMap((r): SearchHit[] => {
    const id = String(r.id);
    if (id.startsWith('question:')) {
      const question = questions.byId.get(id.slice('question:'.length));
      if (!question) return [];
      const [, title, heading, text] = questionDoc(question);
      return [{ id, chapterId: '', chapterTitle: title, heading, anchor: '', snippet: makeSnippet(text, r.terms) }];
    }
    const heading = docs[id];
    if (heading === undefined) return [];
    const [chapterId, anchor = ''] = id.split('#') as [string, string?];
    const text = sections.get(chapterId)?.get(anchor) ?? '';
    return [{ id, chapterId, chapterTitle: chapterTitle(chapterId), heading, anchor, snippet: makeSnippet(text, r.terms) }];
  });
  performance.measure('search-query', { start: started }); // read by npm run bench
  return hits;
}
