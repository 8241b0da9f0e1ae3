// "Updated" notes on dated guide statements (content/errata.json): validated
// and placed at build, failing with the file and note id when one does not
// resolve; on every flashcard that repeats a dated statement; summarised in
// content/ERRATA.md.
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileChapter } from '../../scripts/content/compile-chapter';
import { checkErrataFiles, questionsWithoutNoteLinks } from '../../scripts/content/errata-check';
import { loadErrata, parseErrata, type ErratumInput } from '../../scripts/content/errata';
import { ERRATA_SUMMARY_FILE, errataSummary } from '../../scripts/content/errata-summary';
import { attachErrata, buildFlashcards } from '../../scripts/content/flashcards';
import { checkQuestionRefs, loadGuide } from '../../scripts/content/vite-plugin-content';

const ROOT = resolve(import.meta.dirname, '../..');

const note = (over: Partial<ErratumInput> = {}): ErratumInput => ({
  id: 'vpc-cold-start',
  chapter: '01-test',
  quote: 'VPC adds 5-10 seconds',
  note: 'Since September 2019, VPC access adds no seconds to a cold start.',
  since: '2019-09',
  source: { title: 'Announcing improved VPC networking', url: 'https://aws.amazon.com/blogs/compute/x/' },
  checked: '2026-12-03',
  file: 'content/errata.json',
  line: 7,
  ...over,
});

const compile = (markdown: string, errata: ErratumInput[]) =>
  compileChapter({ id: '01-test', file: 'content/chapters/01-test.md', markdown, diagrams: new Map(), chapterIds: new Set(['01-test']), errata });

/** The HTML from the block holding the quote to the end of the note after it. */
const around = (html: string, id = 'vpc-cold-start'): string => {
  const end = html.indexOf('</div>', html.indexOf(`id="erratum-${id}"`));
  return html.slice(0, end + 6);
};

