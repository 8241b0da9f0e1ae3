// The hostile corpus (tests/fixtures/hostile/backup, made by scripts/hostile-corpus.mjs):
// every file goes through what the Settings card does with a chosen file, on a
// database holding known data. A refused file must say clearly why and leave the
// data byte for byte as it was; an accepted one must import in merge and in
// replace mode with every row stored exactly as written (hostile text is only text).
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import { closeDbForTests } from '../../src/lib/db/connection';
import { exportAll, importBackup, type ImportMode } from '../../src/lib/db/backup';
import { putSetting } from '../../src/lib/db/settings';
import { saveStudySession } from '../../src/lib/db/study-sessions';
import { saveReadingPosition, setChapterRead } from '../../src/lib/db/reading';
import { setChecklistItem } from '../../src/lib/db/checklist';
import { addStar } from '../../src/lib/db/stars';
import { savePracticeSession } from '../../src/lib/db/practice-sessions';
import { saveAttempt } from '../../src/lib/db/attempts';
import { setFlag } from '../../src/lib/db/flags';
import { recordResults } from '../../src/lib/db/results';
import { saveTimer } from '../../src/lib/db/timer';
import { saveCardState } from '../../src/lib/db/cards';
import { markChapterReviewDone } from '../../src/lib/db/chapter-reviews';
import { addReport } from '../../src/lib/db/reports';
import { KEY_OF, KIND_LABELS, ROW_SCHEMAS, STORES, type Row, type StoreName } from '../../src/domain/backup/schema';
import { pickNewer, withReadDay } from '../../src/domain/backup/merge';
import { DEVICE_SETTINGS } from '../../src/lib/db/schema';
import { MAX_BACKUP_BYTES, MAX_BACKUP_DEPTH, parseBackup } from '../../src/domain/backup/validate';

const ROOT = resolve(import.meta.dirname, '../..');
const DIR = resolve(ROOT, 'tests/fixtures/hostile/backup');
const MANIFEST = 'EXPECTED.json';

// The stores of schema version 6, which every corpus backup declares. A store
// added later needs its own wrong-field files in scripts/hostile-corpus.mjs.
const CORPUS_STORES = ['results', 'attempts', 'practice', 'flags', 'studySessions', 'timer', 'cards', 'chapterReviews', 'reading', 'checklist', 'stars', 'reports', 'settings'] as const satisfies readonly StoreName[];

type Expected = { outcome: 'ok' } | { outcome: 'error'; message: string };
const manifest = JSON.parse(readFileSync(resolve(DIR, MANIFEST), 'utf8')) as Record<string, Expected>;
const names = Object.keys(manifest).sort();

afterEach(closeDbForTests);

/** What the browser does with a chosen file: Blob.text() decodes UTF-8, drops one BOM, replaces bad bytes. */
const readAsText = (name: string): string => new TextDecoder('utf-8').decode(readFileSync(resolve(DIR, name)));

async function freshDb(): Promise<void> {
  await closeDbForTests();
  globalThis.indexedDB = new IDBFactory();
}

/** Known data in every store, written through the app's own store modules. Older than every corpus row. */
async function seed(): Promise<void> {
  await putSetting('theme', 'dark');
  await putSetting('examDay', '2027-02-01');
  await putSetting('capReviewsAtExam', true);
  await saveStudySession({ id: 'seed-s1', day: '2026-11-20', minutes: 50, activity: 'hands-on', note: 'SAM deploy', updatedAt: 1_000 });
  await saveStudySession({ id: 'seed-s2', day: '2026-11-21', minutes: 25, activity: 'flashcards', note: '', updatedAt: 1_001 });
  await saveReadingPosition('01-intro', 'exam-guide', 0.4, 1_002);
  await setChapterRead('04-sqs', true, 1_003);
  await setChecklistItem('01-intro:ready:0', true, 1_004);
  await addStar({ id: '01-intro#domains', chapterId: '01-intro', anchor: 'domains', label: 'Exam domains', createdAt: 1_005 });
  await savePracticeSession({ id: 'seed-pack', packId: 'seed-pack', title: 'Seed pack', questionIds: ['seed-q1', 'seed-q2'], index: 1, answers: { 'seed-q1': { selected: ['b'], checked: true } }, updatedAt: 1_006 });
  await saveAttempt({
    id: 'seed-att', packId: null, title: 'Seed exam', questionIds: ['seed-q1'], answers: { 'seed-q1': ['c'] }, flagged: [], current: 0,
    startedAt: 1_007, deadline: 2_007, limitMinutes: 2, targetPercent: 72, submittedAt: null, timedOut: false, score: null, note: 'seed',
  });
  await setFlag('seed-q2', 'seed-pack', true, 1_008);
  await recordResults([
    { questionId: 'seed-q1', packId: 'seed-pack', selected: ['b'], correct: true, answeredAt: 1_009 },
    { questionId: 'seed-q2', packId: null, selected: ['a', 'e'], correct: false, answeredAt: 1_010 },
  ]);
  await saveTimer({ startedAt: 1_011, pauses: [], stoppedAt: 1_012, settings: { focusMinutes: 25, shortBreakMinutes: 5, longBreakMinutes: 15, sessionsBeforeLongBreak: 4, maxFocusMinutes: 240 } }, 1_012);
  await saveCardState({ id: 'seed-card', card: { due: 5_000, stability: 1, difficulty: 5, elapsed_days: 0, scheduled_days: 1, learning_steps: 0, reps: 1, lapses: 0, state: 1, last_review: 1_013 }, updatedAt: 1_013 });
  await markChapterReviewDone('01-intro', 3, 1_014);
  await addReport({ id: 'seed-q1-1', questionId: 'seed-q1', note: 'seed report', createdAt: 1_015 });
}

