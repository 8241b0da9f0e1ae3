declare module 'virtual:guide' {
  import type { ChapterMeta, ChapterModule } from '../../../scripts/content/guide-types';
  export const chapters: ChapterMeta[];
  export const loaders: Record<string, () => Promise<{ default: ChapterModule }>>;
}
declare module 'virtual:guide/search' {
  /** MiniSearch index, serialised with JSON.stringify(miniSearch). */
  export const index: string;
  /** id → [chapterId, chapterTitle, heading, text] */
  export const docs: Record<string, [string, string, string, string]>;
}
declare module 'virtual:guide/packs' {
  import type { PackMeta } from '../../../scripts/content/load-questions';
  import type { Question } from '../../domain/questions/schema';
  export const packs: PackMeta[];
  export function loadQuestions(): Promise<Question[]>;
  /** One built-in question (its own small chunk); undefined for an unknown id. */
  export function loadQuestion(id: string): Promise<Question | undefined>;
}
declare module 'virtual:guide/questions' {
  import type { Question } from '../../domain/questions/schema';
  const questions: Question[];
  export default questions;
}
declare module 'virtual:guide/flashcard-index' {
  import type { FlashcardKind } from '../../../scripts/content/flashcard-types';
  /** [id, kind] of every guide flashcard, in deck order. */
  const index: [string, FlashcardKind][];
  export default index;
}
declare module 'virtual:guide/flashcards' {
  import type { Flashcard } from '../../../scripts/content/flashcard-types';
  /** Cards from the guide: Must Know facts, glossary, Quick Reference Cards, Common Mistakes. */
  const flashcards: Flashcard[];
  export default flashcards;
}
