import { loadGuide, sectionAnchors } from '../../../scripts/content/vite-plugin-content';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { readQuestionPack, MAX_PACK_BYTES } from '../../../src/domain/questions/import-pack';
import { createOwnPack, newPackId, ownPackInfo } from '../../../src/domain/questions/own-pack';
import { OwnPackSchema } from '../../../src/domain/questions/own-pack-schema';
import { arrayElementLines } from '../../../src/domain/safe-json';
import { examQuestionIds, resolvePack } from '../../../src/domain/questions/packs';

const sections = new Map([['02-development-with-aws-services', new Set(['lambda', 'sqs'])]]);
const context = (fileName: string) => ({ fileName, sections });
/** The real guide's sections, as the app's lazy anchors module holds them. */
const guideSections = () => new Map([...sectionAnchors(loadGuide(process.cwd()))].map(([id, list]) => [id, new Set(list)]));

const md = (s: string) => s.replace(/^\n/, '');

describe('Markdown question banks', () => {
  it('reads ### questions with - [ ] / - [x] options, a title, code and explanations', () => {
    const text = md(`
# My Lambda bank

## Table of Contents
- [Questions](#questions)

### Which service runs code without servers?

- [ ] Amazon EC2
- [x] AWS Lambda
- [ ] Amazon EBS

Lambda is serverless.

**[⬆ Back to Top](#table-of-contents)**

### Which TWO are event sources for Lambda? (Choose TWO)

\`\`\`json
{ "### not a question": "- [x] not an option" }
\`\`\`

- [x] Amazon S3
- [ ] Amazon EBS
- [X] Amazon SQS
- [ ] AWS KMS
`);
    const r = readQuestionPack(text, context('bank.md'));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.format).toBe('markdown');
    expect(r.title).toBe('My Lambda bank');
    expect(r.issues).toEqual([]);
    expect(r.questions).toHaveLength(2);
    const [q1, q2] = r.questions;
    expect(q1).toMatchObject({ stem: 'Which service runs code without servers?', type: 'single', choose: 1, answer: ['b'], takeaway: 'Lambda is serverless.', domain: null, guide: null });
    expect(q1!.options.map((o) => o.text)).toEqual(['Amazon EC2', 'AWS Lambda', 'Amazon EBS']);
    expect(q2).toMatchObject({ type: 'multiple', choose: 2, answer: ['a', 'c'], takeaway: '' });
    expect(q2!.stem).toContain('"### not a question"');
  });

  it('reports each broken question with its line and keeps the good ones', () => {
    const text = md(`
### Good one?
- [x] yes
- [ ] no

### No key?
- [ ] a
- [ ] b

### Says two, marks one (Choose TWO)
- [x] a
- [ ] b
- [ ] c

### Too many
- [x] 1
- [ ] 2
- [ ] 3
- [ ] 4
- [ ] 5
- [ ] 6
- [ ] 7

### Lonely
- [x] only

### All right
- [x] a
- [x] b

### No options at all
Just text.
`);
    const r = readQuestionPack(text, context('bank.md'));
    if (!r.ok) throw new Error(r.error);
    expect(r.questions).toHaveLength(1);
    expect(r.issues.map((i) => [i.question, i.line])).toEqual([[2, 5], [3, 9], [4, 21], [5, 24], [6, 26], [7, 30]]);
    expect(r.issues[0]!.message).toMatch(/no option is marked correct/);
    expect(r.issues[1]!.message).toMatch(/says "Choose TWO" but 1 option/);
    expect(r.issues[2]!.message).toMatch(/7 options; at most 6/);
    expect(r.issues[3]!.message).toMatch(/at least 2 options/);
    expect(r.issues[4]!.message).toMatch(/every option is marked correct/);
    expect(r.issues[5]!.message).toMatch(/no options found/);
  });

  it('says how to write questions when a file has none', () => {
    const r = readQuestionPack('Just some notes\n- [x] a list item\n', context('notes.md'));
    expect(r).toEqual({ ok: false, error: expect.stringMatching(/No questions found.*"### "/) });
  });

  it('keeps hostile text as text: the renderer sanitises it, the importer does not execute anything', () => {
    const r = readQuestionPack('### <img src=x onerror=alert(1)>?\n- [x] <script>alert(1)</script>\n- [ ] [x](javascript:alert(1))\n', context('x.md'));
    if (!r.ok) throw new Error(r.error);
    expect(r.questions[0]!.stem).toBe('<img src=x onerror=alert(1)>?');
    expect(r.questions[0]!.options[0]!.text).toBe('<script>alert(1)</script>');
  });
});

