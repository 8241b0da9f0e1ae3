// Ids of the guide's checklist items, Must Know facts and Common Mistakes.
//
// The user's ticks, stars and card schedules are saved under these ids, so an
// id is made from the item's own text, never from its position: inserting an
// item before another, or renaming the heading above it, leaves its id alone.
// (Schema 8 and earlier used positions — `chapter:heading:N`, `heading--fact-N`,
// `heading/N` — so one inserted item moved every later tick onto its neighbour.)
//
//   checklist item   `${chapter}:${key}`      stored in the checklist store
//   Must Know fact   `fact-${key}`            element id; star `${chapter}#fact-…`, card `must-know:${chapter}#fact-…`
//   Common Mistake   `mistake-${key}`         element id; card `common-mistake:${chapter}#mistake-…`
//
// key = slug of the first KEY_WORDS words of the item's own text (not its
// nested items; a leading "Mistake N:" dropped, since that is a number too),
// then a short hash of that whole text: adding or removing any other item
// never changes a key. The same text more than once in a chapter (the
// completion checklist has six "Read complete", one under each chapter) adds
// a hash of its parent item and heading; twins under one parent and heading
// are told apart by their order, the one case where order is all there is.
// Editing an item's own text changes its id: content/ids.json names it, and
// its saved state then needs a migration like step 9.
//
// compile-chapter.ts and flashcards.ts lex the same Markdown the same way and
// both call chapterItemIds, so the page's anchors and the cards' ids agree.
// Each entry also keeps its old positional place (heading and index) for the
// one-time migration of saved data (positional-ids.ts).
import GithubSlugger, { slug } from 'github-slugger';
import type { Token, Tokens } from 'marked';
import { plainText } from './plain-text.ts';

/** Words of an item's text in its key: enough to tell items apart, short enough to read. */
export const KEY_WORDS = 6;

const CALLOUT_EMOJI = ['⭐', '💡', '⚠️', '🔗', '🎯'];
/** compile-chapter renders such a paragraph and the lists after it as one callout. */
export const isCallout = (t: Token): boolean => t.type === 'paragraph' && CALLOUT_EMOJI.some((e) => t.raw.startsWith(`${e} **`) || t.raw.startsWith(`${e}**`));
export const isMustKnow = (t: Token): boolean => t.raw.startsWith('⭐ **') || t.raw.startsWith('⭐**');
export const isCommonMistakes = (t: Token): boolean => /^⚠️ ?\*\*Common Mistakes/.test(t.raw);

export interface ItemId {
  /** The new id: a checklist id, or a fact's / mistake's element id. */
  id: string;
  /** Old positional place: the heading id above the item … */
  heading: string;
  /** … and its 0-based number there (checkbox index, fact N-1, mistake N-1). */
  index: number;
}

export interface ChapterItemIds {
  /** Task-list items (checkboxes), in document order. */
  checks: Map<Tokens.ListItem, ItemId>;
  /** Every non-task item of a Must Know callout, nested ones too (each can be starred). */
  facts: Map<Tokens.ListItem, ItemId>;
  /** Top-level items of a Common Mistakes callout. */
  mistakes: Map<Tokens.ListItem, ItemId>;
}

/** An item's own visible text: without its checkbox and nested lists. */
export function ownText(item: Tokens.ListItem): string {
  const own = item.tokens.filter((t) => t.type !== 'list' && t.type !== 'checkbox' && t.type !== 'space');
  return plainText(own).replace(/\s+/g, ' ').trim();
}

/** Slug of the first KEY_WORDS words. */
export function textKey(text: string): string {
  return slug(text).split('-').filter(Boolean).slice(0, KEY_WORDS).join('-') || 'item';
}

/** FNV-1a, 32 bits, base 36: short and the same on every machine (no crypto in the browser path). */
export function shortHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}

interface Found {
  item: Tokens.ListItem;
  text: string;
  parent: string;
  heading: string;
  index: number;
}

