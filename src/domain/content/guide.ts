// The content contract: the shapes the build-time compiler (scripts/content/)
// emits as virtual:guide/* modules and the app reads. Declared here, in src/,
// so the app never imports the build scripts; the compiler imports these.
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

/** An "Updated" note as the "What has changed" screen reads it (virtual:guide/errata). */
export interface GuideUpdate {
  id: string;
  chapter: string;
  /** The section (heading id) holding the quoted words. */
  anchor: string;
  heading: string;
  /** The guide's dated words, exactly. */
  quote: string;
  note: string;
  /** "September 2019" */
  since: string;
  /** "3 December 2026" */
  checked: string;
  source: { title: string; url: string };
}
