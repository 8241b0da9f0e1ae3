#!/usr/bin/env node
// The hostile corpus for backup import: malformed and malicious backup files,
// each with the outcome parseBackup must give.
//
//   node scripts/hostile-corpus.mjs          write tests/fixtures/hostile/backup/* and EXPECTED.json
//   node scripts/hostile-corpus.mjs --check  exit 1 if the committed corpus differs from what would be written
//
// Deterministic (no clock, no randomness but a seeded generator), plain Node,
// no dependencies. EXPECTED.json maps each file to {"outcome":"error","message":
// "<regex source>"} or {"outcome":"ok"}. An "ok" file must import, in merge and
// in replace mode, with every row stored exactly as written: its script tags,
// event handlers and javascript: URLs are only text. tests/unit/hostile-backups.test.ts
// runs every file. Two cases are built at test time instead (the files would be
// too big to commit): a file over the 20 MB limit and a million levels of nesting.
//
// The row shapes mirror ROW_SCHEMAS (src/domain/backup/schema.ts), the messages
// mirror src/domain/backup/validate.ts. Every backup says schemaVersion 6: a
// backup from that version must stay importable by every later version.
import { createCorpus, writeOrCheckCorpus } from './lib/corpus.mjs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT = path.join(ROOT, 'tests/fixtures/hostile/backup');

const SCHEMA_VERSION = 6;
const EXPORTED_AT = '2026-11-26T10:00:00.000Z';
const T = Date.UTC(2026, 10, 26, 10); // every row's time: newer than anything the test seeds

// ---------------------------------------------------------------- a real backup

const LABELS = {
  settings: 'settings',
  studySessions: 'study sessions',
  reading: 'reading positions',
  checklist: 'checklist items',
  stars: 'stars',
  practice: 'practice sessions',
  attempts: 'exam attempts',
  flags: 'flags',
  results: 'answers',
  timer: 'study timer',
  cards: 'flashcards',
  chapterReviews: 'chapter reviews',
  reports: 'problem reports',
  ownPacks: 'imported question packs',
};

/** Every store with a few rows, in the order exportAll writes them. */
function sampleData() {
  return {
    settings: [
      { key: 'theme', value: 'light' },
      { key: 'planKind', value: '10' },
      { key: 'examDay', value: '2027-01-15', updatedAt: T - 3_600_000 },
      { key: 'capReviewsAtExam', value: false },
      { key: 'lastBackupAt', value: T - 86_400_000 },
    ],
    studySessions: [
      { id: 'bk-s1', day: '2026-11-24', minutes: 45, activity: 'reading', note: 'Lambda chapter 🧨 twice', updatedAt: T + 1 },
      { id: 'bk-s2', day: '2026-11-25', minutes: 30, activity: 'practice', note: '', updatedAt: T + 2 },
      // Time the app logged by itself (issue 12): one row a day and activity.
      { id: 'tracked:2026-11-25:reading:a1b2c3d4', day: '2026-11-25', minutes: 17, activity: 'reading', note: '', updatedAt: T + 2, tracked: true },
    ],
    reading: [
      { chapterId: '02-lambda', anchor: 'concurrency', block: 3, offset: 0.25, progress: 0.5, read: false, updatedAt: T + 3 },
      { chapterId: '03-dynamodb', anchor: 'top', progress: 1, read: true, readAt: T + 4, updatedAt: T + 4 },
    ],
    checklist: [
      { id: '02-lambda:must-know:0', chapterId: '02-lambda', checked: true, updatedAt: T + 5 },
      { id: '02-lambda:must-know:1', chapterId: '02-lambda', checked: false, updatedAt: T + 6 },
    ],
    stars: [
      { id: '02-lambda#concurrency', chapterId: '02-lambda', anchor: 'concurrency', label: 'Reserved concurrency', createdAt: T + 7 },
      { id: '03-dynamodb#gsi', chapterId: '03-dynamodb', anchor: 'gsi', label: 'GSI vs LSI', createdAt: T + 8 },
    ],
    practice: [
      {
        id: 'bk-d1-bundle-1',
        packId: 'bk-d1-bundle-1',
        title: 'Domain 1, bundle 1',
        questionIds: ['bk-d1-001', 'bk-d1-002'],
        index: 1,
        answers: { 'bk-d1-001': { selected: ['a', 'c'], checked: true } },
        updatedAt: T + 9,
        shuffleSeed: 'k2x9q7', // options shown in this session's own order (issue 12, shuffle)
      },
      // A study coach drill (kind, finishedAt: since the coach, issue 15).
      { id: 'bk-custom', packId: null, title: 'Missed questions', questionIds: ['bk-d2-001'], index: 1, answers: {}, updatedAt: T + 10, kind: 'drill', finishedAt: T + 10 },
    ],
    attempts: [
      {
        id: 'bk-att-1',
        packId: 'bk-full-1',
        title: 'Full practice exam 1',
        questionIds: ['bk-d1-001', 'bk-d2-001'],
        answers: { 'bk-d1-001': ['b'], 'bk-d2-001': ['a', 'd'] },
        flagged: ['bk-d2-001'],
        current: 1,
        startedAt: T + 11,
        deadline: T + 11 + 130 * 60_000,
        limitMinutes: 130,
        targetPercent: 72,
        submittedAt: T + 12,
        timedOut: false,
        score: {
          correct: 1,
          total: 2,
          percent: 50,
          scaled: 550,
          byDomain: { '1': { correct: 0, total: 1 }, '2': { correct: 1, total: 1 } },
          byTask: { '1.1': { correct: 0, total: 1 }, '2.3': { correct: 1, total: 1 } },
          wrongIds: ['bk-d1-001'],
        },
        note: 'Review SQS visibility timeout',
        updatedAt: T + 12,
        shuffleSeed: 'p4m1z8',
      },
      {
        id: 'bk-att-2',
        packId: null,
        title: 'Retake: wrong answers',
        questionIds: ['bk-d1-001'],
        answers: {},
        flagged: [],
        current: 0,
        startedAt: T + 13,
        deadline: T + 13 + 2 * 60_000,
        limitMinutes: 2,
        targetPercent: 72,
        submittedAt: null,
        timedOut: false,
        score: null,
        note: '',
      },
    ],
    flags: [
      { questionId: 'bk-d2-001', packId: 'bk-full-1', flaggedAt: T + 14 },
      { questionId: 'bk-d3-004', packId: null, flaggedAt: T + 15 },
    ],
    results: [
      { questionId: 'bk-d1-001', packId: 'bk-full-1', selected: ['b'], correct: false, answeredAt: T + 16 },
      { questionId: 'bk-d2-001', packId: 'bk-full-1', selected: ['a', 'd'], correct: true, answeredAt: T + 17 },
      // Its first answer, kept for the study coach (issue 15).
      { questionId: 'bk-d3-004', packId: null, selected: ['c'], correct: true, answeredAt: T + 18, first: { correct: false, answeredAt: T + 12 } },
    ],
    timer: [
      {
        id: 'current',
        record: {
          startedAt: T + 19,
          pauses: [{ at: T + 20, until: T + 21 }],
          stoppedAt: null,
          settings: { focusMinutes: 50, shortBreakMinutes: 10, longBreakMinutes: 30, sessionsBeforeLongBreak: 3, maxFocusMinutes: 240 },
        },
        loggedMinutes: 0,
        updatedAt: T + 21,
      },
    ],
    cards: [
      {
        id: 'bk-card-1',
        card: { due: T + 86_400_000, stability: 2.3, difficulty: 5.1, elapsed_days: 0, scheduled_days: 1, learning_steps: 0, reps: 1, lapses: 0, state: 1, last_review: T + 22 },
        updatedAt: T + 22,
        introducedAt: T + 22,
      },
      {
        id: 'bk-card-2',
        card: { due: T, stability: 0, difficulty: 0, elapsed_days: 0, scheduled_days: 0, learning_steps: 0, reps: 0, lapses: 0, state: 0, last_review: null },
        updatedAt: T + 23,
      },
    ],
    chapterReviews: [
      { id: '02-lambda:3', chapterId: '02-lambda', step: 3, doneAt: T + 24 },
      { id: '02-lambda:7', chapterId: '02-lambda', step: 7, doneAt: T + 25 },
    ],
    reports: [
      { id: 'bk-d1-001-1', questionId: 'bk-d1-001', note: 'Option B looks right too', createdAt: T + 26 },
      { id: 'bk-d2-001-1', questionId: 'bk-d2-001', note: 'Typo in the explanation', createdAt: T + 27 },
    ],
  };
}