describe('placing notes', () => {
  it('puts a note right after the paragraph holding its quote, marks the quote, and derives the section', () => {
    const c = compile('# T\n\n## Lambda\n\n### VPC access\n\nIn a VPC, **Lambda** VPC adds 5-10 seconds to a cold start.\n\nNext paragraph.\n', [note()]);
    expect(c.html).toMatch(/<p>In a VPC, <strong>Lambda<\/strong> <mark class="dated">VPC adds 5-10 seconds<\/mark> to a cold start.<\/p>\n<div class="erratum" id="erratum-vpc-cold-start" role="note"[^>]*>/);
    const div = around(c.html).slice(c.html.indexOf('<div class="erratum"'));
    expect(div).toContain('<strong>Updated</strong> <span>since September 2019</span>');
    expect(div).toContain('Since September 2019, VPC access adds no seconds to a cold start.');
    expect(div).toContain('<a href="https://aws.amazon.com/blogs/compute/x/" rel="noopener noreferrer" target="_blank">Announcing improved VPC networking</a>');
    expect(c.html.indexOf('Next paragraph')).toBeGreaterThan(c.html.indexOf('erratum-vpc-cold-start'));
    expect(c.errata).toEqual([expect.objectContaining({ id: 'vpc-cold-start', anchor: 'vpc-access', heading: 'VPC access' })]);
    // Findable on its own: a search document whose hit opens the chapter at the note.
    expect(c.sections.find((s) => s.id === '01-test#erratum-vpc-cold-start')).toMatchObject({ heading: 'Updated: VPC access', text: expect.stringContaining('adds no seconds') });
  });

  it('matches the text as shown: across bold, code spans and escapes', () => {
    const c = compile('# T\n\n## S\n\nThe `VPC` **adds** 5\\-10 seconds here.\n', [note({ quote: 'The VPC adds 5-10 seconds' })]);
    expect(c.errata).toHaveLength(1);
    expect(c.html).toMatch(/here\.<\/p>\n<div class="erratum"/);
  });

  it('puts a note inside the list item (a Must Know fact, a nested item) that holds the quote', () => {
    const md = '# T\n\n## S\n\n⭐ **Must Know (Critical Facts)**:\n\n- **VPC**: VPC adds 5-10 seconds to cold starts.\n  - nested detail\n- **Other**: fine.\n\nBetween.\n\n- outer\n  - inner says the limit is 512 MB of /tmp\n';
    const c = compile(md, [note(), note({ id: 'tmp', quote: 'the limit is 512 MB of /tmp' })]);
    // Inside the fact's <li>, after its nested list, before the next fact.
    expect(c.html).toMatch(/<li id="fact-vpc[^"]*" class="fact">[\s\S]*?nested detail<\/li>\n<\/ul>\n<div class="erratum" id="erratum-vpc-cold-start"[\s\S]*?<\/div>\n<\/li>\n<li id="fact-other/);
    expect(c.html).toMatch(/<li>inner says <mark class="dated">the limit is 512 MB of \/tmp<\/mark><div class="erratum" id="erratum-tmp"[\s\S]*?<\/div>\n<\/li>/);
  });

  it('puts a note after a table whose cell holds the quote, and after a code block', () => {
    const md = '# T\n\n## S\n\n| Service | Consistency |\n| --- | --- |\n| S3 | Eventual (read-after-write for new objects) |\n\n```python\n# VPC adds 5-10 seconds\nx = 1\n```\n\nEnd.\n';
    const c = compile(md, [note(), note({ id: 's3', quote: 'Eventual (read-after-write for new objects)' })]);
    expect(c.html).toMatch(/<td><mark class="dated">Eventual \(read-after-write for new objects\)<\/mark><\/td>[\s\S]*?<\/table>\n<\/div>\n<div class="erratum" id="erratum-s3"/);
    expect(c.html).toMatch(/<code class="language-python"># <mark class="dated">VPC adds 5-10 seconds<\/mark>\nx = 1<\/code><\/pre><\/div>\n<div class="erratum" id="erratum-vpc-cold-start"/);
  });

  it('leaves the guide’s words as they are: removing the notes and marks gives the HTML without notes', () => {
    const md = '# T\n\n## S\n\nIt says VPC adds 5-10 seconds.\n\n- a list item\n';
    const without = compile(md, []).html;
    const withNote = compile(md, [note()]).html;
    expect(withNote).not.toBe(without);
    expect(withNote.replace(/<div class="erratum"[\s\S]*?<\/div>\n/g, '').replace(/<\/?mark[^>]*>/g, '')).toBe(without);
  });

  it('fails the build, naming the notes file, line and id, when a quote is not found', () => {
    expect(() => compile('# T\n\n## S\n\nNothing dated.\n', [note()])).toThrow(/^content\/errata\.json:7: note vpc-cold-start: quote not found in content\/chapters\/01-test\.md/);
    // Markdown inside the quote: the hint says to quote the visible words.
    expect(() => compile('# T\n\n## S\n\n**VPC** adds.\n', [note({ quote: '**VPC** adds' })])).toThrow(/includes Markdown markup/);
  });

  it('fails when the quote is found twice, and when a given anchor is not the quote’s section', () => {
    expect(() => compile('# T\n\n## S\n\nVPC adds 5-10 seconds.\n\n## U\n\n- VPC adds 5-10 seconds\n', [note()])).toThrow(/note vpc-cold-start: quote found 2 times/);
    expect(() => compile('# T\n\n## S\n\nVPC adds 5-10 seconds.\n', [note({ anchor: 'other' })])).toThrow(/note vpc-cold-start: anchor "other" does not resolve: the quote is in section "s"/);
    expect(compile('# T\n\n## S\n\nVPC adds 5-10 seconds.\n', [note({ anchor: 's' })]).errata[0]!.anchor).toBe('s');
  });
});

