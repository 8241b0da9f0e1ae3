// The project's one custom Vite plugin: compiles content/ at build time.
//   virtual:guide             chapter list + a lazy loader per chapter
//   virtual:guide/chapter/ID  one chapter's HTML and TOC (its own precached chunk)
//   virtual:guide/search      a prebuilt MiniSearch index with its documents
//   virtual:guide/anchors     every section anchor per chapter (checks imported packs' guide links)
//   virtual:guide/flashcards  flashcards built from the guide (scripts/content/flashcards.ts)
// Invalid content fails the build with the file path and line.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import MiniSearch from 'minisearch';
import type { Plugin } from 'vite';
import { compileChapter, type CompiledChapter } from './compile-chapter.ts';
import { ContentError } from './content-error.ts';
import { buildFlashcards } from './flashcards.ts';
import type { ChapterMeta, SearchDoc } from './guide-types.ts';
import { prepareSvg } from './prepare-svg.ts';
import { loadPacks, loadQuestions } from './load-questions.ts';
import { SEARCH_OPTIONS } from '../../src/lib/guide/search-options.ts';

const PREFIX = 'virtual:guide';
const RESOLVED = '\0virtual:guide';

export interface Guide {
  chapters: CompiledChapter[];
  diagrams: Map<string, string>;
  meta: ChapterMeta[];
  searchDocs: SearchDoc[];
}

export function loadGuide(root: string): Guide {
  const chaptersDir = join(root, 'content/chapters');
  const diagramsDir = join(root, 'content/diagrams');
  const files = readdirSync(chaptersDir).filter((f) => f.endsWith('.md')).sort();
  const chapterIds = new Set(files.map((f) => f.replace(/\.md$/, '')));
  const diagrams = new Map<string, string>();
  for (const f of readdirSync(diagramsDir).filter((f) => f.endsWith('.svg'))) {
    const name = f.replace(/\.svg$/, '');
    diagrams.set(name, prepareSvg(name, readFileSync(join(diagramsDir, f), 'utf8')));
  }
  const chapters = files.map((f) => {
    const id = f.replace(/\.md$/, '');
    if (!/^\d\d-[a-z0-9-]+$/.test(id)) throw new ContentError(relative(root, join(chaptersDir, f)), 1, 'chapter files are named NN-slug.md');
    const file = relative(root, join(chaptersDir, f));
    const markdown = readFileSync(join(chaptersDir, f), 'utf8');
    for (const m of markdown.matchAll(/\]\(\.\/([^)#]+)\.md/g)) {
      if (!chapterIds.has(m[1]!)) {
        const line = markdown.slice(0, m.index).split('\n').length;
        throw new ContentError(file, line, `link to a chapter that does not exist: ./${m[1]}.md`);
      }
    }
    return compileChapter({ id, file, markdown, diagrams, chapterIds });
  });
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
    };
  });
  return { chapters, diagrams, meta, searchDocs: chapters.flatMap((c) => c.sections) };
}

/** The anchors a guide link may point at, per chapter: every heading and section. */
export function sectionAnchors(guide: Guide): Map<string, string[]> {
  return new Map(guide.chapters.map((c) => [c.id, [...new Set(c.toc.map((t) => t.id).concat(c.sections.map((s) => s.id.split('#')[1]!)))]]));
}

