#!/usr/bin/env node
// The hostile corpus for question-pack import: malformed and malicious JSON and
// Markdown packs, each with the outcome readQuestionPack must give.
//
//   node scripts/hostile-pack-corpus.mjs          write tests/fixtures/hostile/packs/* and EXPECTED.json
//   node scripts/hostile-pack-corpus.mjs --check  exit 1 if the committed corpus differs
//
// EXPECTED.json maps each file to {"outcome":"error","message":"<regex source>"}
// or {"outcome":"ok","questions":N,"issues":[[question, line, "<regex source>"]…]}.
// tests/unit/hostile-packs.test.ts reads every file; tests/browser/own-packs.test.ts
// imports payloads.md and shows every question, option and explanation in it.
// The messages mirror src/domain/questions/import-pack.ts and import-markdown.ts.
import { createCorpus, writeOrCheckCorpus } from './lib/corpus.mjs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT = path.join(ROOT, 'tests/fixtures/hostile/packs');

const { files, add } = createCorpus();
const escapeRe = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const error = (message) => ({ outcome: 'error', message });
const ok = (questions, issues = []) => ({ outcome: 'ok', questions, issues });

// ------------------------------------------------------------ Markdown

const GOOD_MD = '### Which service runs code without servers?\n- [ ] Amazon EC2\n- [x] AWS Lambda\n- [ ] Amazon EBS\n';
const NO_QUESTIONS = 'No questions found';
add('md-empty.md', '', error('This file is empty'));
add('md-whitespace.md', '  \n\t\n   \n', error('This file is empty'));
add('md-binary-nul.md', Buffer.from([0x23, 0x23, 0x23, 0x20, 0x00, 0x01, 0x02, 0xff, 0xfe]), error('not a text file'));
add('md-plain-notes.md', 'Lambda notes\n\n- [x] done a list item\n- [ ] another\n', error(NO_QUESTIONS));
add('md-only-headings.md', '# Bank\n## Section\n## Table of Contents\n- [Q1](#q1)\n', error(NO_QUESTIONS));
add('md-question-in-unclosed-fence.md', '```\n' + GOOD_MD, error(NO_QUESTIONS));
add('md-four-hashes.md', GOOD_MD.replace('###', '####'), error(NO_QUESTIONS));
add('md-good.md', `# A bank\n\n${GOOD_MD}`, ok(1));
add('md-crlf.md', GOOD_MD.replaceAll('\n', '\r\n'), ok(1));
add('md-cr-only.md', GOOD_MD.replaceAll('\n', '\r'), ok(1));
add('md-bom.md', `\uFEFF${GOOD_MD}`, ok(1));
add('md-tabs-and-star-bullets.md', '###\tTabbed?\n*\t[x] yes\n+ [ ] no\n', ok(1));
const mdIssue = (name, body, line, message) => add(name, `${GOOD_MD}\n${body}`, ok(1, [[2, line, message]]));
// GOOD_MD is 4 lines plus a blank: the broken question starts on line 6.
mdIssue('md-no-options.md', '### Where are the options?\nJust prose.\n', 6, 'no options found');
mdIssue('md-one-option.md', '### Lonely?\n- [x] only\n', 7, 'at least 2 options');
mdIssue('md-seven-options.md', '### Many?\n' + Array.from({ length: 7 }, (_, i) => `- [${i ? ' ' : 'x'}] o${i}`).join('\n') + '\n', 13, '7 options; at most 6');
mdIssue('md-no-key.md', '### No key?\n- [ ] a\n- [ ] b\n', 6, 'no option is marked correct');
mdIssue('md-all-correct.md', '### All?\n- [x] a\n- [x] b\n', 6, 'every option is marked correct');
mdIssue('md-choose-two-marks-one.md', '### Pick (Choose TWO)\n- [x] a\n- [ ] b\n- [ ] c\n', 6, 'says "Choose TWO" but 1 option');
mdIssue('md-choose-three-marks-two.md', '### Pick. Select three.\n- [x] a\n- [x] b\n- [ ] c\n- [ ] d\n', 6, 'says "Select three" but 2 option');
mdIssue('md-empty-option.md', '### Empty option?\n- [x] a\n- [ ]   \n', 8, 'this option has no text');
mdIssue('md-empty-stem.md', '### \n- [x] a\n- [ ] b\n', 6, 'no text after "###"');
mdIssue('md-huge-stem.md', `### ${'why '.repeat(3000)}\n- [x] a\n- [ ] b\n`, 6, 'longer than 10000 characters');
mdIssue('md-huge-option.md', `### Long option?\n- [x] ${'a'.repeat(2100)}\n- [ ] b\n`, 7, 'option is longer than 2000');
mdIssue('md-huge-explanation.md', `### Long why?\n- [x] a\n- [ ] b\n\n${'because '.repeat(700)}\n`, 6, 'after the options is longer than 5000');
add('md-too-many-questions.md', Array.from({ length: 2001 }, (_, i) => `### Q${i}?\n- [x] a\n- [ ] b\n`).join(''), error('2001 questions; a pack holds at most 2000'));
add('md-every-question-broken.md', '### A\n- [ ] a\n- [ ] b\n### B\n', ok(0, [[1, 1, 'no option is marked correct'], [2, 4, 'no options found']]));
add('md-unicode.md', '### Welche Dienste? 🧨 \u202eRTL\u202c zero\u200bwidth e\u0301\n- [x] Ja 日本語\n- [ ] Nein\n', ok(1));
add('md-nested-list-and-table.md', '### Table?\n| a | b |\n|---|---|\n| 1 | 2 |\n\n- [x] a\n  continued on the next line\n- [ ] b\n  - nested item\n', ok(1));
add('md-headings-between.md', `# Title\n## Part 1\n${GOOD_MD}## Part 2\nIntro text\n${GOOD_MD}`, ok(2));