function envelope(data, extra = {}) {
  return { app: 'dva-study', format: 1, schemaVersion: SCHEMA_VERSION, exportedAt: EXPORTED_AT, data, ...extra };
}

const backupText = (data = sampleData(), extra = {}) => JSON.stringify(envelope(data, extra));

/** A backup with one change made to its data. */
function withData(edit) {
  const data = sampleData();
  edit(data);
  return backupText(data);
}

// ---------------------------------------------------------------- expected messages (regex sources)

const escapeRe = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const exact = (s) => `^${escapeRe(s)}$`;
const M = {
  notJson: exact('This file is not JSON, so it is not a backup. Choose the .json file the app exported.'),
  cutOff: exact('This backup file is cut off or damaged, so it is not JSON and nothing was imported. Choose a complete copy of the file.'),
  notApp: exact('This file is not a backup of this app.'),
  version: exact('This file is not a backup of this app (its version is missing or invalid).'),
  newer: exact('This backup was made by a newer version of the app. Update the app (reload it while online), then import again.'),
  date: exact('This backup has no valid export date (field "exportedAt").'),
  deep: exact('This file is nested too deeply to be a backup (more than 64 levels), so it was not imported.'),
  forbidden: (key) => exact(`This file contains a forbidden key "${key}", so it was not imported.`),
  unknown: (quoted) => exact(`This backup contains an unknown kind of record, ${quoted}.`),
  notList: (store) => exact(`The ${LABELS[store]} in this backup are not a list.`),
  field: (store, n, field) => exact(`Record ${n} of kind "${LABELS[store]}" has an invalid field "${field}".`),
  notRecord: (store, n, what) => exact(`Record ${n} of kind "${LABELS[store]}" is not a valid record (it is ${what}).`),
};
// How an export begins: a file that starts so but does not parse was cut off or damaged.
const looksLikeBackup = (text) => /^\s*\{\s*"app"\s*:\s*"dva-study"/.test(text);
const notJsonMessage = (text) => (looksLikeBackup(text.replace(/^\uFEFF/, '')) ? M.cutOff : M.notJson);

// ---------------------------------------------------------------- the corpus

const { files, add } = createCorpus();
const ok = () => ({ outcome: 'ok' });
const error = (message) => ({ outcome: 'error', message });

/** xorshift32: the same "random" bytes on every run. */
function junk(length, seed) {
  let x = seed >>> 0 || 1;
  const out = Buffer.alloc(length);
  for (let i = 0; i < length; i++) {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    out[i] = x & 0xff;
  }
  return out;
}

const REAL = backupText();

// 1. Not JSON at all, or not UTF-8 text.
add('empty.json', '', error(M.notJson));
add('whitespace-only.json', ' \n\t\r\n  ', error(M.notJson));
add('bom-only.json', '\uFEFF', error(M.notJson));
add('bom-then-valid-backup.json', '\uFEFF' + REAL, ok());
add('bom-then-text.json', '\uFEFFhello', error(M.notJson));
add('plain-text.json', 'This is my backup, I promise.\n', error(M.notJson));
add('html-page.json', '<!doctype html><html><body><script>alert(document.cookie)</script></body></html>\n', error(M.notJson));
add('svg-document.json', '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(2)</script></svg>\n', error(M.notJson));
add('csv.json', 'questionId,correct,answeredAt\nd1-001,true,1764151200000\n', error(M.notJson));
add('yaml.json', 'app: dva-study\nformat: 1\ndata:\n  results: []\n', error(M.notJson));
add('binary-random-4k.json', junk(4096, 0xdecafbad), error(M.notJson));
add('binary-nul-bytes.json', Buffer.alloc(512), error(M.notJson));
add('binary-png-header.json', Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), junk(256, 7)]), error(M.notJson));
add('gzipped-backup.json.gz', gzipSync(Buffer.from(REAL, 'utf8'), { level: 9 }), error(M.notJson));
const utf16le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(REAL, 'utf16le')]);
add('utf16le-with-bom.json', utf16le, error(M.notJson));
const utf16be = Buffer.from(utf16le);
utf16be.swap16();
add('utf16be-with-bom.json', utf16be, error(M.notJson));
add('jsonp-wrapped.json', `callback(${REAL});`, error(M.notJson));
add('leading-garbage.json', `)]}',\n${REAL}`, error(M.notJson));
add('json-with-comments.json', REAL.replace('"data":{', '"data":{ // my data\n'), error(M.cutOff));
add('trailing-comma.json', REAL.replace(/}$/, ',}'), error(M.cutOff));
add('single-quoted.json', REAL.replaceAll('"', "'"), error(M.notJson));
add('nan-literal.json', REAL.replace('"minutes":45', '"minutes":NaN'), error(M.cutOff));
add('infinity-literal.json', REAL.replace('"minutes":45', '"minutes":Infinity'), error(M.cutOff));
add('undefined-literal.json', REAL.replace('"score":null', '"score":undefined'), error(M.cutOff));
add('two-backups-concatenated.json', REAL + REAL, error(M.cutOff));
add('trailing-garbage.json', `${REAL}\n<script>alert(1)</script>`, error(M.cutOff));
// Bytes that are not UTF-8 inside a note: decoding makes them U+FFFD, as Blob.text() does; the rest imports.
{
  const at = REAL.indexOf('twice');
  const bytes = Buffer.concat([Buffer.from(REAL.slice(0, at), 'utf8'), Buffer.from([0xc3, 0x28, 0xff, 0xfe]), Buffer.from(REAL.slice(at), 'utf8')]);
  add('invalid-utf8-in-note.json', bytes, ok());
}

