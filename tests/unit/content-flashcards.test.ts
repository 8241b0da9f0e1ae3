import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { compileChapter } from '../../scripts/content/compile-chapter';
import { ContentError } from '../../scripts/content/content-error';
import type { Flashcard } from '../../src/domain/content/flashcard';
import { attachErrata, buildFlashcards, checkFlashcards, extractFlashcards, extractFlashcardSources, type ChapterSource } from '../../scripts/content/flashcards';
import { contentPlugin, loadGuide, type Guide } from '../../scripts/content/vite-plugin-content';

/** An id made from text: its readable key, then a hash of the whole text (scripts/content/item-ids.ts). */
const id = (key: string): RegExp => new RegExp(`^${key.replace(/[#:.]/g, (c) => `\\${c}`)}-[0-9a-z]+$`);
const like = (key: string) => expect.stringMatching(id(key));


const ROOT = resolve(import.meta.dirname, '../..');
const DIR = join(ROOT, 'content/chapters');

const readChapters = (): (ChapterSource & { file: string })[] =>
  readdirSync(DIR)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => ({ id: f.replace(/\.md$/, ''), file: `content/chapters/${f}`, markdown: readFileSync(join(DIR, f), 'utf8') }));

const GLOSSARY = [
  'API Gateway',
  'Canary Deployment',
  'Cold Start',
  'Concurrency',
  'DLQ (Dead Letter Queue)',
  'Envelope Encryption',
  'Event Source Mapping',
  'Eventual Consistency',
  'Fanout Pattern',
  'GSI (Global Secondary Index)',
  'Idempotency',
  'JWT (JSON Web Token)',
  'Lambda Layer',
  'LSI (Local Secondary Index)',
  'Partition Key',
  'Provisioned Concurrency',
  'Reserved Concurrency',
  'Segment',
  'Sort Key',
  'Subsegment',
  'Trace',
  'VPC (Virtual Private Cloud)',
  'Warm Start',
];

const one = (markdown: string, id = '01-test'): (ChapterSource & { file: string })[] => [{ id, file: `content/chapters/${id}.md`, markdown }];