// Payloads: each becomes the stem, an option and the explanation of one question.
const PAYLOADS = {
  'script-tag': '<script>window.__pwned="script"</script>',
  'img-onerror': '<img src=x onerror="window.__pwned=\'img\'">',
  'svg-onload': '<svg onload="window.__pwned=\'svg\'"><circle r="10"/></svg>',
  'svg-script': '<svg xmlns="http://www.w3.org/2000/svg"><script>window.__pwned="svg-script"</script></svg>',
  'svg-animate-href': '<svg><a><animate attributeName="href" values="javascript:window.__pwned=1"/><text y="20">x</text></a></svg>',
  'iframe-js': '<iframe src="javascript:parent.__pwned=\'iframe\'"></iframe>',
  'iframe-srcdoc': '<iframe srcdoc="<script>parent.__pwned=1</script>"></iframe>',
  'object-embed': '<object data="javascript:window.__pwned=1"></object><embed src="javascript:window.__pwned=2">',
  'details-ontoggle': '<details open ontoggle="window.__pwned=\'details\'">x</details>',
  'input-autofocus': '<input autofocus onfocus="window.__pwned=\'focus\'">',
  'body-onload': '<body onload="window.__pwned=\'body\'">',
  'meta-refresh': '<meta http-equiv="refresh" content="0;url=javascript:window.__pwned=1">',
  'base-href': '<base href="javascript:window.__pwned=1//">',
  'form-action': '<form action="javascript:window.__pwned=1"><button>Go</button></form>',
  'style-tag': '<style>body{display:none}</style>',
  'style-attr': '<p style="position:fixed;inset:0;background:red">cover</p>',
  'link-stylesheet': '<link rel="stylesheet" href="https://evil.example/x.css">',
  'md-link-js': '[click me](javascript:window.__pwned=1)',
  'md-link-js-mixed-case': '[click](JaVaScRiPt:window.__pwned=1)',
  'md-link-js-entity': '[click](&#106;avascript:window.__pwned=1)',
  'md-link-data': '[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
  'md-link-vbscript': '[click](vbscript:msgbox(1))',
  'md-reference-link': '[click][evil]\n\n[evil]: javascript:window.__pwned=1',
  'md-autolink-js': '<javascript:window.__pwned=1>',
  'md-image-js': '![x](javascript:window.__pwned=1)',
  'md-image-onerror': '![x](x" onerror="window.__pwned=1)',
  'a-href-js-entity': '<a href="&#x6A;avascript:window.__pwned=1">x</a>',
  'a-href-js-tab': '<a href="java\tscript:window.__pwned=1">x</a>',
  'mxss-noscript': '<noscript><p title="</noscript><img src=x onerror=window.__pwned=1>">',
  'mxss-math-style': '<math><mtext><table><mglyph><style><img src=x onerror=window.__pwned=1>',
  'mxss-svg-style': '<svg></p><style><a id="</style><img src=1 onerror=window.__pwned=1>">',
  'template-tag': '<template><img src=x onerror=window.__pwned=1></template>',
  'html-comment': '<!-- --><img src=x onerror=window.__pwned=1> -->',
  'cdata': '<![CDATA[<img src=x onerror=window.__pwned=1>]]>',
  'attribute-breakout': '"><img src=x onerror=window.__pwned=1><a href="',
  'template-injection': '{{constructor.constructor("window.__pwned=1")()}} ${window.__pwned=1}',
  'dom-clobbering': '<a id="__pwned" name="__pwned" href="https://x.example">clobber</a><form name="getElementById"></form>',
  'unicode-tricks': 'RTL \u202eevil\u202c zero\u200bwidth BEL\u0007 emoji 🧨 \u2028line',
};
const payloadQuestion = (name, payload) =>
  `### ${name}: ${payload}\n\n- [x] right ${payload}\n- [ ] wrong\n\n${payload}\n`;
