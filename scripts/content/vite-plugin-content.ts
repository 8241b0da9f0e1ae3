// The project's one custom Vite plugin: compiles content/ at build time.
//   virtual:guide             chapter list + a lazy loader per chapter
//   virtual:guide/chapter/ID  one chapter's HTML and TOC (its own precached chunk)
//   virtual:guide/search      a prebuilt MiniSearch index with its documents
//   virtual:guide/anchors     every section anchor per chapter (checks imported packs' guide links)
//   virtual:guide/checklist-ids  every checkbox key per chapter (saved ticks of boxes gone from the guide are not counted)
//   virtual:guide/flashcards  flashcards built from the guide (scripts/content/flashcards.ts)
//   virtual:guide/errata      every "Updated" note on a dated guide statement (content/errata.json)
//   virtual:guide/diagrams.css  the diagrams' stylesheets, each once (scripts/content/prepare-svg.ts)
// Invalid content fails the build with the file path and line.
import type { Question } from '../../src/domain/questions/schema.ts';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import MiniSearch from 'minisearch';
import type { Plugin } from 'vite';
import { compileChapter, type CompiledChapter } from './compile-chapter.ts';
import { ContentError } from './content-error.ts';
import { loadErrata, type ErratumInput } from './errata.ts';
import { formatDay, formatSince, type PlacedErratum } from './errata-schema.ts';
import { buildFlashcards } from './flashcards.ts';
import type { ChapterMeta, GuideUpdate, SearchDoc } from '../../src/domain/content/guide.ts';
import { createHash } from 'node:crypto';
import { prepareSvg, takeDiagramStyle, withRootClass } from './prepare-svg.ts';
import { loadPacks, loadQuestions } from './load-questions.ts';
import { SEARCH_OPTIONS } from '../../src/lib/guide/search-options.ts';
import { encodeSearchIndex } from '../../src/lib/guide/search-codec.ts';

const PREFIX = 'virtual:guide';
const RESOLVED = '\0virtual:guide';

/**
 * An object literal keyed by ids, as emitted code, with no prototype: the app
 * looks these up with ids from the address bar and from stored data, and
 * `loaders['constructor']` or `loaders['__proto__']` must be undefined, not
 * Object's own function or prototype.
 */
const byId = (literal: string): string => `Object.assign(Object.create(null), ${literal})`;

export interface Guide {
  chapters: CompiledChapter[];
  diagrams: Map<string, string>;
  diagramCss: string;
  meta: ChapterMeta[];
  searchDocs: SearchDoc[];
  /** Every "Updated" note (content/errata.json), in chapter and document order. */
  errata: PlacedErratum[];
}

/** The chapters' Markdown and the rendered diagrams, as the compiler reads them. */
export interface GuideSources {
  chapterIds: Set<string>;
  /** File name as the guide writes it ("02_domain_1_development") → the chapter's name. */
  chapterNames: Map<string, string>;
  chapters: { id: string; file: string; markdown: string }[];
  diagrams: Map<string, string>;
  /** The diagrams' distinct stylesheets, each scoped to the class its diagrams carry (virtual:guide/diagrams.css). */
  diagramCss: string;
}

/**
 * The guide refers to its own files by name ("Read 02_domain_1_development"): the reader sees the chapter's
 * name instead, "Chapter 1: Development with AWS Services" (its title without the exam share).
 */
function readChapterNames(dir: string, files: string[]): Map<string, string> {
  const names = new Map<string, string>();
  for (const f of files) {
    const h1 = /^# (.+)$/m.exec(readFileSync(join(dir, f), 'utf8'));
    if (h1) names.set(f.replace(/\.md$/, '').replace(/-/g, '_'), h1[1]!.replace(/\s*\(\d+% of exam\)\s*$/, '').replace(/\\/g, '').trim());
  }
  return names;
}