// 2. A real backup cut off at many points (a download or copy that stopped).
{
  const cuts = new Set([1, 2, 8, 17, 18, 19, 40, 64, 100, REAL.length - 2, REAL.length - 1]);
  for (let i = 1; i < 20; i++) cuts.add(Math.floor((REAL.length * i) / 20));
  const marks = ['"note":"Lambda', '\\u', '"progress":0.', '"selected":["a",', '"readAt":', '"score":{', '"questionIds":['];
  for (const mark of marks) {
    const at = REAL.indexOf(mark);
    if (at < 0) continue;
    cuts.add(at + mark.length);
  }
  for (const cut of [...cuts].sort((a, b) => a - b)) {
    const text = REAL.slice(0, cut);
    add(`truncated-at-${String(cut).padStart(4, '0')}.json`, text, error(notJsonMessage(text)));
  }
  // Cut in the middle of the 4-byte emoji in a note.
  const bytes = Buffer.from(REAL, 'utf8');
  const emoji = bytes.indexOf(Buffer.from('🧨', 'utf8'));
  add('truncated-inside-utf8-character.json', bytes.subarray(0, emoji + 2), error(M.cutOff));
}

// 3. Valid JSON of the wrong shape.
add('top-level-array-empty.json', '[]', error(M.notApp));
add('top-level-array-of-backup.json', `[${REAL}]`, error(M.notApp));
add('top-level-string.json', '"dva-study"', error(M.notApp));
add('top-level-double-encoded-backup.json', JSON.stringify(REAL), error(M.notApp));
add('top-level-number.json', '42', error(M.notApp));
add('top-level-negative-infinity.json', '-1e400', error(M.notApp));
add('top-level-null.json', 'null', error(M.notApp));
add('top-level-true.json', 'true', error(M.notApp));
add('top-level-empty-object.json', '{}', error(M.notApp));
add('question-file-not-backup.json', JSON.stringify({ questions: [{ id: 'd1-001', stem: '<script>alert(1)</script>' }] }), error(M.notApp));

