// Flashcards from the guide, built at build time (virtual:guide/flashcards).
// Sources, all read from the chapter Markdown:
//   must-know        every item of a "⭐ **Must Know (Critical Facts)**:" list
//   glossary         every "**Term**: definition" paragraph under the Glossary heading
//   quick-reference  every item of a "Quick Reference Card" ("**Group**:" + list)
//   common-mistake   every item of a "⚠️ **Common Mistakes & Misconceptions**:" list,
//                    with its nested "Why it's wrong" and "Correct understanding"
// Must Know and Common Mistake cards are keyed by their item's text (item-ids.ts),
// glossary and Quick Reference cards by their term: never by a position, so
// editing the guide elsewhere leaves a card's schedule on the card.
// extractFlashcards is pure and deterministic; buildFlashcards also validates
// (empty sides, missing parts, duplicate ids, fact anchors) and fails with the
// chapter file and line.
import GithubSlugger from 'github-slugger';
import { Marked, type Token, type Tokens } from 'marked';
import { ContentError, lineAt, tokenOffsets } from './content-error.ts';
import { chapterItemIds, isCallout, isCommonMistakes, isMustKnow } from './item-ids.ts';
import { plainText } from './plain-text.ts';
import type { Flashcard, FlashcardKind } from '../../src/domain/content/flashcard.ts';
import { formatSince, type Erratum } from './errata-schema.ts';

export type { Flashcard, FlashcardKind, FlashcardUpdate } from '../../src/domain/content/flashcard.ts';

export interface ChapterSource {
  id: string;
  markdown: string;
}

export interface FlashcardSource {
  card: Flashcard;
  /** 1-based line in the chapter's Markdown where the card's source starts. */
  line: number;
  /** Structural problems found while extracting (checked by checkFlashcards). */
  problems: string[];
}

// ---------------------------------------------------------------------------
// Heading ids: the same text and slugger as compile-chapter.ts, so anchors match.

/** compile-chapter's plainText: heading ids depend on it byte for byte. */
const headingPlainText = plainText;

// Callouts (isCallout, isMustKnow, isCommonMistakes) are recognised as
// compile-chapter groups them; see item-ids.ts.

// ---------------------------------------------------------------------------
// Plain text of inline tokens: emphasis dropped, code spans and escapes kept as text.

function inlineText(tokens: Token[] | undefined): string {
  if (!tokens) return '';
  return tokens
    .map((t) => {
      if (t.type === 'escape' || t.type === 'codespan') return (t as Tokens.Escape | Tokens.Codespan).text;
      if (t.type === 'br') return ' ';
      if (t.type === 'html') return '';
      if ('tokens' in t && t.tokens) return inlineText(t.tokens);
      return 'text' in t && typeof t.text === 'string' ? t.text : '';
    })
    .join('');
}

const squash = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** The inline tokens of a list item's own text (not its nested lists). */
function itemInline(item: Tokens.ListItem): Token[] {
  const out: Token[] = [];
  for (const t of item.tokens) {
    if (t.type === 'list' || t.type === 'space') continue;
    if (out.length) out.push({ type: 'text', raw: ' ', text: ' ' } as Tokens.Text);
    if ('tokens' in t && t.tokens) out.push(...t.tokens);
    else if ('text' in t && typeof t.text === 'string') out.push({ type: 'text', raw: t.text, text: t.text } as Tokens.Text);
  }
  return out;
}

/** "**Key**: rest" → { key, rest }; null when the text does not start with a bold key. */
function splitKey(inline: Token[]): { key: string; rest: string } | null {
  const [first, second] = inline;
  if (first?.type !== 'strong' || second?.type !== 'text' || !second.raw.startsWith(':')) return null;
  const key = squash(inlineText((first as Tokens.Strong).tokens));
  const rest = squash(inlineText(inline.slice(1)).replace(/^:/, ''));
  return key ? { key, rest } : null;
}

const nestedItems = (item: Tokens.ListItem): Tokens.ListItem[] => item.tokens.filter((t): t is Tokens.List => t.type === 'list').flatMap((l) => l.items);