describe('the notes file', () => {
  const one = (over: Record<string, unknown> = {}) => {
    const { file: _f, line: _l, ...n } = note();
    return { ...n, ...over };
  };
  const parse = (data: unknown) => parseErrata('content/errata.json', JSON.stringify(data, null, 2));

  it('accepts the writers’ format, with or without an anchor', () => {
    const data = [one(), one({ id: 'b', anchor: 'lambda' })];
    const { notes, problems } = parse(data);
    expect(problems).toEqual([]);
    expect(notes.map((n) => n.id)).toEqual(['vpc-cold-start', 'b']);
    // Each note's line is its "id" line, for error messages.
    const lines = JSON.stringify(data, null, 2).split('\n');
    expect(notes.map((n) => n.line)).toEqual(['"id": "vpc-cold-start"', '"id": "b"'].map((l) => lines.findIndex((x) => x.includes(l)) + 1));
    expect(notes[1]!.line).toBeGreaterThan(10);
  });

  it('names the file, line and id of every invalid note', () => {
    const { problems } = parse([
      one({ id: 'no-source', source: { title: 'x', url: 'https://example.com/' } }),
      one({ id: 'markdown', note: 'Since 2019, **bold** is not plain text at all.' }),
      one({ id: 'typo', sinse: '2019' }),
      one({ id: 'vpc-cold-start' }),
      one({ id: 'vpc-cold-start' }),
      one({ id: 'Bad Id' }),
      one({ id: 'bad-since', since: 'Sept 2019' }),
    ]);
    const text = problems.map((p) => `${p.file}:${p.line}: ${p.id}: ${p.message}`);
    expect(text[0]).toMatch(/^content\/errata\.json:3: no-source: source\.url: .*AWS page/);
    expect(text[1]).toMatch(/markdown: note: note is plain text/);
    expect(text[2]).toMatch(/typo: sinse:/);
    expect(text[3]).toMatch(/vpc-cold-start: id already used by note 4/);
    expect(text[4]).toMatch(/Bad Id: id: id must be kebab-case/);
    expect(text[5]).toMatch(/bad-since: since: since is YYYY-MM or YYYY/);
    expect(parseErrata('f.json', '{').problems[0]!.message).toMatch(/not valid JSON/);
    expect(parseErrata('f.json', '{}').problems[0]!.message).toMatch(/expected a JSON array/);
  });

  it('checks candidate files in full, reporting every note that does not resolve', () => {
    const good = { ...one(), id: 'vpc-a', chapter: '02-domain-1-development', quote: 'cold starts are now 5-10 seconds instead of 100-500ms' };
    const report = checkErrataFiles(ROOT, [
      {
        file: 'writer-a.json',
        text: JSON.stringify([
          good,
          { ...good, id: 'wrong-chapter', chapter: '03-domain-2-security', quote: 'Eventual (read-after-write for new objects)' },
          { ...good, id: 'no-such-chapter', chapter: '42-nothing' },
        ], null, 2),
      },
      { file: 'writer-b.json', text: JSON.stringify([{ ...good, id: 'vpc-a' }, { ...good, id: 'same-quote' }]) },
    ]);
    expect(report.notes).toBe(5);
    expect(report.placed).toBe(1);
    const text = report.problems.map((p) => `${p.file}: ${p.id}: ${p.message}`).sort();
    expect(text).toEqual([
      'writer-a.json: no-such-chapter: chapter "42-nothing" does not exist (content/chapters/42-nothing.md)',
      expect.stringMatching(/^writer-a\.json: wrong-chapter: quote not found in content\/chapters\/03-domain-2-security\.md: .* \(these words are in content\/chapters\/99-appendices\.md\)$/),
      expect.stringMatching(/^writer-b\.json: same-quote: the same quote is annotated by note vpc-a \(writer-a\.json:\d+\)$/),
      expect.stringMatching(/^writer-b\.json: vpc-a: id also used in writer-a\.json:\d+$/),
    ]);
  });

  it('fails the build on a question whose errata names no note', () => {
    const root = mkdtempSync(join(tmpdir(), 'errata-'));
    mkdirSync(join(root, 'content/questions'), { recursive: true });
    const q = (errata: string[]) => JSON.stringify({ questions: [{ id: 'd1-001', guide: { chapter: '02-domain-1-development', anchor: 'detailed-example-3-configuring-vpc-access-for-rds' }, errata }] }, null, 2);
    const guide = loadGuide(ROOT);
    writeFileSync(join(root, 'content/questions/a.json'), q(['lambda-vpc-cold-start']));
    expect(() => checkQuestionRefs(root, guide)).not.toThrow();
    writeFileSync(join(root, 'content/questions/a.json'), q(['no-such-note']));
    expect(() => checkQuestionRefs(root, guide)).toThrow(/content\/questions\/a\.json:\d+: question d1-001: errata names "no-such-note"/);
  });
});

describe('questions that correct the guide', () => {
  it('lists those that call a guide statement dated but link no note', () => {
    const root = mkdtempSync(join(tmpdir(), 'errata-q-'));
    mkdirSync(join(root, 'content/questions'), { recursive: true });
    const q = (id: string, takeaway: string, errata?: string[]) => ({ id, explanations: { a: 'Correct: yes.' }, takeaway, ...(errata ? { errata } : {}) });
    writeFileSync(
      join(root, 'content/questions/a.json'),
      JSON.stringify({
        questions: [
          q('d1-001', 'Kinesis keeps 24 hours by default; the guide\'s "7 days" (Deny, Allow) is out of date.'),
          q('d1-002', 'The guide says VPC access adds seconds; that is dated.', ['lambda-vpc-cold-start']),
          q('d1-003', 'The guide covers this well. Retries are dated by timestamps.'),
        ],
      }),
    );
    expect(questionsWithoutNoteLinks(root)).toEqual([{ file: 'content/questions/a.json', id: 'd1-001', text: 'the guide\'s "7 days" (Deny, Allow) is out of date.' }]);
  });
});