// 4. The envelope: app, data, format, schemaVersion, exportedAt.
const bad = (extra, drop = []) => {
  const b = envelope(sampleData(), extra);
  for (const k of drop) delete b[k];
  return JSON.stringify(b);
};
add('app-missing.json', bad({}, ['app']), error(M.notApp));
add('app-other.json', bad({ app: 'other-study-app' }), error(M.notApp));
add('app-wrong-case.json', bad({ app: 'DVA-Study' }), error(M.notApp));
add('app-trailing-space.json', bad({ app: 'dva-study ' }), error(M.notApp));
add('app-number.json', bad({ app: 1 }), error(M.notApp));
add('app-array.json', bad({ app: ['dva-study'] }), error(M.notApp));
add('app-script.json', bad({ app: '<script>alert(1)</script>' }), error(M.notApp));
add('data-missing.json', bad({}, ['data']), error(M.notApp));
add('data-null.json', bad({ data: null }), error(M.notApp));
add('data-array.json', bad({ data: [sampleData()] }), error(M.notApp));
add('data-string.json', bad({ data: JSON.stringify(sampleData()) }), error(M.notApp));
add('format-missing.json', bad({}, ['format']), error(M.version));
add('format-string.json', bad({ format: '1' }), error(M.version));
add('format-zero.json', bad({ format: 0 }), error(M.version));
add('format-negative.json', bad({ format: -1 }), error(M.version));
add('format-fraction.json', bad({ format: 1.5 }), error(M.version));
add('format-null.json', bad({ format: null }), error(M.version));
add('format-infinite.json', REAL.replace('"format":1', '"format":1e400'), error(M.version));
add('format-newer.json', bad({ format: 2 }), error(M.newer));
add('format-huge.json', bad({ format: 1e21 }), error(M.newer));
add('schema-version-missing.json', bad({}, ['schemaVersion']), error(M.version));
add('schema-version-string.json', bad({ schemaVersion: '6' }), error(M.version));
add('schema-version-nan-string.json', bad({ schemaVersion: 'NaN' }), error(M.version));
add('schema-version-zero.json', bad({ schemaVersion: 0 }), error(M.version));
add('schema-version-negative.json', bad({ schemaVersion: -6 }), error(M.version));
add('schema-version-fraction.json', bad({ schemaVersion: 5.5 }), error(M.version));
add('schema-version-newer.json', bad({ schemaVersion: 999 }), error(M.newer));
add('exported-at-missing.json', bad({}, ['exportedAt']), error(M.date));
add('exported-at-empty.json', bad({ exportedAt: '' }), error(M.date));
add('exported-at-number.json', bad({ exportedAt: T }), error(M.date));
add('exported-at-null.json', bad({ exportedAt: null }), error(M.date));
add('exported-at-words.json', bad({ exportedAt: 'yesterday' }), error(M.date));
add('exported-at-month-13.json', bad({ exportedAt: '2026-13-01T00:00:00.000Z' }), error(M.date));
add('exported-at-script.json', bad({ exportedAt: '<script>alert(1)</script>' }), error(M.date));
add('top-level-extra-keys-ignored.json', bad({ comment: '<script>alert(1)</script>', signature: { alg: 'none' } }), ok());
add('older-schema-version-without-newer-stores.json', JSON.stringify(envelope({ settings: [{ key: 'theme', value: 'dark' }], studySessions: sampleData().studySessions }, { schemaVersion: 2 })), ok());
add('empty-data.json', backupText({}), ok());
add('every-store-empty.json', backupText(Object.fromEntries(Object.keys(LABELS).map((k) => [k, []]))), ok());

// 5. Unknown kinds of record, and stores that are not lists.
add('unknown-kind.json', withData((d) => (d.passwords = [{ site: 'bank', password: 'hunter2' }])), error(M.unknown('"passwords"')));
add('unknown-kind-wrong-case.json', withData((d) => (d.Results = d.results)), error(M.unknown('"Results"')));
add('unknown-kind-trailing-space.json', withData((d) => (d['results '] = [])), error(M.unknown('"results "')));
add('unknown-kind-empty-name.json', withData((d) => (d[''] = [])), error(M.unknown('""')));
add('unknown-kind-object-method-name.json', withData((d) => (d.hasOwnProperty = [])), error(M.unknown('"hasOwnProperty"')));
add('unknown-kind-tostring.json', withData((d) => (d.toString = [])), error(M.unknown('"toString"')));
add('unknown-kind-script-name.json', withData((d) => (d['<img src=x onerror=alert(1)>'] = [])), error(M.unknown('"<img src=x onerror=alert(1)>"')));
add(
  'unknown-kind-very-long-name.json',
  withData((d) => (d['x'.repeat(10_000)] = [])),
  error(M.unknown(`"${'x'.repeat(60)}…"`)),
);
add(
  'unknown-kind-invisible-characters.json',
  withData((d) => (d['results\u202e\u200b\n'] = [])),
  error(M.unknown('"results\\u202e\\u200b\\u000a"')),
);
add('unknown-kind-quote-in-name.json', withData((d) => (d['a"b'] = [])), error(M.unknown('"a\\"b"')));
add('store-object.json', withData((d) => (d.results = {})), error(M.notList('results')));
add('store-array-like-object.json', withData((d) => (d.results = { 0: d.results[0], length: 1 })), error(M.notList('results')));
add('store-string.json', withData((d) => (d.settings = 'theme=dark')), error(M.notList('settings')));
add('store-stringified-list.json', withData((d) => (d.studySessions = JSON.stringify(d.studySessions))), error(M.notList('studySessions')));
add('store-null.json', withData((d) => (d.reports = null)), error(M.notList('reports')));
add('store-number.json', withData((d) => (d.stars = 5)), error(M.notList('stars')));
add('store-true.json', withData((d) => (d.flags = true)), error(M.notList('flags')));