export function readGuideSources(root: string): GuideSources {
  const chaptersDir = join(root, 'content/chapters');
  const diagramsDir = join(root, 'content/diagrams');
  const files = readdirSync(chaptersDir).filter((f) => f.endsWith('.md')).sort();
  const chapterIds = new Set(files.map((f) => f.replace(/\.md$/, '')));
  const diagrams = new Map<string, string>();
  const sheets = new Map<string, string>(); // sheet → its class
  for (const f of readdirSync(diagramsDir).filter((f) => f.endsWith('.svg')).sort()) {
    const name = f.replace(/\.svg$/, '');
    const file = `content/diagrams/${f}`;
    let taken: { svg: string; css: string };
    try {
      taken = takeDiagramStyle(name, prepareSvg(name, readFileSync(join(diagramsDir, f), 'utf8')));
    } catch (e) {
      throw new ContentError(file, 1, (e as Error).message);
    }
    const { svg, css } = taken;
    const cls = sheets.get(css) ?? `dgs-${createHash('sha256').update(css).digest('hex').slice(0, 8)}`;
    if (!sheets.has(css) && [...sheets.values()].includes(cls)) throw new ContentError(file, 1, `two different diagram stylesheets share the class ${cls}`);
    sheets.set(css, cls);
    const classed = withRootClass(svg, cls);
    if (!new RegExp(`^<svg\\b[^>]*\\bclass="[^"]*\\b${cls}\\b`).test(classed)) throw new ContentError(file, 1, 'the diagram does not start with an <svg> element, so its stylesheet class cannot be set');
    diagrams.set(name, classed);
  }
  const diagramCss = [...sheets].map(([css, cls]) => css.replaceAll('SCOPE', cls)).join('\n');
  const chapters = files.map((f) => ({ id: f.replace(/\.md$/, ''), file: relative(root, join(chaptersDir, f)), markdown: readFileSync(join(chaptersDir, f), 'utf8') }));
  return { chapterIds, chapterNames: readChapterNames(chaptersDir, files), chapters, diagrams, diagramCss };
}

