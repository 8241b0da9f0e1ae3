// The virtual:guide/* modules the content build emits (scripts/content/vite-plugin-content.ts).
// Their shapes are the content contract in src/domain/content/ and src/domain/questions/.
declare module 'virtual:guide' {
  import type { ChapterMeta, ChapterModule } from '../../domain/content/guide';
  export const chapters: ChapterMeta[];
  export const loaders: Record<string, () => Promise<{ default: ChapterModule }>>;
}
declare module 'virtual:guide/search' {
  /** The guide's sections' index as JSON of a CompactSearchIndex (search-codec.ts). */
  const index: string;
  export default index;
}
declare module 'virtual:guide/packs' {
  import type { PackMeta } from '../../domain/questions/packs';
  export const packs: PackMeta[];
}
declare module 'virtual:guide/question-loaders' {
  import type { Question } from '../../domain/questions/schema';
  export function loadQuestions(): Promise<Question[]>;
  /** One built-in question (its own small chunk); undefined for an unknown id. */
  export function loadQuestion(id: string): Promise<Question | undefined>;
}
declare module 'virtual:guide/flashcard-index' {
  import type { FlashcardKind } from '../../domain/content/flashcard';
  /** [id, kind] of every guide flashcard, in deck order. */
  const index: [string, FlashcardKind][];
  export default index;
}
declare module 'virtual:guide/flashcards' {
  import type { Flashcard } from '../../domain/content/flashcard';
  /** Cards from the guide: Must Know facts, glossary, Quick Reference Cards, Common Mistakes. */
  const flashcards: Flashcard[];
  export default flashcards;
}
declare module 'virtual:guide/first-questions' {
  /** Built-in pack id → the question group of each of its questions, in the pack's order. */
  export const packGroups: Record<string, readonly number[] | undefined>;
  /** Question group → its chunk's URL (empty in the dev server). */
  export const groupUrls: readonly string[];
}
declare module 'virtual:guide/checklist-ids' {
  /** chapter id → the key of every checkbox in it (a box's id is `${chapter}:${key}`) */
  const keys: Record<string, string[]>;
  export default keys;
}
declare module 'virtual:guide/errata' {
  import type { GuideUpdate } from '../../domain/content/guide';
  /** Every "Updated" note, in chapter and document order. */
  const errata: GuideUpdate[];
  export default errata;
}
declare module 'virtual:guide/anchors' {
  /** chapter id → every heading/section anchor in it */
  const anchors: Record<string, string[]>;
  export default anchors;
}