/** The whole database as text; exportedAt is left out. */
async function snapshot(): Promise<string> {
  return JSON.stringify((await exportAll(new Date(0))).data);
}

type RawData = Partial<Record<StoreName, unknown[]>>;

/** The file's rows as JSON.parse reads them (not as validated), the last row of each key. */
function rowsByKey(raw: RawData): Map<StoreName, Map<string, unknown>> {
  const out = new Map<StoreName, Map<string, unknown>>();
  for (const store of STORES) {
    const keyOf = KEY_OF[store] as (row: unknown) => string;
    const rows = new Map<string, unknown>();
    for (const row of raw[store] ?? []) rows.set(keyOf(row), row);
    out.set(store, rows);
  }
  return out;
}

function keyed<K extends StoreName>(store: K, rows: readonly Row<K>[]): Map<string, Row<K>> {
  const keyOf = KEY_OF[store] as (row: Row<K>) => string;
  return new Map(rows.map((r) => [keyOf(r), r]));
}

/** A refusal a person can act on: one sentence or two, no engine error, no stack. */
function expectClearMessage(message: string): void {
  expect(message.trim().length).toBeGreaterThan(20);
  expect(message.length).toBeLessThan(200);
  expect(message).toMatch(/^[A-Z].*\.$/s);
  expect(message).not.toMatch(/\n|\bat \S+:\d+|Error\b|undefined|\[object |Unexpected token|position \d/);
}

/** The Settings card: parse what was chosen; import only what parsed. */
async function importFile(name: string, mode: ImportMode): Promise<void> {
  const before = await snapshot();
  const text = readAsText(name);
  const expected = manifest[name]!;
  const result = parseBackup(text, MAX_BACKUP_BYTES);
  if (expected.outcome === 'error') {
    expect(result.ok, `${name} should be refused`).toBe(false);
    if (result.ok) return;
    expect(result.error).toMatch(new RegExp(expected.message));
    expectClearMessage(result.error);
    expect(await snapshot()).toBe(before);
    return;
  }
  if (!result.ok) throw new Error(`${name} should import, but: ${result.error}`);
  const raw = (JSON.parse(text.replace(/^\uFEFF/, '')) as { data: RawData }).data;
  const existing = (await exportAll()).data;
  await importBackup(result.backup, mode);
  const after = (await exportAll()).data;
  const incoming = rowsByKey(raw);
  for (const store of STORES) {
    const fileRows = incoming.get(store)!;
    // Device-local settings never come in from a file (and never go out in an export).
    if (store === 'settings') for (const key of DEVICE_SETTINGS) fileRows.delete(key);
    const stored = keyed(store, after[store] as Row<typeof store>[]);
    const old = keyed(store, existing[store] as Row<typeof store>[]);
    // Replace: every row of the file, exactly as it is in the file. Merge: the merge rule's pick, as stored text.
    for (const [key, row] of fileRows) {
      // Read chapters from files made before readAt existed get their read day (as migration 8 gave stored ones).
      const fileRow = store === 'reading' ? withReadDay(row as Row<'reading'>) : row;
      // Merge folds every row of the key in file order (duplicates too: answers keep the earliest first answer of them all).
      const sameKey = (raw[store] ?? []).filter((r) => (KEY_OF[store] as (row: unknown) => string)(r) === key);
      const want = mode === 'replace'
        ? fileRow
        : sameKey.reduce<Row<typeof store> | undefined>((acc, r) => pickNewer(store, acc, JSON.parse(JSON.stringify(store === 'reading' ? withReadDay(r as Row<'reading'>) : r)) as Row<typeof store>), old.get(key));
      expect(stored.get(key), `${store} ${key}`).toEqual(want);
    }
    if (mode === 'replace') {
      expect(stored.size, store).toBe(fileRows.size);
    } else {
      // Merge: every row the file does not have is untouched.
      for (const [key, row] of old) if (!fileRows.has(key)) expect(stored.get(key), `${store} ${key}`).toEqual(row);
      expect(stored.size, store).toBe(new Set([...old.keys(), ...fileRows.keys()]).size);
    }
  }
}

describe('the hostile backup corpus', () => {
  it('lists at least 75 files, every committed file, and is what the generator makes', () => {
    expect(names.length).toBeGreaterThanOrEqual(75);
    const committed = readdirSync(DIR).filter((n) => n !== MANIFEST).sort();
    expect(committed).toEqual(names);
    for (const name of names) {
      const e = manifest[name]!;
      expect(['ok', 'error'], name).toContain(e.outcome);
      if (e.outcome === 'error') expect(() => new RegExp(e.message), name).not.toThrow();
    }
    expect(names.filter((n) => manifest[n]!.outcome === 'ok').length).toBeGreaterThanOrEqual(20);
    execFileSync(process.execPath, [resolve(ROOT, 'scripts/hostile-corpus.mjs'), '--check'], { cwd: ROOT, stdio: 'pipe' });
  });

  it('has a wrong value in every field of every store of schema version 6', () => {
    const messages = names.map((n) => manifest[n]!).flatMap((e) => (e.outcome === 'error' ? [e.message] : []));
    for (const store of CORPUS_STORES) {
      expect(STORES).toContain(store);
      const schema = ROW_SCHEMAS[store] as unknown as { entries?: Record<string, unknown>; options?: { entries: Record<string, unknown> }[] };
      const fields = schema.entries ? Object.keys(schema.entries) : ['key', 'value'];
      for (const field of fields) {
        const named = messages.some((m) => m.includes(`kind "${KIND_LABELS[store]}" has an invalid field "${field}`));
        expect(named, `${store}.${field}`).toBe(true);
      }
    }
  });

  it('seeds known data in every store, so "unchanged" means something', async () => {
    await seed();
    const data = (await exportAll()).data;
    for (const store of CORPUS_STORES) expect(data[store].length, store).toBeGreaterThan(0);
  });

  for (const name of names) {
    const expected = manifest[name]!;
    if (expected.outcome === 'error') {
      it(`refuses ${name}, clearly, changing nothing`, async () => {
        await seed();
        await importFile(name, 'replace');
      });
    } else {
      it(`imports ${name} as text, in merge and in replace mode`, async () => {
        await seed();
        await importFile(name, 'merge');
        await freshDb();
        await seed();
        await importFile(name, 'replace');
      });
    }
  }
});

describe('hostile files too big to commit, built here', () => {
  const backupStart = '{"app":"dva-study","format":1,"schemaVersion":6,"exportedAt":"2026-11-26T10:00:00.000Z","data":{"studySessions":[{"id":"big","day":"2026-11-26","minutes":1,"activity":"other","note":"';
  const backupEnd = '","updatedAt":1}]}}';

  it('refuses a file one byte over the 20 MB limit, and counts bytes not characters', async () => {
    await seed();
    const before = await snapshot();
    const filler = MAX_BACKUP_BYTES - backupStart.length - backupEnd.length + 1;
    const over = backupStart + 'x'.repeat(filler) + backupEnd;
    expect(new TextEncoder().encode(over).length).toBe(MAX_BACKUP_BYTES + 1);
    const r = parseBackup(over, MAX_BACKUP_BYTES);
    expect(r.ok || r.error).toBe('This file is too large to be a backup (the limit is 20 MB).');
    // 7 million characters, 21 million bytes.
    const wide = parseBackup(backupStart + '€'.repeat(7_000_000) + backupEnd, MAX_BACKUP_BYTES);
    expect(wide.ok || wide.error).toMatch(/too large/);
    expect(await snapshot()).toBe(before);
  });

  it('refuses a million levels of nesting with the same clear message', () => {
    for (const text of ['['.repeat(1_000_000) + ']'.repeat(1_000_000), '{"a":'.repeat(1_000_000) + '0' + '}'.repeat(1_000_000)]) {
      const r = parseBackup(text, MAX_BACKUP_BYTES);
      expect(r.ok || r.error).toBe(`This file is nested too deeply to be a backup (more than ${MAX_BACKUP_DEPTH} levels), so it was not imported.`);
    }
  });
});
