// A guide section's plain text, for search snippets, taken from the chapter
// itself (precached anyway) rather than shipped a second time in the search
// index. Each chapter is parsed once, when search first needs it.
import { loaders } from 'virtual:guide';

const HEADING = /^H[1-6]$/;
const cache = new Map<string, Promise<Map<string, string>>>();
const parsed = new Map<string, Map<string, string>>();

/** A chapter's sections if already parsed (no waiting), else undefined. */
export function parsedSections(chapterId: string): Map<string, string> | undefined {
  return parsed.get(chapterId);
}

/**
 * Section anchor → the text under its heading, up to the next heading; and
 * each "Updated" note's element id → its own text (a note is its own search
 * hit, so its words are not a section's).
 */
export function splitSections(html: string): Map<string, string> {
  const doc = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  const out = new Map<string, string[]>();
  let current: string[] | null = null;
  const walker = doc.createTreeWalker(doc.body, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === Node.ELEMENT_NODE) {
      const el = node as Element;
      if (HEADING.test(el.tagName) && el.id) out.set(el.id, (current = []));
      else if (el.classList.contains('erratum') && el.id) out.set(el.id, []);
      continue;
    }
    const parent = node.parentElement;
    // Heading text is the hit's title already; buttons (stars) and code labels are not content.
    if (!current || !parent || parent.closest('h1,h2,h3,h4,h5,h6,button,.code-lang')) continue;
    const note = parent.closest('.erratum');
    if (note) out.get(note.id)?.push(node.textContent ?? '');
    else current.push(node.textContent ?? '');
  }
  return new Map([...out].map(([id, parts]) => [id, parts.join(' ').replace(/\s+/g, ' ').trim()]));
}

export function chapterSections(chapterId: string): Promise<Map<string, string>> {
  let found = cache.get(chapterId);
  if (!found) {
    const load = loaders[chapterId];
    found = load
      ? load().then(async ({ default: m }) => {
          const sections = splitSections(m.html + (await m.rest()));
          parsed.set(chapterId, sections);
          return sections;
        })
      : Promise.resolve(new Map<string, string>());
    found.catch(() => cache.delete(chapterId));
    cache.set(chapterId, found);
  }
  return found;
}

/** Parses every chapter ahead of the first query, a chapter per idle moment. */
export function warmSections(): void {
  const ids = Object.keys(loaders);
  const idle = (fn: () => void): void => void ('requestIdleCallback' in window ? requestIdleCallback(() => fn()) : setTimeout(fn, 50));
  const next = (i: number): void => {
    if (i >= ids.length) return;
    idle(() => void chapterSections(ids[i]!).finally(() => next(i + 1)));
  };
  next(0);
}
