import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileChapter } from '../../scripts/content/compile-chapter';
import { ContentError } from '../../scripts/content/content-error';
import { checkQuestionRefs, loadGuide } from '../../scripts/content/vite-plugin-content';

const ROOT = resolve(import.meta.dirname, '../..');
/** An id made from text: its readable key, then a hash of the whole text (scripts/content/item-ids.ts). */
const id = (key: string): RegExp => new RegExp(`^${key.replace(/[#:.]/g, (c) => `\\${c}`)}-[0-9a-z]+$`);
const compile = (markdown: string, diagrams = new Map<string, string>()) =>
  compileChapter({ id: '01-test', file: 'content/chapters/01-test.md', markdown, diagrams, chapterIds: new Set(['01-test', '02-next']) });

describe('content compiler', () => {
  it('compiles the whole guide: ten chapters, 25 diagrams, question links valid', () => {
    const guide = loadGuide(ROOT);
    expect(guide.chapters).toHaveLength(10);
    expect(guide.chapters.flatMap((c) => c.diagramNames)).toHaveLength(25);
    expect(() => checkQuestionRefs(ROOT, guide)).not.toThrow();
    const all = guide.chapters.map((c) => c.html).join('');
    expect(all.match(/<figure class="diagram"/g)).toHaveLength(25);
    // The 12 tables of the guide, plus the Weekly Progress Log restored as a table.
    expect(all.match(/<table>/g)).toHaveLength(13);
    expect(all.match(/class="callout callout-must-know"/g)).toHaveLength(28);
    expect(guide.chapters.flatMap((c) => c.factIds)).toHaveLength(192);
    expect(all).not.toContain('<!-- diagram:');
  });

  it('gives headings GitHub-style ids, unique within a chapter, and a TOC', () => {
    const c = compile('# Title\n\n## Lambda Basics\n\ntext\n\n## Lambda Basics\n\n#### Deep\n');
    expect(c.title).toBe('Title');
    expect(c.toc.map((t) => t.id)).toEqual(['lambda-basics', 'lambda-basics-1', 'deep']);
    expect(c.html).toContain('<h2 id="lambda-basics" tabindex="-1">Lambda Basics</h2>');
  });

  it('turns Must Know lists into a callout whose facts can be starred', () => {
    const c = compile('# T\n\n## S3\n\n⭐ **Must Know (Critical Facts)**:\n\n- one\n- two\n\nafter\n');
    expect(c.html).toMatch(/<aside class="callout callout-must-know"[^>]*>[\s\S]*one[\s\S]*two[\s\S]*<\/aside>\n<p>after/);
    expect(c.factIds).toEqual([expect.stringMatching(id('01-test#fact-one')), expect.stringMatching(id('01-test#fact-two'))]);
    const one = c.factIds[0]!.split('#')[1]!;
    expect(c.html).toContain(`<li id="${one}" class="fact"><button type="button" class="star" data-star="01-test#${one}"`);
  });

  it('makes task items real, labelled checkboxes with ids from their text', () => {
    const c = compile('# T\n\n## Checklist\n\n- [ ] first\n- [ ] second\n');
    expect(c.checklistIds).toEqual([expect.stringMatching(id('01-test:first')), expect.stringMatching(id('01-test:second'))]);
    expect(c.html).toContain(`<label><input type="checkbox" class="guide-check" data-check="${c.checklistIds[0]}"> first</label>`);
    expect(c.html).not.toContain('disabled');
  });

  it('keeps an item’s id when an item is inserted before it and its heading is renamed', () => {
    const before = compile(
      ['# T', '', '## Lambda', '', '- [ ] I can explain cold starts', '- [ ] I can size memory', '',
        '⭐ **Must Know (Critical Facts)**:', '', '- **Timeout**: up to 900 seconds.', '- **Memory**: 128 MB to 10 GB.', '',
        '⚠️ **Common Mistakes & Misconceptions**:', '', '- **Mistake 1**: Using root', "  - **Why it's wrong**: No limits.", '  - **Correct understanding**: Use roles.', ''].join('\n'),
    );
    const after = compile(
      ['# T', '', '## AWS Lambda functions', '', '- [ ] I can write a handler', '- [ ] I can explain cold starts', '- [ ] I can size memory', '',
        '⭐ **Must Know (Critical Facts)**:', '', '- **Layers**: up to five.', '- **Timeout**: up to 900 seconds.', '- **Memory**: 128 MB to 10 GB.', '',
        '⚠️ **Common Mistakes & Misconceptions**:', '', '- **Mistake 1**: Sharing keys', "  - **Why it's wrong**: Leaks.", '  - **Correct understanding**: Rotate.',
        '- **Mistake 2**: Using root', "  - **Why it's wrong**: No limits.", '  - **Correct understanding**: Use roles.', ''].join('\n'),
    );
    // Every id saved before is still there, on the same item (no id moved to a neighbour).
    expect(before.checklistIds).toEqual([expect.stringMatching(id('01-test:i-can-explain-cold-starts')), expect.stringMatching(id('01-test:i-can-size-memory'))]);
    expect(after.checklistIds).toEqual([expect.stringMatching(id('01-test:i-can-write-a-handler')), ...before.checklistIds]);
    expect(before.factIds).toEqual([expect.stringMatching(id('01-test#fact-timeout-up-to-900-seconds')), expect.stringMatching(id('01-test#fact-memory-128-mb-to-10-gb'))]);
    expect(after.factIds).toEqual([expect.stringMatching(id('01-test#fact-layers-up-to-five')), ...before.factIds]);
    // "Mistake 1" became "Mistake 2": the number is not part of the id.
    expect(before.mistakeIds).toEqual([expect.stringMatching(id('01-test#mistake-using-root'))]);
    expect(after.mistakeIds).toEqual([expect.stringMatching(id('01-test#mistake-sharing-keys')), ...before.mistakeIds]);
    // The page has the anchors stars and "Read this in the guide" links point at.
    for (const id of [...after.factIds, ...after.mistakeIds]) expect(after.html).toContain(`<li id="${id.split('#')[1]}"`);
    expect(after.html).toContain(`data-check="${before.checklistIds[0]}"> I can explain cold starts`);
  });

  it('tells items with the same text apart by their parent item and heading', () => {
    const c = compile('# T\n\n## C\n\n- **Chapter 1**\n  - [ ] Read complete\n- **Chapter 2**\n  - [ ] Read complete\n  - [ ] Read complete\n');
    const [a, b, twin] = c.checklistIds;
    expect(a).toMatch(/^01-test:read-complete-[0-9a-z]+-[0-9a-z]+$/);
    expect(b).toMatch(/^01-test:read-complete-[0-9a-z]+-[0-9a-z]+$/);
    expect(a).not.toBe(b);
    expect(twin).toBe(`${b}-2`); // identical twins under one parent: only their order tells them apart
  });

  it('inlines a diagram with its caption and links its explanation', () => {
    const c = compile('# T\n\n📊 **Flow**:\n\n<!-- diagram: flow -->\n\n**Diagram Explanation**:\n\nIt flows.\n', new Map([['flow', '<svg></svg>']]));
    expect(c.html).toContain('<figcaption><span>Figure 1. Flow</span> <button type="button" class="diagram-open" data-diagram="flow">Enlarge</button></figcaption>');
    expect(c.html).toContain('<div class="diagram-frame" data-diagram="flow" role="img" aria-label="Flow" aria-describedby="flow-explanation" style="aspect-ratio: 4 / 3"></div>');
    expect(c.html).toContain('<p id="flow-explanation">It flows.</p>');
  });

  it('rewrites chapter links to app routes', () => {
    expect(compile('# T\n\n[Next](./02-next.md)\n').html).toContain('<a href="/read/02-next">Next</a>');
  });

  it('fails with the file and line for a diagram that has no SVG', () => {
    expect(() => compile('# T\n\ntext\n\n<!-- diagram: missing -->\n')).toThrow(new ContentError('content/chapters/01-test.md', 5, 'diagram "missing" has no rendered SVG: add content/diagrams/missing.mmd and run npm run diagrams'));
  });

  it('fails on raw HTML in a chapter', () => {
    expect(() => compile('# T\n\n<script>alert(1)</script>\n')).toThrow(/01-test\.md:3: raw HTML is not allowed/);
  });

  it('fails when a fact’s anchor would shadow a heading id', () => {
    const factId = compile('# T\n\n## S\n\n⭐ **Must Know (Critical Facts)**:\n\n- one\n').factIds[0]!.split('#')[1]!;
    const heading = factId.replace(/-/g, ' '); // a heading whose slug is that id
    expect(() => compile(`# T\n\n## ${heading}\n\n⭐ **Must Know (Critical Facts)**:\n\n- one\n`)).toThrow(new RegExp(`01-test\\.md:7: item id "${factId}" is also a heading id`));
  });

  it('fails without a title', () => {
    expect(() => compile('## Not a title\n')).toThrow(/needs a level-1 heading/);
  });
});