add('payloads.md', `# Payloads\n\n${Object.entries(PAYLOADS).map(([n, p]) => payloadQuestion(n, p)).join('\n')}`, ok(Object.keys(PAYLOADS).length));
for (const [name, payload] of Object.entries(PAYLOADS)) add(`md-payload-${name}.md`, payloadQuestion(name, payload), ok(1));

// ------------------------------------------------------------ JSON

const q = (extra = {}) => ({ stem: 'Which service runs code without servers?', options: [{ id: 'a', text: 'Amazon EC2' }, { id: 'b', text: 'AWS Lambda' }, { id: 'c', text: 'Amazon EBS' }], answer: ['b'], ...extra });
const pack = (questions, extra = {}) => JSON.stringify({ title: 'Mine', ...extra, questions }, null, 2);
const GOOD_JSON = pack([q()]);
add('json-good.json', GOOD_JSON, ok(1));
add('json-top-level-array.json', JSON.stringify([q(), q()]), ok(2));
add('json-bom.json', `\uFEFF${GOOD_JSON}`, ok(1));
add('json-unknown-keys-ignored.json', pack([q({ review: { any: 1 }, extra: [1, 2], source: 'x' })]), ok(1));
add('json-guide-unknown-chapter.json', pack([q({ guide: { chapter: '99-nowhere', anchor: 'x' } })]), ok(1));
add('json-retired-skipped.json', pack([q(), q({ retired: true })]), ok(1));
add('json-not-json.json', 'questions: yes', error('not valid JSON'));
add('json-truncated.json', GOOD_JSON.slice(0, 60), error('not valid JSON \\(the problem is on line \\d+\\)'));
const trailingComma = GOOD_JSON.replace(/\]\n\}$/, '],\n}');
add('json-trailing-comma.json', trailingComma, error(`not valid JSON \\(the problem is on line ${trailingComma.split('\n').length}\\)`));
add('json-comments.json', `// my pack\n${GOOD_JSON}`, error('not valid JSON'));
add('json-nan.json', GOOD_JSON.replace('"Mine"', 'NaN'), error('not valid JSON'));
add('json-empty-object.json', '{}', error('no "questions" list'));
add('json-questions-not-list.json', '{"questions": {"0": {}}}', error('no "questions" list'));
add('json-string.json', '"questions"', error('no "questions" list'));
add('json-null.json', 'null', error('no "questions" list'));
add('json-number.json', '42', error('no "questions" list'));
add('json-empty-list.json', '{"questions": []}', error('This file has no questions'));
add('json-a-backup.json', JSON.stringify({ app: 'dva-study', format: 1, schemaVersion: 7, exportedAt: '2026-11-26T00:00:00.000Z', data: {} }), error('backup of the app, not a question pack'));
add('json-proto-top.json', '{"__proto__": {"polluted": true}, "questions": []}', error('forbidden key "__proto__"'));
add('json-proto-in-question.json', `{"questions": [{"__proto__": {"isAdmin": true}, "stem": "x"}]}`, error('forbidden key "__proto__"'));
add('json-proto-in-option.json', `{"questions": [{"stem": "x", "options": [{"id": "a", "text": "y", "__proto__": {}}]}]}`, error('forbidden key "__proto__"'));
add('json-constructor-key.json', `{"questions": [{"constructor": {"prototype": {"x": 1}}}]}`, error('forbidden key "constructor"'));
add('json-prototype-deep.json', `{"questions": [{"explanations": {"a": "x"}, "meta": {"a": {"b": {"prototype": 1}}}}]}`, error('forbidden key "prototype"'));
add('json-deep-arrays.json', `{"questions": ${'['.repeat(5000)}${']'.repeat(5000)}}`, error('nested too deeply to be a question pack'));
add('json-deep-objects.json', `{"questions": [${'{"a":'.repeat(5000)}1${'}'.repeat(5000)}]}`, error('nested too deeply to be a question pack'));
add('json-too-many-questions.json', JSON.stringify({ questions: Array.from({ length: 2001 }, () => q()) }), error('2001 questions; a pack holds at most 2000'));
// One bad question among good ones: reported with its line, the rest imported.
const jsonIssue = (name, bad, message) => {
  const text = pack([q(), bad, q()]);
  // Elements of the pretty-printed list start at an indent of 4: the bad one is the second.
  const starts = text.split('\n').flatMap((l, i) => (/^ {4}[^\s}\]]/.test(l) ? [i + 1] : []));
  const line = starts[1];
  add(name, text, ok(2, [[2, line, message]]));
};
jsonIssue('json-q-stem-number.json', q({ stem: 42 }), 'stem\\).* must be text');
jsonIssue('json-q-stem-empty.json', q({ stem: '   ' }), 'stem\\).* is empty');
jsonIssue('json-q-stem-huge.json', q({ stem: 'x'.repeat(10_001) }), 'longer than 10000 characters');
jsonIssue('json-q-options-missing.json', q({ options: undefined }), 'the question has no "options"');
jsonIssue('json-q-options-string.json', q({ options: 'a, b, c' }), 'options must be a list');
jsonIssue('json-q-one-option.json', q({ options: [{ id: 'a', text: 'x' }], answer: ['a'] }), 'at least 2 options');
jsonIssue('json-q-seven-options.json', q({ options: 'abcdefg'.split('').map((id) => ({ id, text: id })) }), 'option letters are a to f');
jsonIssue('json-q-option-letter-z.json', q({ options: [{ id: 'a', text: 'x' }, { id: 'z', text: 'y' }], answer: ['a'] }), 'option letters are a to f');
jsonIssue('json-q-option-duplicate.json', q({ options: [{ id: 'a', text: 'x' }, { id: 'a', text: 'y' }, { id: 'b', text: 'z' }] }), 'two options have the same letter');
jsonIssue('json-q-option-text-null.json', q({ options: [{ id: 'a', text: null }, { id: 'b', text: 'y' }] }), 'an option must be text');
jsonIssue('json-q-answer-missing.json', q({ answer: undefined }), 'the question has no "answer"');
jsonIssue('json-q-answer-string.json', q({ answer: 'b' }), 'answer must be a list of option letters');
jsonIssue('json-q-answer-empty.json', q({ answer: [] }), 'no correct option given');
jsonIssue('json-q-answer-unknown.json', q({ answer: ['d'] }), 'option "d", which does not exist');
jsonIssue('json-q-answer-twice.json', q({ answer: ['b', 'b'] }), 'names an option twice');
jsonIssue('json-q-answer-all.json', q({ answer: ['a', 'b', 'c'] }), 'every option is marked correct');
jsonIssue('json-q-choose-mismatch.json', q({ choose: 2 }), '"choose" is 2 but the answer has 1');
jsonIssue('json-q-choose-huge.json', q({ choose: 1e308 }), '"choose" is 1e\\+308 but the answer has 1');
jsonIssue('json-q-type-mismatch.json', q({ type: 'multiple' }), 'type is "multiple" but the answer has 1');
jsonIssue('json-q-type-unknown.json', q({ type: 'essay' }), 'type must be "single" or "multiple"');
jsonIssue('json-q-domain-7.json', q({ domain: 7 }), 'domain must be 1, 2, 3 or 4');
jsonIssue('json-q-domain-string.json', q({ domain: '1' }), 'domain must be 1, 2, 3 or 4');
jsonIssue('json-q-task-unknown.json', q({ domain: 1, task: '9.9' }), 'task must be one of');
jsonIssue('json-q-task-other-domain.json', q({ domain: 1, task: '2.1' }), 'task 2.1 is not in domain 1');
jsonIssue('json-q-task-without-domain.json', q({ task: '2.1' }), 'a task needs its domain');
jsonIssue('json-q-tags-upper.json', q({ tags: ['Lambda<script>'] }), 'tags are short lowercase words');
jsonIssue('json-q-explanations-number.json', q({ explanations: { a: 1 } }), 'explanations must be text');
jsonIssue('json-q-explanation-letter-z.json', q({ explanations: { z: 'x' } }), 'option letters are a to f');
jsonIssue('json-q-takeaway-huge.json', q({ takeaway: 'x'.repeat(5001) }), 'takeaway is too long');
const NOT_A_QUESTION = 'is not a question: expected an object with "stem", "options" and "answer"';
jsonIssue('json-q-string.json', 'What is Lambda?', NOT_A_QUESTION);
jsonIssue('json-q-null.json', null, NOT_A_QUESTION);
jsonIssue('json-q-array.json', [q()], NOT_A_QUESTION);
const hostileJson = Object.values(PAYLOADS).map((p) => q({ stem: p, options: [{ id: 'a', text: p }, { id: 'b', text: 'fine' }], answer: ['a'], explanations: { a: p, b: p }, takeaway: p }));
add('json-payloads.json', pack(hostileJson, { title: '<img src=x onerror=window.__pwned=1>' }), ok(hostileJson.length));

// ------------------------------------------------------------ write or check

writeOrCheckCorpus({ dir: OUT, files, label: 'hostile pack corpus', command: 'node scripts/hostile-pack-corpus.mjs', root: ROOT });
