// Offline full-text search over the guide. The index was built at build time
// in a compact form (search-codec.ts); loading it is one JSON parse and a
// decode, done once, when search is first used.
import MiniSearch from 'minisearch';
import { SEARCH_OPTIONS } from './search-options';
import { decodeSearchIndex, type CompactSearchIndex } from './search-codec';
import { chapters } from 'virtual:guide';
import { questionDoc, questionIndex, type QuestionIndex } from './question-search';
import { chapterSections, parsedSections, warmSections } from './section-text';
import { snippetParts, type SnippetPart } from '../../domain/search/snippet';

export interface SearchHit {
  id: string;
  chapterId: string;
  chapterTitle: string;
  heading: string;
  anchor: string;
  /** A window of the text, the words found marked. */
  snippet: SnippetPart[];
}

interface GuideIndex {
  mini: MiniSearch;
  docs: Record<string, string>;
}
let guide: Promise<GuideIndex> | null = null;
let questions: Promise<QuestionIndex> | null = null;
let questionsReady: QuestionIndex | null = null;

/** The guide's prebuilt index: one chunk, one JSON parse, once. */
function loadGuide(): Promise<GuideIndex> {
  guide ??= import('virtual:guide/search').then(({ default: json }) => {
    const compact = JSON.parse(json) as CompactSearchIndex;
    const docs: Record<string, string> = {};
    compact.ids.forEach((id, i) => (docs[id] = compact.headings[i]!));
    return { mini: MiniSearch.loadJS(decodeSearchIndex(compact), SEARCH_OPTIONS), docs };
  });
  guide.catch(() => {
    guide = null;
  });
  return guide;
}

/** The practice questions' index, built on the device from their chunks. */
function loadQuestions(): Promise<QuestionIndex> {
  questions ??= questionIndex().then((q) => (questionsReady = q));
  questions.catch(() => {
    questions = null;
  });
  return questions;
}

/** Loads the guide's index only (the search box calls it when touched, before anything is typed). */
export function preloadGuideIndex(): void {
  void loadGuide().catch(() => undefined);
}

/**
 * Starts loading the guide's index (the search screen calls it as it opens);
 * the questions' index and the chapters' text follow in idle time, so they
 * never hold up the first results.
 */
export function warmSearch(): void {
  void loadGuide()
    .then(() => new Promise((done) => ('requestIdleCallback' in window ? requestIdleCallback(done) : setTimeout(done, 50))))
    .then(() => {
      warmSections();
      return loadQuestions();
    })
    .catch(() => undefined);
}

const chapterTitle = (id: string): string => {
  const c = chapters.find((x) => x.id === id);
  return c ? (c.label ? `${c.label}: ${c.title}` : c.title) : id;
};

export interface SearchOptions {
  limit?: number;
  /**
   * 'complete' (the default) waits for the questions' index and every hit's
   * snippet; 'quick' answers from what is loaded now (the guide's index, the
   * chapters already parsed), so a cold start shows results at once.
   */
  mode?: 'quick' | 'complete';
}

export async function searchGuide(query: string, { limit = 30, mode = 'complete' }: SearchOptions = {}): Promise<SearchHit[]> {
  const q = query.trim();
  if (!q) return [];
  const [{ mini, docs }, qIndex] = await Promise.all([loadGuide(), mode === 'complete' ? loadQuestions() : Promise.resolve(questionsReady)]);
  const started = performance.now();
  // The guide's sections, then practice questions: each ranked on its own, so
  // the sections a quick answer showed stay when the questions join.
  const top = [...mini.search(q).slice(0, limit), ...(qIndex ? qIndex.mini.search(q).slice(0, Math.ceil(limit / 2)) : [])];
  // Snippets: a question's own text; a section's from its chapter (parsed once).
  const chapterIds = [...new Set(top.map((r) => String(r.id)).filter((id) => !id.startsWith('question:')).map((id) => id.split('#')[0]!))];
  const sections = new Map(
    await Promise.all(
      chapterIds.map(async (chapterId) => {
        const text = mode === 'complete' ? await chapterSections(chapterId).catch(() => undefined) : parsedSections(chapterId);
        return [chapterId, text ?? new Map<string, string>()] as const;
      }),
    ),
  );
  const hits = top.flatMap((r): SearchHit[] => {
    const id = String(r.id);
    if (id.startsWith('question:')) {
      const question = qIndex?.byId.get(id.slice('question:'.length));
      if (!question) return [];
      const [, title, heading, text] = questionDoc(question);
      return [{ id, chapterId: '', chapterTitle: title, heading, anchor: '', snippet: snippetParts(text, q, r.terms) }];
    }
    const heading = docs[id];
    if (heading === undefined) return [];
    const [chapterId, anchor = ''] = id.split('#') as [string, string?];
    const text = sections.get(chapterId)?.get(anchor) ?? '';
    return [{ id, chapterId, chapterTitle: chapterTitle(chapterId), heading, anchor, snippet: snippetParts(text, q, r.terms) }];
  });
  if (mode === 'complete') performance.measure('search-query', { start: started }); // read by npm run bench
  return hits;
}