/** Compiles one chapter with the given notes (the build, and the notes checker, scripts/check-errata.mjs). */
export function compileSource(src: GuideSources, chapter: GuideSources['chapters'][number], errata: readonly ErratumInput[]): CompiledChapter {
  const { id, file, markdown } = chapter;
  if (!/^\d\d-[a-z0-9-]+$/.test(id)) throw new ContentError(file, 1, 'chapter files are named NN-slug.md');
  for (const m of markdown.matchAll(/\]\(\.\/([^)#]+)\.md/g)) {
    if (!src.chapterIds.has(m[1]!)) {
      const line = markdown.slice(0, m.index).split('\n').length;
      throw new ContentError(file, line, `link to a chapter that does not exist: ./${m[1]}.md`);
    }
  }
  return compileChapter({ id, file, markdown, diagrams: src.diagrams, chapterIds: src.chapterIds, chapterNames: src.chapterNames, errata });
}

/** A note whose chapter does not exist, as the build reports it. */
export const unknownChapter = (n: ErratumInput): ContentError =>
  new ContentError(n.file, n.line, `note ${n.id}: chapter "${n.chapter}" does not exist (content/chapters/${n.chapter}.md)`);

export function loadGuide(root: string): Guide {
  const src = readGuideSources(root);
  const { diagrams } = src;
  const errata = new Map<string, ErratumInput[]>();
  for (const n of loadErrata(root)) {
    if (!src.chapterIds.has(n.chapter)) throw unknownChapter(n);
    errata.set(n.chapter, [...(errata.get(n.chapter) ?? []), n]);
  }
  const chapters = src.chapters.map((c) => compileSource(src, c, errata.get(c.id) ?? []));
  const used = new Set(chapters.flatMap((c) => c.diagramNames));
  for (const name of diagrams.keys()) {
    if (!used.has(name)) throw new ContentError(`content/diagrams/${name}.svg`, 1, 'diagram is not placed in any chapter (add <!-- diagram: NAME -->)');
  }
  const meta: ChapterMeta[] = chapters.map((c) => {
    const label = /^(Chapter \d+):\s*/.exec(c.title);
    return {
      id: c.id,
      label: label?.[1] ?? '',
      title: label ? c.title.slice(label[0].length) : c.title,
      words: c.words,
      checklistCount: c.checklistIds.length,
      sectionCount: c.toc.length,
      updates: c.errata.length,
    };
  });
  return { chapters, diagrams, diagramCss: src.diagramCss, meta, searchDocs: chapters.flatMap((c) => c.sections), errata: chapters.flatMap((c) => c.errata) };
}

/** Questions per precached chunk: small enough for a first paint, few enough to load all at once. */
export const QUESTION_GROUP = 10;

let groupsMemo: { root: string; groups: Question[][] } | null = null;

/**
 * The bank in chunks: each numbered pack's first question alone, then the rest
 * in pack order in groups of QUESTION_GROUP (a group never spans two packs),
 * then any question in no numbered pack. Every question is in exactly one group.
 */
export function questionGroups(root: string): Question[][] {
  if (groupsMemo?.root === root) return groupsMemo.groups;
  const questions = loadQuestions(root);
  const byId = new Map(questions.map((q) => [q.id, q]));
  const placed = new Set<string>();
  const groups: Question[][] = [];
  for (const pack of loadPacks(root, questions).filter((p) => p.ids)) {
    const list = pack.questionIds.filter((id) => !placed.has(id)).map((id) => byId.get(id)!);
    for (const q of list) placed.add(q.id);
    // A pack's first question alone: a first visit paints it from a ~1 KB chunk.
    if (list.length > 0) groups.push(list.slice(0, 1));
    for (let i = 1; i < list.length; i += QUESTION_GROUP) groups.push(list.slice(i, i + QUESTION_GROUP));
  }
  const rest = questions.filter((q) => !placed.has(q.id));
  for (let i = 0; i < rest.length; i += QUESTION_GROUP) groups.push(rest.slice(i, i + QUESTION_GROUP));
  groupsMemo = { root, groups };
  return groups;
}

/** Forget the memo (a build starts, or content changed in the dev server). */
export function forgetQuestionGroups(): void {
  groupsMemo = null;
}

/** The anchors a guide link may point at, per chapter: every heading and section. */
export function sectionAnchors(guide: Guide): Map<string, string[]> {
  return new Map(guide.chapters.map((c) => [c.id, [...new Set(c.toc.map((t) => t.id).concat(c.sections.map((s) => s.id.split('#')[1]!)))]]));
}

/** Every question's "Read this in the guide" link must point at a real section, and its `errata` at real notes. */
export function checkQuestionRefs(root: string, guide: Guide): void {
  const dir = join(root, 'content/questions');
  const anchors = new Map([...sectionAnchors(guide)].map(([id, list]) => [id, new Set(list)]));
  const notes = new Set(guide.errata.map((n) => n.id));
  for (const f of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
    const text = readFileSync(join(dir, f), 'utf8');
    const data = JSON.parse(text) as { questions?: { id: string; guide?: { chapter: string; anchor: string }; errata?: string[] }[] };
    for (const q of data.questions ?? []) {
      for (const e of q.errata ?? []) {
        if (notes.has(e)) continue;
        const line = text.slice(0, text.indexOf(`"${q.id}"`)).split('\n').length;
        throw new ContentError(`content/questions/${f}`, line, `question ${q.id}: errata names "${e}", which is not a note in ${'content/errata.json'}`);
      }
      if (!q.guide) continue;
      const set = anchors.get(q.guide.chapter);
      if (!set?.has(q.guide.anchor)) {
        const line = text.slice(0, text.indexOf(`"${q.id}"`)).split('\n').length;
        throw new ContentError(`content/questions/${f}`, line, `question ${q.id}: guide section ${q.guide.chapter}#${q.guide.anchor} does not exist`);
      }
    }
  }
}

export function contentPlugin(): Plugin {
  let root = process.cwd();
  let guide: Guide | null = null;
  const get = (): Guide => {
    if (!guide) {
      guide = loadGuide(root);
      checkQuestionRefs(root, guide);
    }
    return guide;
  };
  return {
    name: 'dva-content',
    configResolved(config) {
      // DVA_CONTENT_ROOT: another folder holding a content/ (npm run bench builds a generated stand-in bank from one).
      root = process.env.DVA_CONTENT_ROOT ?? config.root;
    },
    buildStart() {
      forgetQuestionGroups();
    },
    resolveId(id) {
      if (id === PREFIX || id.startsWith(`${PREFIX}/`)) return `\0${id}`;
      return null;
    },
    load(id) {
      if (!id.startsWith(RESOLVED)) return null;
      const g = get();
      if (id === RESOLVED) {
        const loaders = g.chapters.map((c) => `  ${JSON.stringify(c.id)}: () => import(${JSON.stringify(`${PREFIX}/chapter/${c.id}`)}),`).join('\n');
        return `export const chapters = ${JSON.stringify(g.meta)};\nexport const loaders = ${byId(`{\n${loaders}\n}`)};\n`;
      }
      if (id.startsWith(`${RESOLVED}/chapter/`)) {
        const cid = id.slice(`${RESOLVED}/chapter/`.length);
        const c = g.chapters.find((x) => x.id === cid);
        if (!c) throw new Error(`unknown chapter ${cid}`);
        const diagrams = c.diagramNames.map((n) => `  ${JSON.stringify(n)}: () => import(${JSON.stringify(`${PREFIX}/diagram/${n}`)}).then((m) => m.default),`).join('\n');
        const rest = `() => import(${JSON.stringify(`${PREFIX}/chapter-rest/${c.id}`)}).then((m) => m.default)`;
        return `export const diagrams = ${byId(`{\n${diagrams}\n}`)};\nexport default { ...${JSON.stringify({ id: c.id, title: c.title, html: c.head, toc: c.toc })}, diagrams, rest: ${rest} };\n`;
      }
      if (id.startsWith(`${RESOLVED}/chapter-rest/`)) {
        const cid = id.slice(`${RESOLVED}/chapter-rest/`.length);
        const c = g.chapters.find((x) => x.id === cid);
        if (!c) throw new Error(`unknown chapter ${cid}`);
        return `export default ${JSON.stringify(c.rest)};\n`;
      }
      if (id === `${RESOLVED}/diagrams.css`) return g.diagramCss;
      if (id.startsWith(`${RESOLVED}/diagram/`)) {
        const name = id.slice(`${RESOLVED}/diagram/`.length);
        const svg = g.diagrams.get(name);
        if (svg === undefined) throw new Error(`unknown diagram ${name}`);
        // Its stylesheet, shared by every diagram, comes with the first one the reader reaches (not with the chapter's text).
        return `import ${JSON.stringify(`${PREFIX}/diagrams.css`)};\nexport default ${JSON.stringify(svg)};\n`;
      }
      if (id === `${RESOLVED}/checklist-ids`) {
        // Lazy, for the chapter list's "x/y checked": keys only (`${chapter}:` dropped), a few KB.
        const keys = Object.fromEntries(g.chapters.filter((c) => c.checklistIds.length).map((c) => [c.id, c.checklistIds.map((x) => x.slice(c.id.length + 1))]));
        return `export default ${byId(JSON.stringify(keys))};\n`;
      }
      if (id === `${RESOLVED}/anchors`) {
        // Every section anchor per chapter: imported packs' guide links are checked against it (lazy, import only).
        return `export default ${byId(JSON.stringify(Object.fromEntries(sectionAnchors(g))))};\n`;
      }
      if (id === `${RESOLVED}/packs`) {
        return `export const packs = ${JSON.stringify(loadPacks(root, loadQuestions(root)))};\n`;
      }
      if (id === `${RESOLVED}/question-loaders`) {
        // Questions travel in groups of QUESTION_GROUP, each in one pack's order:
        // the first paint of a question screen loads one small chunk, the whole
        // set is every group, and each question is precached exactly once.
        const groups = questionGroups(root);
        const loaders = groups.map((_, n) => `  () => import(${JSON.stringify(`${PREFIX}/question-group/${n}`)}).then((m) => m.default),`).join('\n');
        const groupOf = Object.fromEntries(groups.flatMap((g, n) => g.map((q) => [q.id, n])));
        return (
          `const groups = [\n${loaders}\n];\n` +
          `const groupOf = ${byId(JSON.stringify(groupOf))};\n` +
          `export const loadQuestions = () => Promise.all(groups.map((g) => g())).then((all) => all.flat());\n` +
          `export const loadQuestion = (id) => (groupOf[id] === undefined ? Promise.resolve(undefined) : groups[groupOf[id]]().then((list) => list.find((q) => q.id === id)));\n`
        );
      }
      if (id === `${RESOLVED}/first-questions`) {
        // Tiny, for the shell: each built-in pack's question groups by place and
        // the groups' chunk URLs, so a launch on a question screen starts the
        // chunk of the question it will show before anything else loads.
        const groups = questionGroups(root);
        const groupOf = new Map(groups.flatMap((g, n) => g.map((q) => [q.id, n] as const)));
        const packs = loadPacks(root, loadQuestions(root)).filter((p) => p.questionIds.length > 0 && p.questionIds.every((q) => groupOf.has(q)));
        const byPack = Object.fromEntries(packs.map((p) => [p.id, p.questionIds.map((q) => groupOf.get(q)!)]));
        const urls = this.meta.watchMode
          ? ''
          : groups.map((_, n) => `  import.meta.ROLLUP_FILE_URL_${this.emitFile({ type: 'chunk', id: `${PREFIX}/question-group/${n}` })},`).join('\n');
        return `export const packGroups = ${byId(JSON.stringify(byPack))};\nexport const groupUrls = [\n${urls}\n];\n`;
      }
      if (id.startsWith(`${RESOLVED}/question-group/`)) {
        const n = Number(id.slice(`${RESOLVED}/question-group/`.length));
        const group = questionGroups(root)[n];
        if (!group) throw new Error(`unknown question group ${n}`);
        // The review record and the authoring marks stay in the repository; the phone needs none of them.
        // Note ids become the links' targets and words (checked in checkQuestionRefs).
        const notes = new Map(get().errata.map((n) => [n.id, n]));
        const shipped = group.map(({ review: _r, constraintDecided: _c, crossTask: _x, errata, ...q }) =>
          errata ? { ...q, updates: errata.map((e) => ({ id: e, chapter: notes.get(e)!.chapter, quote: notes.get(e)!.quote })) } : q,
        );
        return `export default ${JSON.stringify(shipped)};\n`;
      }
      if (id === `${RESOLVED}/flashcards` || id === `${RESOLVED}/flashcard-index`) {
        const chapters = g.chapters.map((c) => ({ id: c.id, file: `content/chapters/${c.id}.md`, markdown: readFileSync(join(root, `content/chapters/${c.id}.md`), 'utf8') }));
        const cards = buildFlashcards(chapters, new Set(g.chapters.flatMap((c) => c.factIds)), g.errata);
        // The index (ids and kinds, a few KB) lets the Review tab count what is due without the cards' text.
        const data = id.endsWith('/flashcards') ? cards : cards.map((c) => [c.id, c.kind]);
        return `export default ${JSON.stringify(data)};\n`;
      }
      if (id === `${RESOLVED}/errata`) {
        // The "What has changed" list (lazy, its own screen): every note with its section and the guide's words.
        const list: GuideUpdate[] = g.errata.map((n) => ({ id: n.id, chapter: n.chapter, anchor: n.anchor, heading: n.heading, quote: n.quote, note: n.note, since: formatSince(n.since), checked: formatDay(n.checked), source: n.source }));
        return `export default ${JSON.stringify(list)};\n`;
      }
      if (id === `${RESOLVED}/search`) {
        // The guide's sections only: practice questions are indexed on the device
        // from their precached chunks (src/lib/guide/question-search.ts), so no
        // question text is precached twice.
        const mini = new MiniSearch<SearchDoc>(SEARCH_OPTIONS);
        mini.addAll(g.searchDocs);
        // A hit's heading only: its snippet comes from the chapter itself (src/lib/guide/section-text.ts).
        const headings = new Map(g.searchDocs.map((d) => [d.id, d.heading]));
        const compact = encodeSearchIndex(mini.toJSON(), (id) => headings.get(id) ?? '');
        // One JSON string: JSON.parse reads it faster than the same data as a JS literal.
        return `export default ${JSON.stringify(JSON.stringify(compact))};\n`;
      }
      return null;
    },
    // In dev, any change under content/ recompiles the guide and reloads the page.
    // (Watching the folder here: a directory given to addWatchFile breaks dev imports.)
    configureServer(server) {
      const dir = join(root, 'content');
      server.watcher.add(dir);
      const changed = (file: string): void => {
        if (!file.startsWith(dir)) return;
        guide = null;
        forgetQuestionGroups();
        for (const mod of server.moduleGraph.idToModuleMap.values()) {
          if (mod.id?.startsWith(RESOLVED)) server.moduleGraph.invalidateModule(mod);
        }
        server.ws.send({ type: 'full-reload' });
      };
      server.watcher.on('change', changed);
      server.watcher.on('add', changed);
      server.watcher.on('unlink', changed);
    },
  };
}