// 6. A wrong type in every field of every store (the last row of the store, so
// the message must name the right record).
const wrongValue = (value) => {
  if (typeof value === 'string') return 42;
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return Object.fromEntries(value.map((x, i) => [i, x]));
  if (value === null) return 'null';
  return JSON.stringify(value);
};
const TEMPLATE = sampleData();
for (const store of Object.keys(TEMPLATE)) {
  if (store === 'settings') continue; // one row per key: below
  const rows = TEMPLATE[store];
  const n = rows.length;
  const fields = new Set(rows.flatMap((r) => Object.keys(r)));
  for (const field of fields) {
    const sample = rows.find((r) => field in r)[field];
    add(
      `wrong-type-${store}-${field}.json`,
      withData((d) => {
        d[store][n - 1][field] = wrongValue(sample);
      }),
      error(M.field(store, n, field)),
    );
  }
  add(`missing-field-${store}.json`, withData((d) => delete d[store][n - 1][Object.keys(rows[0])[0]]), error(M.field(store, n, Object.keys(rows[0])[0])));
  add(`unknown-field-${store}.json`, withData((d) => (d[store][n - 1].isAdmin = true)), error(M.field(store, n, 'isAdmin')));
}
add('row-null.json', withData((d) => d.results.push(null)), error(M.notRecord('results', 4, 'null')));
add('row-string.json', withData((d) => d.studySessions.unshift('45 min reading')), error(M.notRecord('studySessions', 1, 'a string')));
add('row-number.json', withData((d) => (d.flags[1] = 7)), error(M.notRecord('flags', 2, 'a number')));
add('row-boolean.json', withData((d) => (d.stars[0] = true)), error(M.notRecord('stars', 1, 'true or false')));
add('row-list.json', withData((d) => (d.reports[0] = ['bk-d1-001-1', 'bk-d1-001', 'note', T])), error(M.field('reports', 1, 'id')));
// Nested fields.
add('nested-attempt-score-tally.json', withData((d) => (d.attempts[0].score.byDomain['2'].correct = 'one')), error(M.field('attempts', 1, 'score.byDomain.2.correct')));
add('nested-attempt-answer-option.json', withData((d) => (d.attempts[0].answers['bk-d2-001'] = ['a', 'z'])), error(M.field('attempts', 1, 'answers.bk-d2-001.1')));
add('nested-attempt-wrong-id-empty.json', withData((d) => (d.attempts[0].score.wrongIds = [''])), error(M.field('attempts', 1, 'score.wrongIds.0')));
add('nested-practice-answer-checked.json', withData((d) => (d.practice[0].answers['bk-d1-001'].checked = 'yes')), error(M.field('practice', 1, 'answers.bk-d1-001.checked')));
add('nested-practice-answer-extra.json', withData((d) => (d.practice[0].answers['bk-d1-001'].correct = true)), error(M.field('practice', 1, 'answers.bk-d1-001.correct')));
add('nested-result-option-uppercase.json', withData((d) => (d.results[2].selected = ['C'])), error(M.field('results', 3, 'selected.0')));
add('nested-timer-settings.json', withData((d) => (d.timer[0].record.settings.focusMinutes = '50')), error(M.field('timer', 1, 'record.settings.focusMinutes')));
add('nested-timer-pause.json', withData((d) => (d.timer[0].record.pauses[0].until = 'later')), error(M.field('timer', 1, 'record.pauses.0.until')));
add('nested-timer-id-other.json', withData((d) => (d.timer[0].id = 'other')), error(M.field('timer', 1, 'id')));
add('nested-card-state-5.json', withData((d) => (d.cards[1].card.state = 5)), error(M.field('cards', 2, 'card.state')));
add('nested-card-state-string.json', withData((d) => (d.cards[0].card.state = '1')), error(M.field('cards', 1, 'card.state')));
add('nested-card-extra.json', withData((d) => (d.cards[0].card.__defineGetter__ = 1)), error(M.field('cards', 1, 'card.__defineGetter__')));
// Settings: each key has its own value type.
add('setting-theme-unknown.json', withData((d) => (d.settings[0].value = 'purple')), error(M.field('settings', 1, 'value')));
add('setting-key-unknown.json', withData((d) => d.settings.push({ key: 'isAdmin', value: true })), error(M.field('settings', 6, 'key')));
add('setting-key-missing.json', withData((d) => d.settings.push({ value: 'dark' })), error(M.field('settings', 6, 'key')));
add('setting-plan-kind-number.json', withData((d) => (d.settings[1].value = 8)), error(M.field('settings', 2, 'value')));
add('setting-exam-day-script.json', withData((d) => (d.settings[2].value = '2027-01-15<script>alert(1)</script>')), error(M.field('settings', 3, 'value')));
add('setting-exam-day-newline.json', withData((d) => (d.settings[2].value = '2027-01-15\n')), error(M.field('settings', 3, 'value')));
add('setting-exam-day-short.json', withData((d) => (d.settings[2].value = '2027-1-5')), error(M.field('settings', 3, 'value')));
add('setting-cap-string.json', withData((d) => (d.settings[3].value = 'false')), error(M.field('settings', 4, 'value')));
add('setting-last-backup-negative.json', withData((d) => (d.settings[4].value = -1)), error(M.field('settings', 5, 'value')));
add('setting-extra-field.json', withData((d) => (d.settings[0].onload = 'alert(1)')), error(M.field('settings', 1, 'onload')));