/** Keys for one kind, unique within the chapter (see the header for the rule). */
function assign(found: Found[], prefix: string): Map<Tokens.ListItem, ItemId> {
  // Every key carries a hash of the item's whole text: no other item, added or
  // removed anywhere, can change it (a shared opening needs no tie-break).
  const base = found.map((f) => `${textKey(f.text)}-${shortHash(f.text)}`);
  const count = new Map<string, number>();
  for (const b of base) count.set(b, (count.get(b) ?? 0) + 1);
  const seen = new Map<string, number>();
  const out = new Map<Tokens.ListItem, ItemId>();
  found.forEach((f, i) => {
    let key = base[i]!;
    if (count.get(key)! > 1) {
      // The same text more than once: told apart by where it sits, its parent item and heading …
      key = `${key}-${shortHash(`${f.parent}\n${f.heading}`)}`;
      const n = (seen.get(key) ?? 0) + 1;
      seen.set(key, n);
      // … and twins under one parent and heading by order, the one case where order is all there is.
      if (n > 1) key = `${key}-${n}`;
    }
    out.set(f.item, { id: `${prefix}${key}`, heading: f.heading, index: f.index });
  });
  return out;
}

/** Every list item under a token, in document (render) order, with its parent item. */
function eachItem(t: Token, visit: (item: Tokens.ListItem, parent: Tokens.ListItem | null) => void, parent: Tokens.ListItem | null = null): void {
  if (t.type === 'list') {
    for (const item of (t as Tokens.List).items) {
      visit(item, parent);
      for (const child of item.tokens) eachItem(child, visit, item);
    }
  } else if ('tokens' in t && t.tokens) {
    for (const child of t.tokens) eachItem(child, visit, parent);
  }
}

/** The ids of a chapter's items, from its lexed tokens. Pure and deterministic. */
export function chapterItemIds(chapterId: string, tokens: readonly Token[]): ChapterItemIds {
  // Heading ids exactly as compile-chapter makes them (same text, same slugger order).
  const slugger = new GithubSlugger();
  let heading = 'top';
  let checkIndex = 0;
  const mistakeCount = new Map<string, number>();
  const checks: Found[] = [];
  const facts: Found[] = [];
  const mistakes: Found[] = [];
  const parentText = (p: Tokens.ListItem | null): string => (p ? ownText(p) : '');

  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.type === 'heading') {
      heading = slugger.slug(plainText((t as Tokens.Heading).tokens).replace(/\s+/g, ' ').trim());
      checkIndex = 0; // compile-chapter numbered checkboxes per heading
      continue;
    }
    // A callout takes the lists after it (blank lines between allowed).
    const group: Token[] = [t];
    if (isCallout(t)) {
      while (i + 1 < tokens.length && (tokens[i + 1]!.type === 'list' || tokens[i + 1]!.type === 'space')) group.push(tokens[++i]!);
    }
    const mustKnow = isCallout(t) && isMustKnow(t);
    const commonMistakes = isCallout(t) && isCommonMistakes(t);
    let factN = 0;
    for (const g of group) {
      eachItem(g, (item, parent) => {
        const text = ownText(item);
        if (item.task) checks.push({ item, text, parent: parentText(parent), heading, index: checkIndex++ });
        else if (mustKnow) facts.push({ item, text, parent: parentText(parent), heading, index: factN++ });
        if (commonMistakes && !parent) {
          const k = mistakeCount.get(heading) ?? 0;
          mistakeCount.set(heading, k + 1);
          mistakes.push({ item, text: text.replace(/^Mistake\s*\d+\s*:\s*/i, ''), parent: '', heading, index: k });
        }
      });
    }
  }
  return { checks: assign(checks, `${chapterId}:`), facts: assign(facts, 'fact-'), mistakes: assign(mistakes, 'mistake-') };
}