describe('the guide’s notes', () => {
  const guide = loadGuide(ROOT);
  const file = JSON.parse(readFileSync(join(ROOT, 'content/errata.json'), 'utf8')) as { id: string; quote: string }[];

  it('places every note of content/errata.json, each once, beside its quote', () => {
    expect(guide.errata.map((n) => n.id).sort()).toEqual(file.map((n) => n.id).sort());
    for (const n of guide.errata) {
      const html = guide.chapters.find((c) => c.id === n.chapter)!.html;
      expect(html.split(`id="erratum-${n.id}"`)).toHaveLength(2);
    }
    // The VPC cold-start note sits in Chapter 1's Must Know fact that makes the claim.
    const ch1 = guide.chapters.find((c) => c.id === '02-domain-1-development')!;
    expect(ch1.title).toMatch(/^Chapter 1:/);
    expect(ch1.html).toMatch(/<mark class="dated">Functions in VPCs have longer cold starts \(5-10 seconds\)<\/mark> due to ENI provisioning\. Only use VPC when necessary\.<div class="erratum" id="erratum-lambda-vpc-cold-start"/);
  });

  it('lists the number of notes per chapter in content/ERRATA.md (UPDATE_ERRATA=1 rewrites it)', () => {
    const text = errataSummary(guide.chapters);
    if (process.env.UPDATE_ERRATA) writeFileSync(join(ROOT, ERRATA_SUMMARY_FILE), text);
    const committed = readFileSync(join(ROOT, ERRATA_SUMMARY_FILE), 'utf8');
    expect(committed, `${ERRATA_SUMMARY_FILE} is out of date: run UPDATE_ERRATA=1 npx vitest run tests/unit/errata.test.ts`).toBe(text);
    for (const c of guide.chapters) expect(text).toContain(`| ${c.title} | ${c.id}.md | ${c.errata.length} |`);
    expect(text).toContain(`| **Total** | | **${file.length}** |`);
  });
});

describe('flashcards and dated statements', () => {
  const guide = loadGuide(ROOT);
  const chapters = guide.chapters.map((c) => ({ id: c.id, file: `content/chapters/${c.id}.md`, markdown: readFileSync(join(ROOT, `content/chapters/${c.id}.md`), 'utf8') }));
  const cards = buildFlashcards(chapters, undefined, guide.errata);
  // Independent of the build's matching: any run of whitespace is one space.
  const holds = (text: string, quote: string): boolean => text.replace(/\s+/g, ' ').includes(quote.replace(/\s+/g, ' '));

  it('no card shows a quoted dated statement without its correction on the back', () => {
    const missing: string[] = [];
    for (const card of cards) {
      for (const n of guide.errata) {
        if ((holds(card.front, n.quote) || holds(card.back, n.quote)) && !card.updates?.some((u) => u.id === n.id && u.note === n.note)) missing.push(`${card.id} repeats “${n.quote}” without note ${n.id}`);
      }
    }
    expect(missing).toEqual([]);
    // The VPC fact's card is one of them, and its id is unchanged.
    const vpc = cards.find((c) => c.updates?.some((u) => u.id === 'lambda-vpc-cold-start'))!;
    expect(vpc.id).toMatch(/^must-know:02-domain-1-development#fact-vpc-adds-cold-start-latency/);
    expect(vpc.updates![0]).toMatchObject({ since: 'September 2019', source: { url: expect.stringMatching(/^https:\/\/aws\.amazon\.com\//) } });
  });

  it('keeps every card id, front and back: notes only add to a card', () => {
    const plain = buildFlashcards(chapters);
    expect(cards.map((c) => c.id)).toEqual(plain.map((c) => c.id));
    expect(cards.map(({ updates: _u, ...c }) => c)).toEqual(plain);
    expect(cards.filter((c) => c.updates).length).toBeGreaterThan(0);
  });

  it('attaches a note to a card from any chapter that repeats the statement, and to no other', () => {
    const card = { id: 'glossary:x#y/z', kind: 'glossary' as const, chapter: '09-x', anchor: 'y', front: 'S3', back: 'Objects: Eventual  (read-after-write for new objects) by default.' };
    const [hit, miss] = attachErrata([card, { ...card, id: 'other', back: 'Strong.' }], guide.errata);
    expect(hit!.updates?.map((u) => u.id)).toEqual(['s3-strong-consistency-appendix']);
    expect(miss!.updates).toBeUndefined();
  });
});

describe('the build ships reviewed notes only', () => {
  it('refuses a note without a second reader’s review, naming file, line and id', () => {
    const root = mkdtempSync(join(tmpdir(), 'errata-'));
    mkdirSync(join(root, 'content'));
    const { file: _f, line: _l, ...plain } = note();
    const reviewed = { ...plain, id: 'reviewed', review: { verdict: 'confirmed', reason: 'Checked against the AWS page.' } };
    writeFileSync(join(root, 'content/errata.json'), JSON.stringify([reviewed, { ...plain, id: 'unreviewed' }], null, 2));
    expect(() => loadErrata(root)).toThrow(/content\/errata\.json:\d+: .*unreviewed.*no review/);
    writeFileSync(join(root, 'content/errata.json'), JSON.stringify([reviewed], null, 2));
    expect(loadErrata(root).map((n) => n.id)).toEqual(['reviewed']);
  });
});