// 7. Numbers: negative, NaN-like, infinite, fractional, out of range. JSON has
// no NaN: 1e400 parses to Infinity.
const num = (name, store, row, field, raw, message) => {
  const data = sampleData();
  data[store][row][field] = '@@NUMBER@@';
  add(name, backupText(data).replace('"@@NUMBER@@"', raw), message ?? error(M.field(store, row + 1, field)));
};
num('number-time-negative.json', 'results', 1, 'answeredAt', '-1');
num('number-time-fraction.json', 'results', 1, 'answeredAt', '1764151200000.5');
num('number-time-infinite.json', 'results', 1, 'answeredAt', '1e400');
num('number-time-negative-infinite.json', 'flags', 0, 'flaggedAt', '-1e400');
num('number-time-string.json', 'results', 1, 'answeredAt', '"1764151200017"');
num('number-time-null.json', 'results', 1, 'answeredAt', 'null');
num('number-minutes-negative.json', 'studySessions', 0, 'minutes', '-30');
num('number-minutes-nan-string.json', 'studySessions', 0, 'minutes', '"NaN"');
num('number-minutes-infinity-string.json', 'studySessions', 0, 'minutes', '"Infinity"');
num('number-minutes-infinite.json', 'studySessions', 0, 'minutes', '1e999');
num('number-minutes-hex-string.json', 'studySessions', 0, 'minutes', '"0x2d"');
num('number-progress-over-one.json', 'reading', 0, 'progress', '1.0000001');
num('number-progress-negative.json', 'reading', 0, 'progress', '-0.5');
num('number-index-negative.json', 'practice', 0, 'index', '-1');
num('number-index-fraction.json', 'practice', 0, 'index', '0.5');
num('number-current-negative.json', 'attempts', 0, 'current', '-1');
num('number-target-over-100.json', 'attempts', 0, 'targetPercent', '100.5');
num('number-limit-negative.json', 'attempts', 0, 'limitMinutes', '-130');
num('number-deadline-infinite.json', 'attempts', 0, 'deadline', '1e400');
num('number-step-string.json', 'chapterReviews', 0, 'step', '"3"');
num('number-step-fraction.json', 'chapterReviews', 0, 'step', '3.5');
num('number-logged-minutes-negative.json', 'timer', 0, 'loggedMinutes', '-1');
num('number-created-at-negative.json', 'reports', 0, 'createdAt', '-1764151200000');
{
  const data = sampleData();
  data.cards[0].card.stability = '@@NUMBER@@';
  add('number-card-stability-infinite.json', backupText(data).replace('"@@NUMBER@@"', '1e400'), error(M.field('cards', 1, 'card.stability')));
  const data2 = sampleData();
  data2.cards[0].card.reps = '@@NUMBER@@';
  add('number-card-reps-fraction.json', backupText(data2).replace('"@@NUMBER@@"', '1.5'), error(M.field('cards', 1, 'card.reps')));
}
// Finite but absurd numbers: a time past the last date a Date can hold, more
// minutes than a day has. Refused like any other invalid field.
num('number-time-past-max-date.json', 'results', 0, 'answeredAt', '9007199254740993');
num('number-minutes-huge.json', 'studySessions', 0, 'minutes', '1e308');
num('number-minutes-over-a-day.json', 'studySessions', 0, 'minutes', '1441');
num('number-limit-huge.json', 'attempts', 0, 'limitMinutes', '1e12');
// Ids that name Object.prototype's keys are text in a value, but become keys in
// the app's maps (answers by question id): refused.
for (const [name, store, field] of [['__proto__', 'results', 'questionId'], ['constructor', 'studySessions', 'id'], ['prototype', 'flags', 'questionId']]) {
  const data = sampleData();
  data[store][0][field] = name;
  add(`id-${name.replaceAll('_', '')}-as-value.json`, backupText(data), error(M.field(store, 1, field)));
}

// 8. __proto__, constructor and prototype keys, anywhere.
const injectAfter = (text, anchor, insert) => {
  const at = text.indexOf(anchor);
  if (at < 0) throw new Error(`anchor not found: ${anchor}`);
  return text.slice(0, at + anchor.length) + insert + text.slice(at + anchor.length);
};
add('proto-top-level.json', injectAfter(REAL, '{', '"__proto__":{"app":"dva-study","isAdmin":true},'), error(M.forbidden('__proto__')));
add('proto-in-data.json', injectAfter(REAL, '"data":{', '"__proto__":{"results":[]},'), error(M.forbidden('__proto__')));
add('proto-in-row.json', injectAfter(REAL, '"questionId":"bk-d2-001",', '"__proto__":{"correct":true},'), error(M.forbidden('__proto__')));
add('proto-in-row-map.json', injectAfter(REAL, '"answers":{', '"__proto__":{"selected":["a"],"checked":true},'), error(M.forbidden('__proto__')));
add('proto-nested-in-score.json', injectAfter(REAL, '"byDomain":{', '"__proto__":{"polluted":true},'), error(M.forbidden('__proto__')));
add('proto-in-array-element.json', injectAfter(REAL, '"pauses":[{', '"__proto__":{"until":0},'), error(M.forbidden('__proto__')));
add('proto-escaped-key.json', injectAfter(REAL, '"questionId":"bk-d2-001",', '"\\u005f\\u005fproto\\u005f\\u005f":{"polluted":true},'), error(M.forbidden('__proto__')));
add(
  'proto-deep-in-extra-key.json',
  injectAfter(REAL, '{', `"extra":${'{"a":'.repeat(40)}{"__proto__":{"polluted":true}}${'}'.repeat(40)},`),
  error(M.forbidden('__proto__')),
);
add('constructor-top-level.json', injectAfter(REAL, '{', '"constructor":{"prototype":{"isAdmin":true}},'), error(M.forbidden('constructor')));
add('constructor-in-data.json', injectAfter(REAL, '"data":{', '"constructor":[],'), error(M.forbidden('constructor')));
add('constructor-in-row.json', injectAfter(REAL, '"id":"bk-s1",', '"constructor":{"name":"Function"},'), error(M.forbidden('constructor')));
add('prototype-in-data.json', injectAfter(REAL, '"data":{', '"prototype":[],'), error(M.forbidden('prototype')));
add('prototype-in-row.json', injectAfter(REAL, '"id":"bk-card-1",', '"prototype":{"isAdmin":true},'), error(M.forbidden('prototype')));
add('prototype-nested-in-card.json', injectAfter(REAL, '"card":{', '"prototype":1,'), error(M.forbidden('prototype')));
// A near miss is only an unknown field.
add('proto-with-space-in-row.json', injectAfter(REAL, '"questionId":"bk-d2-001",', '"__proto__ ":{"correct":true},'), error(M.field('flags', 1, '__proto__ ')));
// As values (ids, map keys that are Object.prototype method names) they are just text.
{
  const data = sampleData();
  data.results.push(
    { questionId: 'valueOf', packId: 'toLocaleString', selected: ['a'], correct: true, answeredAt: T + 30 },
    { questionId: 'isPrototypeOf', packId: 'propertyIsEnumerable', selected: ['b'], correct: false, answeredAt: T + 31 },
    { questionId: '__defineGetter__', packId: '__lookupGetter__', selected: [], correct: false, answeredAt: T + 32 },
    { questionId: 'toString', packId: 'hasOwnProperty', selected: ['f'], correct: true, answeredAt: T + 33 },
  );
  data.studySessions.push({ id: 'hasOwnProperty', day: '2026-11-26', minutes: 5, activity: 'other', note: 'constructor.prototype __proto__', updatedAt: T + 34 });
  data.practice[0].answers = { toString: { selected: ['a'], checked: true }, valueOf: { selected: [], checked: false }, hasOwnProperty: { selected: ['b'], checked: true } };
  data.attempts[0].score.byDomain = { toString: { correct: 1, total: 1 }, isPrototypeOf: { correct: 0, total: 1 } };
  data.stars.push({ id: 'valueOf#toString', chapterId: 'valueOf', anchor: 'prototype', label: '__proto__', createdAt: T + 35 });
  add('proto-names-as-values.json', backupText(data), ok());
}

