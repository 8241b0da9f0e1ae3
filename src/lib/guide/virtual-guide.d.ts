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
}