const endsSentence = (s: string): boolean => /[.!?…:]$/.test(s);

/** The prompt part of a fact that has no bold key: its lead clause, or its first half. */
function leadOf(fact: string): string {
  const dash = fact.indexOf(' - ');
  if (dash > 0) return fact.slice(0, dash).trim();
  const stop = fact.search(/\.\s/);
  if (stop > 0) return fact.slice(0, stop).trim();
  const words = fact.split(' ');
  return words.slice(0, Math.max(3, Math.ceil(words.length / 2))).join(' ');
}

// ---------------------------------------------------------------------------

interface Heading {
  id: string;
  text: string;
  depth: number;
}

type Section = { kind: 'glossary' | 'quick-reference'; depth: number; anchor: string; slugger: GithubSlugger; group: string | null };

function extractChapter(chapter: ChapterSource): FlashcardSource[] {
  const { id: chapterId, markdown } = chapter;
  const tokens = new Marked({ gfm: true }).lexer(markdown);
  const out: FlashcardSource[] = [];
  // Must Know and Common Mistake cards take the element id of their item (from
  // its text, item-ids.ts): the same id as the compiled page, whatever comes before.
  const items = chapterItemIds(chapterId, tokens);

  const offsets = tokenOffsets(markdown, tokens);
  const lineOf = (offset: number): number => lineAt(markdown, offset);
  /** Line of each item of a list token (and of their nested items), by raw text search. */
  const itemLines = (list: Tokens.List, listOffset: number): Map<Tokens.ListItem, number> => {
    const lines = new Map<Tokens.ListItem, number>();
    const walk = (l: Tokens.List, base: number): void => {
      let cursor = base;
      for (const item of l.items) {
        const found = markdown.indexOf(item.raw, cursor);
        const at = found >= 0 ? found : cursor;
        lines.set(item, lineOf(at));
        let inner = at;
        for (const t of item.tokens) {
          if (t.type !== 'list') continue;
          const f = markdown.indexOf(t.raw, inner);
          const lat = f >= 0 ? f : inner;
          walk(t as Tokens.List, lat);
          inner = lat + t.raw.length;
        }
        if (found >= 0) cursor = found + item.raw.length;
      }
    };
    walk(list, listOffset);
    return lines;
  };

  const push = (kind: FlashcardKind, anchor: string, key: string, front: string, back: string, line: number, problems: string[] = []): void => {
    const id = `${kind}:${chapterId}#${anchor}${key ? `/${key}` : ''}`;
    out.push({ card: { id, kind, chapter: chapterId, anchor, front: squash(front), back: back.trim() }, line, problems });
  };

  const slugger = new GithubSlugger();
  let heading: Heading = { id: 'top', text: '', depth: 0 };
  // Open headings, outermost first. A card's prompt names its topic: the nearest
  // heading that is not a "Detailed Example" (its anchor stays the nearest heading).
  const open: Heading[] = [];
  const topic = (): string => {
    const h = [...open].reverse().find((x) => !/^Detailed Example\b/i.test(x.text));
    return h ? `${h.text} — ` : '';
  };
  let section: Section | null = null;

  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const offset = offsets[i] ?? 0;

    if (t.type === 'heading') {
      const h = t as Tokens.Heading;
      const text = headingPlainText(h.tokens).replace(/\s+/g, ' ').trim();
      heading = { id: slugger.slug(text), text, depth: h.depth };
      while (open.length && open[open.length - 1]!.depth >= h.depth) open.pop();
      open.push(heading);
      if (section && h.depth <= section.depth) section = null;
      if (/^(Appendix [A-Z]: )?Glossary$/i.test(text)) section = { kind: 'glossary', depth: h.depth, anchor: heading.id, slugger: new GithubSlugger(), group: null };
      else if (/^Quick Reference Card$/i.test(text)) section = { kind: 'quick-reference', depth: h.depth, anchor: heading.id, slugger: new GithubSlugger(), group: null };
      continue;
    }

    if (isCallout(t)) {
      // The callout and the lists after it, exactly as compile-chapter groups them.
      const lists: { list: Tokens.List; offset: number }[] = [];
      let j = i + 1;
      while (j < tokens.length && (tokens[j]!.type === 'list' || tokens[j]!.type === 'space')) {
        if (tokens[j]!.type === 'list') lists.push({ list: tokens[j] as Tokens.List, offset: offsets[j] ?? 0 });
        j++;
      }
      i = j - 1;

      if (isMustKnow(t)) {
        // Every non-task item of the callout is a fact with its own anchor (nested
        // ones too, for stars); a card is made for each top-level one.
        const visit = (item: Tokens.ListItem, lines: Map<Tokens.ListItem, number>, top: boolean): void => {
          const anchor = items.facts.get(item)?.id;
          if (top && anchor) {
            const inline = itemInline(item);
            const keyed = splitKey(inline);
            const fact = squash(inlineText(inline));
            const extra = nestedItems(item).map((c) => squash(inlineText(itemInline(c))));
            const where = topic();
            const front = keyed ? `${where}What must you know about “${keyed.key}”?` : `${where}Complete the fact: “${leadOf(fact)} …”`;
            const back = [keyed ? keyed.rest : fact, ...extra].filter(Boolean).join('\n\n');
            push('must-know', anchor, '', front, back, lines.get(item) ?? lineOf(offset));
          }
          for (const child of nestedItems(item)) visit(child, lines, false);
        };
        for (const { list, offset: lo } of lists) {
          const lines = itemLines(list, lo);
          for (const item of list.items) visit(item, lines, true);
        }
      } else if (isCommonMistakes(t)) {
        let k = 0; // only to name the item in a problem
        for (const { list, offset: lo } of lists) {
          const lines = itemLines(list, lo);
          for (const item of list.items) {
            k++;
            const anchor = items.mistakes.get(item)?.id ?? heading.id;
            const inline = itemInline(item);
            const keyed = splitKey(inline);
            const mistake = keyed && /^Mistake\s*\d+$/i.test(keyed.key) ? keyed.rest : squash(inlineText(inline));
            const problems: string[] = [];
            let why = '';
            let correct = '';
            const others: string[] = [];
            for (const child of nestedItems(item)) {
              const part = splitKey(itemInline(child));
              if (part && /^why it['’]s wrong$/i.test(part.key)) why = part.rest;
              else if (part && /^correct understanding$/i.test(part.key)) correct = part.rest;
              else others.push(part ? `${part.key}: ${part.rest}` : squash(inlineText(itemInline(child))));
            }
            if (!why) problems.push(`common mistake ${k} has no "Why it's wrong" part`);
            if (!correct) problems.push(`common mistake ${k} has no "Correct understanding" part`);
            const where = topic();
            const front = mistake ? `${where}Common mistake: “${mistake}”. Why is it wrong, and what is correct?` : '';
            const back = [why && `Why it's wrong: ${why}`, correct && `Correct understanding: ${correct}`, ...others].filter(Boolean).join('\n\n');
            push('common-mistake', anchor, '', front, back, lines.get(item) ?? lineOf(lo), problems);
          }
        }
      }
      continue;
    }

    if (!section) continue;

    if (section.kind === 'glossary') {
      if (t.type !== 'paragraph') continue;
      const keyed = splitKey((t as Tokens.Paragraph).tokens);
      if (!keyed) continue;
      push('glossary', section.anchor, section.slugger.slug(keyed.key), keyed.key, keyed.rest, lineOf(offset));
      continue;
    }

    // Quick Reference Card: "**Group**:" paragraphs, each followed by a list.
    if (t.type === 'paragraph') {
      const keyed = splitKey((t as Tokens.Paragraph).tokens);
      section.group = keyed && !keyed.rest ? keyed.key : null;
      continue;
    }
    if (t.type === 'list' && section.group) {
      const group = section.group;
      const list = t as Tokens.List;
      const lines = itemLines(list, offset);
      list.items.forEach((item, index) => {
        const inline = itemInline(item);
        const keyed = splitKey(inline);
        const text = squash(inlineText(inline));
        const dash = text.indexOf(' - ');
        const line = lines.get(item) ?? lineOf(offset);
        const slug = (s: string): string => section!.slugger.slug(`${group} ${s}`);
        if (keyed) push('quick-reference', section!.anchor, slug(keyed.key), `${group} — ${keyed.key}`, keyed.rest, line);
        else if (dash > 0) push('quick-reference', section!.anchor, slug(text.slice(0, dash)), `${group} — ${text.slice(0, dash)}`, text.slice(dash + 3), line);
        else push('quick-reference', section!.anchor, slug(String(index + 1)), `${group} — key point ${index + 1} of ${list.items.length}`, text, line);
      });
    }
  }
  return out;
}

/** Every card with the Markdown line it came from. Pure and deterministic. */
export function extractFlashcardSources(chapters: readonly ChapterSource[]): FlashcardSource[] {
  return chapters.flatMap((c) => extractChapter(c));
}

/** The flashcards of the guide, in chapter and document order. Pure and deterministic. */
export function extractFlashcards(chapters: readonly ChapterSource[]): Flashcard[] {
  return extractFlashcardSources(chapters).map((s) => s.card);
}

/**
 * Fails (ContentError with file and line) on a card with an empty front or
 * back, a common mistake missing a part, a duplicate id, or — when factIds
 * (`${chapter}#${anchor}` of the compiled guide) is given — a Must Know card
 * whose anchor the compiled chapter does not have.
 */
export function checkFlashcards(sources: readonly FlashcardSource[], fileOf: (chapter: string) => string, factIds?: ReadonlySet<string>): void {
  const seen = new Map<string, FlashcardSource>();
  for (const s of sources) {
    const { card } = s;
    const fail = (message: string): never => {
      throw new ContentError(fileOf(card.chapter), s.line, `${card.kind} flashcard ${card.id}: ${message}`);
    };
    if (!card.front.trim()) fail('empty front');
    if (!card.back.trim()) fail('empty back');
    if (s.problems.length) fail(s.problems.join('; '));
    const before = seen.get(card.id);
    if (before) fail(`duplicate id (also at line ${before.line})`);
    seen.set(card.id, s);
    if (factIds && card.kind === 'must-know' && !factIds.has(`${card.chapter}#${card.anchor}`)) fail(`the compiled chapter has no fact #${card.anchor}`);
  }
}

/** Does the card's front or back hold this quoted statement (spacing aside)? */
export const cardQuotes = (card: Pick<Flashcard, 'front' | 'back'>, quote: string): boolean => {
  const q = squash(quote);
  return squash(card.front).includes(q) || squash(card.back).includes(q);
};

/**
 * Puts each "Updated" note on every card that repeats its quoted statement,
 * whichever chapter the card comes from. Ids, fronts and backs stay as they
 * are: a card's schedule stays on it, and its back gains the correction.
 */
export function attachErrata(cards: readonly Flashcard[], errata: readonly Erratum[]): Flashcard[] {
  return cards.map((card) => {
    const notes = errata.filter((n) => cardQuotes(card, n.quote));
    if (!notes.length) return card;
    return { ...card, updates: notes.map((n) => ({ id: n.id, chapter: n.chapter, note: n.note, since: formatSince(n.since), source: n.source })) };
  });
}

/** Extract and validate; what virtual:guide/flashcards exports. */
export function buildFlashcards(chapters: readonly (ChapterSource & { file: string })[], factIds?: ReadonlySet<string>, errata: readonly Erratum[] = []): Flashcard[] {
  const sources = extractFlashcardSources(chapters);
  const files = new Map(chapters.map((c) => [c.id, c.file]));
  checkFlashcards(sources, (id) => files.get(id) ?? id, factIds);
  return attachErrata(sources.map((s) => s.card), errata);
}