const CHAPTER_FILES = new Set(loadGuide(ROOT).chapters.map((c) => c.id.replace(/-/g, '_')));

describe('compiled chapters keep every word', () => {
  // The fidelity tests check the Markdown; this checks what the app shows:
  // the compiled HTML must hold the same words in the same order (diagram SVG
  // text, "Figure N." and the Enlarge button aside, and the "Updated" notes,
  // which sit between blocks and never inside the guide's sentences).
  const words = (text: string): string[] =>
    text
      .split(/\s+/)
      .map((w) => w.toLowerCase().replace(/[^\p{L}\p{N}]/gu, ''))
      .filter(Boolean);

  it.each(loadGuide(ROOT).chapters.map((c) => [c.id, c] as const))('%s', async (_id, chapter) => {
    const { markdownToText, htmlToText } = await import('../../scripts/lib/render-text.mjs');
    const { readFileSync } = await import('node:fs');
    const read = (id: string): string => readFileSync(resolve(ROOT, `content/chapters/${id}.md`), 'utf8');
    // What the app changes on purpose: the "**See**: diagrams/NAME.mmd" pointer under each figure is dropped,
    // and the guide's file names ("02\_domain\_1\_development") read as the chapters' names.
    const nameOf = (file: string): string => {
      const id = file.replace(/\\/g, '').replace(/_/g, '-');
      const h1 = /^# (.+)$/m.exec(read(id));
      return h1 ? h1[1]!.replace(/\s*\(\d+% of exam\)\s*$/, '') : file;
    };
    const md = read(chapter.id)
      .replace(/^\*\*See\*\*: diagrams\/.*\.mmd\n/gm, '')
      .replace(/\b\d\d(?:\\?_[a-z0-9]+)+\b/g, (file) => (CHAPTER_FILES.has(file.replace(/\\/g, '')) ? nameOf(file) : file));
    const shown = chapter.html
      .replace(/<svg[\s\S]*?<\/svg>/g, ' ')
      .replace(/<span class="code-lang">[^<]*<\/span>/g, '')
      .replace(/<span>Figure \d+\. /g, '<span>')
      .replace(/<button type="button" class="diagram-open"[^>]*>Enlarge<\/button>/g, '')
      .replace(/<div class="erratum"[^>]*>[\s\S]*?<\/div>/g, '');
    expect(words(htmlToText(shown))).toEqual(words(markdownToText(md)));
  });
});

