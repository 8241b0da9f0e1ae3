// Shapes shared by the build-time compiler and the app (imported as types only).
export interface TocEntry {
  id: string;
  text: string;
  level: number;
}

export interface ChapterMeta {
  id: string;
  /** "Chapter 1" or "" for parts without a number. */
  label: string;
  title: string;
  words: number;
  checklistCount: number;
  sectionCount: number;
  /** "Updated" notes in the chapter (content/errata.json). */
  updates: number;
}

export interface ChapterModule {
  id: string;
  title: string;
  html: string;
  toc: TocEntry[];
  /** The chapter after its opening part (see compileChapter). */
  rest: () => Promise<string>;
  /** Diagram name → its SVG markup, loaded on demand. */
  diagrams: Record<string, () => Promise<string>>;
}

export interface SearchDoc {
  id: string; // chapterId#headingId
  chapter: string;
  chapterTitle: string;
  heading: string;
  text: string;
}
