// Flashcards built from the guide at build time (scripts/content/flashcards.ts),
// shipped as the virtual module `virtual:guide/flashcards`: part of the content
// contract (see guide.ts). Imported as types only.

export type FlashcardKind = 'must-know' | 'glossary' | 'quick-reference' | 'common-mistake';

export interface Flashcard {
  /**
   * Stable id: `${kind}:${chapter}#${anchor}` plus, for glossary and Quick
   * Reference cards (several per heading), `/${key}` (a slug of the term or
   * item, or a 1-based number within its group). Must Know and Common Mistake
   * cards have their item's own anchor, made from its text (item-ids.ts).
   * Never derived from a position in the deck or under a heading, so adding a
   * card elsewhere, or renaming a heading, leaves every other id alone.
   */
  id: string;
  kind: FlashcardKind;
  /** Chapter id, e.g. "03-domain-2-security". */
  chapter: string;
  /**
   * Element id in the compiled chapter to link "Read this in the guide" to:
   * the item's own id (`fact-…`, `mistake-…`) for must-know and common-mistake
   * cards, the nearest heading's id otherwise. The link is `/read/${chapter}#${anchor}`.
   */
  anchor: string;
  /** Plain text (Markdown emphasis removed, code spans kept as their text). */
  front: string;
  /** Plain text; paragraphs separated by a blank line ("\n\n"). */
  back: string;
  /**
   * "Updated" notes (content/errata.json) whose quoted, dated statement is on
   * this card: shown on its back, so no card drills a statement as still true.
   */
  updates?: FlashcardUpdate[];
}

export interface FlashcardUpdate {
  /** The note's id; its element id in the chapter is `erratum-${id}`. */
  id: string;
  chapter: string;
  note: string;
  /** "September 2019" */
  since: string;
  source: { title: string; url: string };
}