describe('flashcards from the real guide', () => {
  let chapters: (ChapterSource & { file: string })[];
  let cards: Flashcard[];
  let guide: Guide;
  beforeAll(() => {
    chapters = readChapters();
    guide = loadGuide(ROOT);
    cards = buildFlashcards(chapters, new Set(guide.chapters.flatMap((c) => c.factIds)));
  });
  const ofKind = (kind: Flashcard['kind']): Flashcard[] => cards.filter((c) => c.kind === kind);

  it('has 192 Must Know, 23 glossary, 80 Quick Reference and 40 Common Mistake cards', () => {
    expect(ofKind('must-know')).toHaveLength(192);
    expect(ofKind('glossary')).toHaveLength(23);
    expect(ofKind('quick-reference')).toHaveLength(80);
    expect(ofKind('common-mistake')).toHaveLength(40);
    expect(cards).toHaveLength(192 + 23 + 80 + 40);
    // Quick Reference Cards per chapter, as the inventory counts them.
    const perChapter = Object.fromEntries(
      ['01-fundamentals', '02-domain-1-development', '03-domain-2-security', '04-domain-3-deployment', '05-domain-4-troubleshooting'].map((id) => [
        id,
        ofKind('quick-reference').filter((c) => c.chapter === id).length,
      ]),
    );
    expect(perChapter).toEqual({ '01-fundamentals': 9, '02-domain-1-development': 20, '03-domain-2-security': 17, '04-domain-3-deployment': 16, '05-domain-4-troubleshooting': 18 });
  });

  it('gives every card a unique id, and the same output on every run', () => {
    expect(new Set(cards.map((c) => c.id)).size).toBe(cards.length);
    expect(extractFlashcards(readChapters())).toEqual(cards);
    expect(JSON.stringify(extractFlashcards(readChapters()))).toBe(JSON.stringify(cards));
  });

  it('derives ids from chapter, anchor and kind, not from deck position', () => {
    for (const c of cards) expect(c.id.startsWith(`${c.kind}:${c.chapter}#${c.anchor}`)).toBe(true);
    // Dropping a whole chapter leaves every other card's id unchanged.
    const without = extractFlashcards(readChapters().filter((c) => c.id !== '01-fundamentals'));
    expect(without).toEqual(cards.filter((c) => c.chapter !== '01-fundamentals'));
  });

  it('links every Must Know card to a fact id of the compiled chapter, all 192 of them', () => {
    const factIds = guide.chapters.flatMap((c) => c.factIds);
    const anchors = ofKind('must-know').map((c) => `${c.chapter}#${c.anchor}`);
    for (const a of anchors) expect(factIds).toContain(a);
    expect([...anchors].sort()).toEqual([...factIds].sort());
    // Each anchor is a real element id in the chapter HTML.
    for (const c of ofKind('must-know').slice(0, 20)) {
      expect(guide.chapters.find((x) => x.id === c.chapter)!.html).toContain(`<li id="${c.anchor}" class="fact">`);
    }
  });

  it('links every Common Mistake card to its own item, and every other card to a heading of its chapter', () => {
    const mistakes = ofKind('common-mistake');
    for (const c of mistakes) expect(guide.chapters.find((x) => x.id === c.chapter)!.mistakeIds).toContain(`${c.chapter}#${c.anchor}`);
    expect(mistakes.every((c) => c.anchor.startsWith('mistake-'))).toBe(true);
    for (const c of cards.filter((x) => x.kind !== 'must-know')) {
      const chapter = guide.chapters.find((x) => x.id === c.chapter)!;
      expect(chapter.html).toContain(`id="${c.anchor}"`);
    }
  });

  it('turns the appendix glossary into one card per term', () => {
    const glossary = ofKind('glossary');
    expect(glossary.map((c) => c.front)).toEqual(GLOSSARY);
    expect(new Set(glossary.map((c) => `${c.chapter}#${c.anchor}`))).toEqual(new Set(['99-appendices#appendix-d-glossary']));
    expect(glossary.find((c) => c.front === 'Idempotency')!.back).toBe('Property where performing an operation multiple times has the same effect as performing it once.');
    expect(glossary.find((c) => c.front === 'DLQ (Dead Letter Queue)')!.id).toBe('glossary:99-appendices#appendix-d-glossary/dlq-dead-letter-queue');
  });

  it('keeps both parts of a common mistake on the back', () => {
    const mistakes = ofKind('common-mistake');
    for (const c of mistakes) {
      expect(c.back).toMatch(/^Why it's wrong: .+\n\nCorrect understanding: .+$/s);
      expect(c.front).toContain('Common mistake: “');
    }
    const first = mistakes[0]!;
    expect(first.front).toContain('Assuming Lambda is always cheaper than EC2');
    expect(first.back).toContain('For workloads that run continuously 24/7');
    expect(first.back).toContain('Lambda is cost-effective for sporadic workloads');
  });

  it('serves them as virtual:guide/flashcards, a default export of the card array', () => {
    const plugin = contentPlugin();
    (plugin.configResolved as unknown as (c: { root: string }) => void)({ root: ROOT });
    const resolveId = plugin.resolveId as unknown as (id: string) => string | null;
    const load = plugin.load as unknown as (this: { addWatchFile: (f: string) => void }, id: string) => string | null;
    const resolved = resolveId('virtual:guide/flashcards');
    expect(resolved).toBe('\0virtual:guide/flashcards');
    const code = load.call({ addWatchFile: () => {} }, resolved!)!;
    const match = /^export default (.*);\n$/s.exec(code);
    expect(match).not.toBeNull();
    // The served deck carries the guide's "Updated" notes (tests/unit/errata.test.ts).
    expect(JSON.parse(match![1]!)).toEqual(attachErrata(cards, guide.errata));
  });

  it('writes plain text: no Markdown emphasis or escapes, code kept as text', () => {
    for (const c of cards) {
      expect(c.front + c.back).not.toMatch(/\*\*|\\[\\`*_{}[\]<>|$#&~-]/);
      expect(c.front.trim()).toBe(c.front);
      expect(c.back.length).toBeGreaterThan(0);
    }
    const regions = cards.find((c) => c.kind === 'must-know' && c.front.includes('“Region independence”'))!;
    expect(regions.back.startsWith('Each Region is completely isolated.')).toBe(true);
    expect(cards.find((c) => c.front === 'IAM Essentials — Evaluation')!.back).toBe('Explicit Deny > Explicit Allow > Implicit Deny');
    expect(cards.find((c) => c.front === 'Lambda Optimization — Provisioned Concurrency')!.back).toContain('($0.015/GB-hour)');
  });
});

describe('flashcard extraction rules', () => {
  const compiledFacts = (markdown: string): string[] =>
    compileChapter({ id: '01-test', file: 'content/chapters/01-test.md', markdown, diagrams: new Map(), chapterIds: new Set(['01-test']) }).factIds;

  it('anchors facts exactly as the compiler does, by their text', () => {
    const md = [
      '# T',
      '',
      '## Lambda',
      '',
      '⭐ **Must Know (Critical Facts)**:',
      '',
      '- **Timeout**: up to `900` seconds.',
      '- Layers are shared - up to five per function.',
      '',
      '#### Detailed Example 1: Lambda',
      '',
      '⭐ **Must Know (Critical Facts)**:',
      '',
      '- **Memory**: 128 MB to 10 GB.',
      '',
    ].join('\n');
    const cards = extractFlashcards(one(md));
    expect(cards.map((c) => `${c.chapter}#${c.anchor}`)).toEqual(compiledFacts(md));
    expect(cards.map((c) => c.anchor)).toEqual([like('fact-timeout-up-to-900-seconds'), like('fact-layers-are-shared-up-to-five'), like('fact-memory-128-mb-to-10-gb')]);
    expect(cards[0]).toEqual({
      id: `must-know:01-test#${cards[0]!.anchor}`,
      kind: 'must-know',
      chapter: '01-test',
      anchor: cards[0]!.anchor,
      front: 'Lambda — What must you know about “Timeout”?',
      back: 'up to 900 seconds.',
    });
    expect(cards[1]!.front).toBe('Lambda — Complete the fact: “Layers are shared …”');
    expect(cards[1]!.back).toBe('Layers are shared - up to five per function.');
    // The prompt names the topic, not the "Detailed Example" heading.
    expect(cards[2]!.front).toBe('Lambda — What must you know about “Memory”?');
  });

  it('gives nested fact items their own anchors, as the compiler does, and cards to top-level ones', () => {
    const md = '# T\n\n## S3\n\n⭐ **Must Know (Critical Facts)**:\n\n- **A**: one\n  - sub point\n- **B**: two\n';
    const cards = extractFlashcards(one(md));
    expect(compiledFacts(md)).toEqual([like('01-test#fact-a-one'), like('01-test#fact-sub-point'), like('01-test#fact-b-two')]);
    expect(cards.map((c) => `01-test#${c.anchor}`)).toEqual([compiledFacts(md)[0], compiledFacts(md)[2]]);
    expect(cards[0]!.back).toBe('one\n\nsub point');
  });

  it('reads Quick Reference Card items with and without a bold key', () => {
    const md = [
      '# T',
      '',
      '### Quick Reference Card',
      '',
      '**SQS**:',
      '',
      '- **FIFO**: 3000 msg/sec',
      '- sort @timestamp desc - Sort results',
      '- Pub/sub messaging',
      '',
      '### Next Steps',
      '',
      '**Group**:',
      '',
      '- **Not**: a card',
      '',
    ].join('\n');
    const cards = extractFlashcards(one(md));
    expect(cards.map((c) => [c.id, c.front, c.back])).toEqual([
      ['quick-reference:01-test#quick-reference-card/sqs-fifo', 'SQS — FIFO', '3000 msg/sec'],
      ['quick-reference:01-test#quick-reference-card/sqs-sort-timestamp-desc', 'SQS — sort @timestamp desc', 'Sort results'],
      ['quick-reference:01-test#quick-reference-card/sqs-3', 'SQS — key point 3 of 3', 'Pub/sub messaging'],
    ]);
  });

  it('fails the build on a Must Know fact with nothing after its key, naming file and line', () => {
    const md = '# T\n\n## S3\n\n⭐ **Must Know (Critical Facts)**:\n\n- **Durability**: 11 nines\n- **Broken**:\n';
    expect(() => buildFlashcards(one(md))).toThrow(ContentError);
    expect(() => buildFlashcards(one(md))).toThrow(/content\/chapters\/01-test\.md:8: must-know flashcard must-know:01-test#fact-broken-[0-9a-z]+: empty back/);
  });

  it('fails on an empty glossary definition', () => {
    const md = '# T\n\n## Glossary\n\n**Trace**: A request path.\n\n**Segment**:\n';
    expect(() => buildFlashcards(one(md))).toThrow('content/chapters/01-test.md:7: glossary flashcard glossary:01-test#glossary/segment: empty back');
  });

  it('fails on a common mistake without its "Correct understanding"', () => {
    const md = [
      '# T',
      '',
      '## IAM',
      '',
      '⚠️ **Common Mistakes & Misconceptions**:',
      '',
      '- **Mistake 1**: Using root',
      "  - **Why it's wrong**: Root cannot be limited.",
      '  - **Correct understanding**: Use IAM users.',
      '- **Mistake 2**: Sharing keys',
      "  - **Why it's wrong**: Keys leak.",
      '',
    ].join('\n');
    expect(() => buildFlashcards(one(md))).toThrow(/content\/chapters\/01-test\.md:10: .*no "Correct understanding" part/);
    const [good] = extractFlashcards(one(md));
    expect(good).toMatchObject({ id: like('common-mistake:01-test#mistake-using-root'), anchor: like('mistake-using-root'), front: 'IAM — Common mistake: “Using root”. Why is it wrong, and what is correct?' });
    expect(good!.back).toBe("Why it's wrong: Root cannot be limited.\n\nCorrect understanding: Use IAM users.");
  });

  it('fails on a Must Know anchor the compiled guide does not have, and on duplicate ids', () => {
    const md = '# T\n\n## S3\n\n⭐ **Must Know (Critical Facts)**:\n\n- **A**: one\n';
    expect(() => buildFlashcards(one(md), new Set(['01-test#fact-b-two']))).toThrow(/the compiled chapter has no fact #fact-a-one-[0-9a-z]+/);
    // Two Must Know lists under one heading no longer collide (ids come from the text) …
    const twice = `${md}\n⭐ **Must Know (Critical Facts)**:\n\n- **B**: two\n`;
    expect(buildFlashcards(one(twice)).map((c) => c.id)).toEqual([like('must-know:01-test#fact-a-one'), like('must-know:01-test#fact-b-two')]);
    // … and a duplicate id, should one arise, still fails with both lines.
    const [source] = extractFlashcardSources(one(md));
    expect(() => checkFlashcards([source!, { ...source!, line: 9 }], () => 'content/chapters/01-test.md')).toThrow(/:9: .*duplicate id \(also at line 7\)/);
  });

  it('keeps Must Know and Common Mistake card ids when an item is inserted before and the heading renamed', () => {
    const md = (heading: string, facts: string[], mistakes: string[]): string =>
      ['# T', '', `## ${heading}`, '', '⭐ **Must Know (Critical Facts)**:', '', ...facts.map((f) => `- ${f}`), '', '⚠️ **Common Mistakes & Misconceptions**:', '',
        ...mistakes.flatMap((m, i) => [`- **Mistake ${i + 1}**: ${m}`, "  - **Why it's wrong**: because.", '  - **Correct understanding**: this.']), ''].join('\n');
    const before = extractFlashcards(one(md('S3', ['**Durability**: 11 nines.'], ['Folders exist'])));
    const after = extractFlashcards(one(md('Amazon S3 storage', ['**Classes**: six of them.', '**Durability**: 11 nines.'], ['S3 is a database', 'Folders exist'])));
    expect(before.map((c) => c.id)).toEqual([like('must-know:01-test#fact-durability-11-nines'), like('common-mistake:01-test#mistake-folders-exist')]);
    for (const card of before) expect(after.find((c) => c.id === card.id), card.id).toEqual({ ...card, front: card.front.replace('S3 —', 'Amazon S3 storage —') });
  });
});