describe('JSON question packs', () => {
  it('imports the app\'s own question files whole, keeping domains, tasks and guide links', () => {
    for (const file of ['d1-bundle-1-lambda.json', 'd1-bundle-1-api-patterns.json']) {
      const text = readFileSync(`content/questions/${file}`, 'utf8');
      const r = readQuestionPack(text, { fileName: file, sections: guideSections() });
      if (!r.ok) throw new Error(r.error);
      expect(r.issues).toEqual([]);
      expect(r.linkNotes).toEqual([]);
      expect(r.questions.every((q) => q.guide && q.guide.anchor !== 'top')).toBe(true);
      expect(r.questions.length).toBe(JSON.parse(text).questions.length);
      expect(r.questions.every((q) => q.domain === 1 && q.task?.startsWith('1.') && q.sourceId)).toBe(true);
    }
  });

  it('names the question and line of each invalid question', () => {
    const text = JSON.stringify(
      {
        title: 'Mine',
        questions: [
          { stem: 'Fine?', options: [{ id: 'a', text: 'x' }, { id: 'b', text: 'y' }], answer: ['a'] },
          { stem: 'Bad key?', options: [{ id: 'a', text: 'x' }, { id: 'b', text: 'y' }], answer: ['c'] },
          { stem: '', options: [{ id: 'a', text: 'x' }, { id: 'b', text: 'y' }], answer: ['a'] },
          { stem: 'Choose?', options: [{ id: 'a', text: 'x' }, { id: 'b', text: 'y' }, { id: 'c', text: 'z' }], answer: ['a', 'b'], choose: 1 },
          'not an object',
        ],
      },
      null,
      2,
    );
    const r = readQuestionPack(text, context('mine.json'));
    if (!r.ok) throw new Error(r.error);
    expect(r.title).toBe('Mine');
    expect(r.questions).toHaveLength(1);
    const lines = text.split('\n');
    for (const issue of r.issues) expect(lines[issue.line! - 1]).toMatch(/^\s{4}[{"]/);
    expect(r.issues.map((i) => i.question)).toEqual([2, 3, 4, 5]);
    expect(r.issues[0]!.message).toMatch(/option "c", which does not exist/);
    expect(r.issues[1]!.message).toMatch(/stem.*empty/);
    expect(r.issues[2]!.message).toMatch(/"choose" is 1 but the answer has 2/);
  });

  it('refuses files that are not packs, with a clear reason', () => {
    const cases: [string, string, RegExp][] = [
      ['{"questions": [', 'a.json', /not valid JSON \(the problem is on line 1\)/],
      ['{"a": {"__proto__": {"x": 1}}, "questions": []}', 'a.json', /forbidden key "__proto__"/],
      ['{"app": "dva-study", "data": {}}', 'a.json', /backup of the app/],
      ['{"items": []}', 'a.json', /no "questions" list/],
      ['{"questions": []}', 'a.json', /no questions/],
      ['', 'a.md', /empty/],
      ['\u0000\u0001binary', 'a.bin', /not a text file/],
    ];
    for (const [text, name, error] of cases) expect(readQuestionPack(text, context(name))).toEqual({ ok: false, error: expect.stringMatching(error) });
    expect(readQuestionPack('x'.repeat(MAX_PACK_BYTES + 1), context('a.md'))).toEqual({ ok: false, error: expect.stringMatching(/too large/) });
  });

  it('drops a guide link to a chapter the guide does not have', () => {
    const q = { stem: 'S?', options: [{ id: 'a', text: 'x' }, { id: 'b', text: 'y' }], answer: ['a'], guide: { chapter: '99-nowhere', anchor: 'x' } };
    const r = readQuestionPack(JSON.stringify([q]), context('a.json'));
    if (!r.ok) throw new Error(r.error);
    expect(r.questions[0]!.guide).toBeNull();
    expect(r.linkNotes[0]!.message).toMatch(/not in this guide/);
  });

  it('reports a guide link to a section the chapter does not have, and links to the chapter instead', () => {
    const q = { stem: 'S?', options: [{ id: 'a', text: 'x' }, { id: 'b', text: 'y' }], answer: ['a'], guide: { chapter: '02-development-with-aws-services', anchor: 'no-such-section' } };
    const good = { ...q, stem: 'T?', guide: { chapter: '02-development-with-aws-services', anchor: 'sqs' } };
    const r = readQuestionPack(JSON.stringify({ questions: [q, good] }, null, 2), context('a.json'));
    if (!r.ok) throw new Error(r.error);
    expect(r.questions.map((x) => x.guide)).toEqual([
      { chapter: '02-development-with-aws-services', anchor: 'top' },
      { chapter: '02-development-with-aws-services', anchor: 'sqs' },
    ]);
    expect(r.linkNotes).toEqual([{ line: 3, question: 1, message: expect.stringMatching(/"no-such-section" is not in chapter 02-development-with-aws-services/) }]);
  });
});

describe('stored packs', () => {
  it('get their own ids, validate with the stored schema, and list like built-in packs', () => {
    const r = readQuestionPack('### Q?\n- [x] a\n- [ ] b\n### R?\n- [ ] a\n- [x] b\n', context('x.md'));
    if (!r.ok) throw new Error(r.error);
    const id = newPackId(1_800_000_000_000, new Set([`my-${(1_800_000_000_000).toString(36)}`]));
    const pack = createOwnPack({ id, title: r.title, fileName: 'x.md', format: r.format, questions: r.questions, now: 5 });
    expect(v.safeParse(OwnPackSchema, pack).success).toBe(true);
    expect(pack.questions.map((q) => q.id)).toEqual([`${id}-001`, `${id}-002`]);
    const info = ownPackInfo(pack);
    expect(info).toMatchObject({ kind: 'own', questionCount: 2 });
    expect(resolvePack(info, [...pack.questions].reverse()).map((q) => q.id)).toEqual(info.questionIds);
  });

  it('an exam of a big bank draws 65 distinct questions in pack order', () => {
    const ids = Array.from({ length: 300 }, (_, i) => `q${i}`);
    let seed = 1;
    const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
    const picked = examQuestionIds(ids, random);
    expect(picked).toHaveLength(65);
    expect(new Set(picked).size).toBe(65);
    expect([...picked].sort((a, b) => ids.indexOf(a) - ids.indexOf(b))).toEqual(picked);
    expect(examQuestionIds(ids.slice(0, 50), random)).toEqual(ids.slice(0, 50));
  });
});

describe('arrayElementLines', () => {
  it('finds each element of the questions array, ignoring brackets inside strings', () => {
    const text = '{\n"title": "[questions]",\n"questions": [\n{"stem": "a ] , ["},\n\n  {"x": [1,2]},\n3\n]}';
    expect(arrayElementLines(text, 'questions')).toEqual([4, 6, 7]);
    expect(arrayElementLines('[\n1,\n{"a":[2]}\n]', null)).toEqual([2, 3]);
  });
});