// 9. Deep nesting: a recursive reader runs out of stack (RangeError) long before
// 10,000 levels; the message must still be clear.
const deepArrays = (n) => '['.repeat(n) + ']'.repeat(n);
const deepObjects = (n) => '{"a":'.repeat(n) + '1' + '}'.repeat(n);
add('deep-arrays-10000-bare.json', deepArrays(10_000), error(M.deep));
add('deep-arrays-10000-extra-key.json', injectAfter(REAL, '{', `"extra":${deepArrays(10_000)},`), error(M.deep));
add('deep-objects-10000-in-row.json', REAL.replace('"note":"Lambda chapter 🧨 twice"', `"note":${deepObjects(10_000)}`), error(M.deep));
add('deep-objects-10000-in-data.json', injectAfter(REAL, '"data":{', `"results2":${deepObjects(10_000)},`), error(M.deep));
add('deep-mixed-10000-in-list.json', REAL.replace('"selected":["c"]', `"selected":${'[{"a":'.repeat(5_000)}0${'}]'.repeat(5_000)}`), error(M.deep));
add('deep-arrays-65-in-row.json', REAL.replace('"selected":["c"]', `"selected":${deepArrays(65)}`), error(M.deep));

// 10. Long strings: at the limits they import, one past they are refused.
add('long-note-at-limit.json', withData((d) => (d.studySessions[0].note = 'n'.repeat(100_000))), ok());
add('long-note-over-limit.json', withData((d) => (d.studySessions[0].note = 'n'.repeat(100_001))), error(M.field('studySessions', 1, 'note')));
add('long-report-at-limit.json', withData((d) => (d.reports[1].note = 'r'.repeat(2_000))), ok());
add('long-report-over-limit.json', withData((d) => (d.reports[1].note = 'r'.repeat(2_001))), error(M.field('reports', 2, 'note')));
add('long-id-at-limit.json', withData((d) => (d.results[0].questionId = 'q'.repeat(500))), ok());
add('long-id-over-limit.json', withData((d) => (d.results[0].questionId = 'q'.repeat(501))), error(M.field('results', 1, 'questionId')));
add('long-id-empty.json', withData((d) => (d.flags[1].questionId = '')), error(M.field('flags', 2, 'questionId')));
add(
  'long-map-key-over-limit.json',
  withData((d) => (d.practice[0].answers['k'.repeat(501)] = { selected: [], checked: false })),
  error(exact(`Record 1 of kind "practice sessions" has an invalid field "answers.${'k'.repeat(52)}…".`)),
);
add(
  'long-field-name.json',
  withData((d) => (d.results[0][`<svg onload=alert(1)>${'x'.repeat(10_000)}`] = 1)),
  error(exact(`Record 1 of kind "answers" has an invalid field "<svg onload=alert(1)>${'x'.repeat(39)}…".`)),
);
add('long-many-rows-one-bad.json', withData((d) => {
  for (let i = 0; i < 500; i++) d.results.push({ questionId: `bulk-${i}`, packId: null, selected: ['a'], correct: i % 2 === 0, answeredAt: T + i });
  d.results[499].selected = ['g'];
}), error(M.field('results', 500, 'selected.0')));