/** Every question's "Read this in the guide" link must point at a real section. */
export function checkQuestionRefs(root: string, guide: Guide): void {
  const dir = join(root, 'content/questions');
  const anchors = new Map([...sectionAnchors(guide)].map(([id, list]) => [id, new Set(list)]));
  for (const f of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
    const text = readFileSync(join(dir, f), 'utf8');
    const data = JSON.parse(text) as { questions?: { id: string; guide?: { chapter: string; anchor: string } }[] };
    for (const q of data.questions ?? []) {
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
      root = config.root;
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
        return `export const chapters = ${JSON.stringify(g.meta)};\nexport const loaders = {\n${loaders}\n};\n`;
      }
      if (id.startsWith(`${RESOLVED}/chapter/`)) {
        const cid = id.slice(`${RESOLVED}/chapter/`.length);
        const c = g.chapters.find((x) => x.id === cid);
        if (!c) throw new Error(`unknown chapter ${cid}`);
        const diagrams = c.diagramNames.map((n) => `  ${JSON.stringify(n)}: () => import(${JSON.stringify(`${PREFIX}/diagram/${n}`)}).then((m) => m.default),`).join('\n');
        const rest = `() => import(${JSON.stringify(`${PREFIX}/chapter-rest/${c.id}`)}).then((m) => m.default)`;
        return `export const diagrams = {\n${diagrams}\n};\nexport default { ...${JSON.stringify({ id: c.id, title: c.title, html: c.head, toc: c.toc })}, diagrams, rest: ${rest} };\n`;
      }
      if (id.startsWith(`${RESOLVED}/chapter-rest/`)) {
        const cid = id.slice(`${RESOLVED}/chapter-rest/`.length);
        const c = g.chapters.find((x) => x.id === cid);
        if (!c) throw new Error(`unknown chapter ${cid}`);
        return `export default ${JSON.stringify(c.rest)};\n`;
      }
      if (id.startsWith(`${RESOLVED}/diagram/`)) {
        const name = id.slice(`${RESOLVED}/diagram/`.length);
        const svg = g.diagrams.get(name);
        if (svg === undefined) throw new Error(`unknown diagram ${name}`);
        return `export default ${JSON.stringify(svg)};\n`;
      }
      if (id === `${RESOLVED}/anchors`) {
        // Every section anchor per chapter: imported packs' guide links are checked against it (lazy, import only).
        return `export default ${JSON.stringify(Object.fromEntries(sectionAnchors(g)))};\n`;
      }
      if (id === `${RESOLVED}/packs`) {
        return `export const packs = ${JSON.stringify(loadPacks(root, loadQuestions(root)))};\n`;
      }
      if (id === `${RESOLVED}/question-loaders`) {
        // One question alone, for the first paint of a question screen: a 1 KB
        // chunk instead of every question (the whole set loads after).
        const one = loadQuestions(root).map((q) => `  ${JSON.stringify(q.id)}: () => import(${JSON.stringify(`${PREFIX}/question/${q.id}`)}),`).join('\n');
        return (
          `export const loadQuestions = () => import(${JSON.stringify(`${PREFIX}/questions`)}).then((m) => m.default);\n` +
          `const one = {\n${one}\n};\n` +
          `export const loadQuestion = (id) => (one[id] ? one[id]().then((m) => m.default) : Promise.resolve(undefined));\n`
        );
      }
      if (id === `${RESOLVED}/first-questions`) {
        // Tiny, for the shell: each pack's first question, fetchable before anything
        // else, and its chunk's URL (a modulepreload hint starts it at once).
        const packs = loadPacks(root, loadQuestions(root)).filter((p) => p.questionIds.length > 0);
        const loaders = packs.map((p) => `  ${JSON.stringify(p.id)}: () => import(${JSON.stringify(`${PREFIX}/question/${p.questionIds[0]}`)}),`).join('\n');
        const urls = this.meta.watchMode
          ? ''
          : packs.map((p) => `  ${JSON.stringify(p.id)}: import.meta.ROLLUP_FILE_URL_${this.emitFile({ type: 'chunk', id: `${PREFIX}/question/${p.questionIds[0]}` })},`).join('\n');
        return `export const firstQuestion = {\n${loaders}\n};\nexport const firstQuestionUrl = {\n${urls}\n};\n`;
      }
      if (id.startsWith(`${RESOLVED}/question/`)) {
        const qid = id.slice(`${RESOLVED}/question/`.length);
        const question = loadQuestions(root).find((q) => q.id === qid);
        if (!question) throw new Error(`unknown question ${qid}`);
        const { review: _review, ...q } = question;
        return `export default ${JSON.stringify(q)};\n`;
      }
      if (id === `${RESOLVED}/questions`) {
        // The review record stays in the repository; the phone needs none of it.
        const questions = loadQuestions(root).map(({ review: _review, ...q }) => q);
        return `export default ${JSON.stringify(questions)};\n`;
      }
      if (id === `${RESOLVED}/flashcards` || id === `${RESOLVED}/flashcard-index`) {
        const chapters = g.chapters.map((c) => ({ id: c.id, file: `content/chapters/${c.id}.md`, markdown: readFileSync(join(root, `content/chapters/${c.id}.md`), 'utf8') }));
        const cards = buildFlashcards(chapters, new Set(g.chapters.flatMap((c) => c.factIds)));
        // The index (ids and kinds, a few KB) lets the Review tab count what is due without the cards' text.
        const data = id.endsWith('/flashcards') ? cards : cards.map((c) => [c.id, c.kind]);
        return `export default ${JSON.stringify(data)};\n`;
      }
      if (id === `${RESOLVED}/search`) {
        const mini = new MiniSearch<SearchDoc>(SEARCH_OPTIONS);
        // Practice questions join the guide's sections; their id starts with "question:".
        const questionDocs: SearchDoc[] = loadQuestions(root)
          .filter((q) => !q.retired)
          .map((q) => ({
            id: `question:${q.id}`,
            chapter: '',
            chapterTitle: `Practice question ${q.id}`,
            heading: q.stem.length > 110 ? `${q.stem.slice(0, 110)}…` : q.stem,
            text: [q.stem, ...q.options.map((o) => o.text), q.takeaway].join(' '),
          }));
        const all = [...g.searchDocs, ...questionDocs];
        mini.addAll(all);
        const docs = Object.fromEntries(all.map((d) => [d.id, [d.chapter, d.chapterTitle, d.heading, d.text]]));
        return `export const index = ${JSON.stringify(JSON.stringify(mini))};\nexport const docs = ${JSON.stringify(docs)};\n`;
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