describe('chapter chunks', () => {
  it('splits every chapter into an opening and the rest, at a block boundary, with sections balanced', () => {
    for (const c of loadGuide(ROOT).chapters) {
      expect(c.head + c.rest).toBe(c.html);
      for (const part of [c.head, c.rest]) {
        expect(part.match(/<section class="part">/g)?.length ?? 0).toBe(part.match(/<\/section>/g)?.length ?? 0);
      }
      if (c.rest) expect(c.head.length).toBeGreaterThanOrEqual(12_000);
    }
  });
});

describe('question packs at build time', () => {
  it('loads every question with the shared schema and sizes every pack the guide names', async () => {
    const { loadPacks, loadQuestions } = await import('../../scripts/content/load-questions');
    const questions = loadQuestions(ROOT);
    expect(questions.length).toBeGreaterThanOrEqual(50);
    const packs = loadPacks(ROOT, questions);
    expect(packs.map((p) => p.title)).toEqual([
      'Domain 1 Bundle 1', 'Domain 1 Bundle 2', 'Domain 2 Bundle 1', 'Domain 2 Bundle 2', 'Domain 3 Bundle 1', 'Domain 3 Bundle 2',
      'Domain 4 Bundle 1', 'Lambda Serverless Bundle', 'API Integration Bundle', 'Security & Identity Bundle', 'CI/CD Deployment Bundle',
      'Full Practice Test 1', 'Full Practice Test 2', 'Full Practice Test 3',
    ]);
    expect(packs.find((p) => p.id === 'd1-bundle-1')).toMatchObject({ questionCount: 50, plannedCount: 50 });
  });

  it('names the file, line and question id of a bad question', async () => {
    const { mkdtempSync, mkdirSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { loadQuestions } = await import('../../scripts/content/load-questions');
    const root = mkdtempSync(join(tmpdir(), 'dva-q-'));
    mkdirSync(join(root, 'content/questions'), { recursive: true });
    writeFileSync(join(root, 'content/questions/bad.json'), '{\n  "questions": [\n    { "id": "d1-999", "domain": 1 }\n  ]\n}\n');
    expect(() => loadQuestions(root)).toThrow(/^content\/questions\/bad\.json:3: question d1-999: task: /);
  });
});