// 11. Hostile text in every free-text field and id: it must be stored exactly as
// written and only ever shown as text.
const PAYLOADS = {
  'script-tag': '<script>alert(document.cookie)</script>',
  'img-onerror': '<img src=x onerror="alert(1)">',
  'svg-onload': '<svg onload=alert(1)><circle r="10"/></svg>',
  'svg-script': '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
  'svg-animate-href': '<svg><a><animate attributeName="href" values="javascript:alert(1)"/><text y="20">x</text></a></svg>',
  'javascript-url': 'javascript:alert(1)',
  'javascript-url-obfuscated': ' JaVaScRiPt&colon;alert(1)//\tjava\nscript:alert(2)',
  'data-url': 'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  'attribute-breakout': '"><script>alert(1)</script><a href="',
  'iframe-srcdoc': '<iframe srcdoc="<script>parent.alert(1)</script>"></iframe>',
  'details-ontoggle': '<details open ontoggle=alert(1)>',
  'math-href': '<math><mi xlink:href="javascript:alert(1)">x</mi></math>',
  'markdown-link': '[click me](javascript:alert(1)) ![x](x" onerror="alert(1))',
  'template-injection': '{{constructor.constructor("alert(1)")()}} ${alert(1)} #{7*7} <%= 7*7 %>',
  'style-breakout': '</style><style>*{display:none}</style><link rel=stylesheet href=//evil.example/x.css>',
  'html-entities': '&lt;script&gt;alert(1)&lt;/script&gt; &#x3C;svg onload=alert(1)&#x3E;',
  'unicode-tricks': 'RTL \u202eevil\u202c zero\u200bwidth NUL\u0000 BEL\u0007 lone\ud800surrogate emoji 🧨 combining e\u0301 \u2028line',
  'sql-and-shell': "'; DROP TABLE results; -- $(rm -rf /) `reboot` | cat /etc/passwd",
};
for (const [name, payload] of Object.entries(PAYLOADS)) {
  const data = sampleData();
  const id = (suffix) => `${payload}${suffix}`;
  data.studySessions.push({ id: id(':s'), day: '2026-11-26', minutes: 15, activity: 'other', note: payload, updatedAt: T + 40 });
  data.reading.push({ chapterId: id(':ch'), anchor: payload, progress: 0.25, read: false, updatedAt: T + 41 });
  data.checklist.push({ id: id(':cl'), chapterId: id(':ch'), checked: true, updatedAt: T + 42 });
  data.stars.push({ id: id(':star'), chapterId: id(':ch'), anchor: payload, label: payload, createdAt: T + 43 });
  data.practice.push({ id: id(':p'), packId: id(':pack'), title: payload, questionIds: [id(':q')], index: 0, answers: { [id(':q')]: { selected: ['a'], checked: true } }, updatedAt: T + 44 });
  data.attempts[0].title = payload;
  data.attempts[0].note = payload;
  data.attempts[0].score.wrongIds.push(id(':q'));
  data.attempts[0].score.byTask[id(':task')] = { correct: 0, total: 1 };
  data.flags.push({ questionId: id(':q'), packId: id(':pack'), flaggedAt: T + 45 });
  data.results.push({ questionId: id(':q'), packId: id(':pack'), selected: ['a'], correct: false, answeredAt: T + 46 });
  data.cards.push({ id: id(':card'), card: { ...TEMPLATE.cards[1].card }, updatedAt: T + 47 });
  data.chapterReviews.push({ id: id(':ch:3'), chapterId: id(':ch'), step: 3, doneAt: T + 48 });
  data.reports.push({ id: id(':r'), questionId: id(':q'), note: payload, createdAt: T + 49 });
  add(`hostile-text-${name}.json`, backupText(data), ok());
}
// The same text in the envelope and in the keys of a record map.
add('hostile-text-in-map-keys.json', withData((d) => {
  d.practice[0].answers['<svg onload=alert(1)>'] = { selected: ['a'], checked: true };
  d.attempts[0].answers['javascript:alert(1)'] = ['b'];
  d.attempts[0].score.byDomain['<script>alert(1)</script>'] = { correct: 0, total: 1 };
}), ok());
// Duplicate JSON keys: the last one counts, as in every JSON reader.
add('duplicate-json-keys.json', REAL.replace('"note":"Lambda chapter 🧨 twice"', '"note":"first","note":"<script>alert(\'second\')</script>"'), ok());
// Two rows with the same key: the later one is kept.
add('duplicate-row-keys.json', withData((d) => d.results.push({ ...d.results[0], selected: ['d'], answeredAt: T + 99 })), ok());

// 12. Imported question packs (schema version 7): a pack's rows are checked
// with the very schema an import is stored with.
{
  const question = (n, extra = {}) => ({
    id: `my-pack-00${n}`, domain: null, task: null, tags: [], type: 'single', choose: 1, stem: `Q${n}?`,
    options: [{ id: 'a', text: 'x' }, { id: 'b', text: 'y' }], answer: ['a'], explanations: {}, takeaway: '', guide: null, ...extra,
  });
  const ownPack = (extra = {}, questions = [question(1)]) => ({
    id: 'my-pack', title: 'My bank', fileName: 'bank.md', format: 'markdown', questions, createdAt: T, updatedAt: T, ...extra,
  });
  const v7 = (packs) => JSON.stringify(envelope({ ...sampleData(), ownPacks: packs }, { schemaVersion: 7 }));
  add('own-pack-valid.json', v7([ownPack()]), ok());
  for (const [name, payload] of Object.entries(PAYLOADS)) {
    if (/[\u0000-\u001f]/.test(payload)) continue; // control characters are refused by the stem's trim-and-check
    add(`own-pack-hostile-${name}.json`, v7([ownPack({ title: payload.slice(0, 120), fileName: payload.slice(0, 300) }, [question(1, { stem: payload, options: [{ id: 'a', text: payload }, { id: 'b', text: 'y' }], explanations: { a: payload }, takeaway: payload })])]), ok());
  }
  const badPack = (name, field, pack) => add(`own-pack-bad-${name}.json`, v7([pack]), error(M.field('ownPacks', 1, field)));
  badPack('id-not-mine', 'id', ownPack({ id: 'd1-bundle-1' }));
  badPack('no-questions', 'questions', ownPack({}, []));
  badPack('answer-z', 'questions.0.answer.0', ownPack({}, [question(1, { answer: ['z'] })]));
  badPack('answer-missing-option', 'questions.0', ownPack({}, [question(1, { answer: ['c'] })]));
  add('own-pack-bad-question-of-other-pack.json', v7([ownPack({}, [question(1, { id: 'my-other-001' })])]), error(exact(`Record 1 of kind "${LABELS.ownPacks}" is invalid: question ids must belong to their pack.`)));
  badPack('question-id-builtin', 'questions.0.id', ownPack({}, [question(1, { id: 'd1-001' })]));
  badPack('format-html', 'format', ownPack({ format: 'html' }));
  badPack('stem-empty', 'questions.0.stem', ownPack({}, [question(1, { stem: '  ' })]));
  badPack('extra-field', 'questions.0.onload', ownPack({}, [question(1, { onload: 'alert(1)' })]));
  badPack('domain-9', 'questions.0.domain', ownPack({}, [question(1, { domain: 9 })]));
}

// ---------------------------------------------------------------- write or check

writeOrCheckCorpus({ dir: OUT, files, label: 'hostile backup corpus', command: 'node scripts/hostile-corpus.mjs', root: ROOT });
