import { IDBFactory } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import { closeDbForTests, getDb } from '../../src/lib/db/connection';
import { exportAll, importBackup } from '../../src/lib/db/backup';
import { getSetting, putSetting } from '../../src/lib/db/settings';
import { saveStudySession } from '../../src/lib/db/study-sessions';
import { DB_VERSION } from '../../src/lib/db/migrations';
import { emptyData, STORES, type Backup, type BackupData } from '../../src/domain/backup/schema';
import { parseBackup } from '../../src/domain/backup/validate';
import { mergeRows } from '../../src/domain/backup/merge';
import { lastBackupLine } from '../../src/domain/backup/reminder';
import type { Attempt, QuestionResult, ReadingState, StudySession } from '../../src/lib/db/schema';

afterEach(closeDbForTests);

async function wipe(): Promise<void> {
  await closeDbForTests();
  globalThis.indexedDB = new IDBFactory();
}

const session = (id: string, minutes: number, updatedAt = 1): StudySession => ({
  id, day: '2026-11-24', minutes, activity: 'reading', note: `note ${id}`, updatedAt,
});
const result = (questionId: string, answeredAt: number, correct = true): QuestionResult => ({
  questionId, packId: 'd1-bundle-1', selected: ['a'], correct, answeredAt,
});

function sample(results = 3, sessions = 2): BackupData {
  const data = emptyData();
  data.settings = [{ key: 'theme', value: 'dark' }, { key: 'examDay', value: '2027-01-15' }, { key: 'capReviewsAtExam', value: false }];
  data.studySessions = Array.from({ length: sessions }, (_, i) => session(`s${i}`, 10 + (i % 50), 1000 + i));
  data.reading = [{ chapterId: '01-intro', anchor: 'top', progress: 0.5, read: true, readAt: 5, updatedAt: 6 }];
  data.checklist = [{ id: '01-intro:h:0', chapterId: '01-intro', checked: true, updatedAt: 7 }];
  data.stars = [{ id: '01-intro#top', chapterId: '01-intro', anchor: 'top', label: 'Top', createdAt: 8 }];
  data.practice = [{ id: 'd1-bundle-1', packId: 'd1-bundle-1', title: 'D1', questionIds: ['d1-001', 'd1-002'], index: 1, answers: { 'd1-001': { selected: ['a', 'c'], checked: true } }, updatedAt: 9 }];
  data.attempts = [{
    id: 'att-1', packId: null, title: 'Exam', questionIds: ['d1-001'], answers: { 'd1-001': ['b'] }, flagged: ['d1-001'], current: 0,
    startedAt: 10, deadline: 20, limitMinutes: 130, targetPercent: 72, submittedAt: 15, timedOut: false,
    score: { correct: 0, total: 1, percent: 0, scaled: 100, byDomain: { '1': { correct: 0, total: 1 } }, byTask: { '1.1': { correct: 0, total: 1 } }, wrongIds: ['d1-001'] },
    note: 'review lambda',
  }];
  data.flags = [{ questionId: 'd1-001', packId: null, flaggedAt: 11 }];
  data.results = Array.from({ length: results }, (_, i) => result(`q-${i}`, 2000 + i, i % 3 !== 0));
  data.timer = [{ id: 'current', record: { startedAt: 1, pauses: [{ at: 2, until: 3 }], stoppedAt: null, settings: { focusMinutes: 25, shortBreakMinutes: 5, longBreakMinutes: 15, sessionsBeforeLongBreak: 4, maxFocusMinutes: 240 } }, loggedMinutes: 3 }];
  data.cards = [{ id: 'card-1', card: { due: 100, stability: 1.5, difficulty: 5.2, elapsed_days: 0, scheduled_days: 1, learning_steps: 0, reps: 1, lapses: 0, state: 1, last_review: 50 }, updatedAt: 12, introducedAt: 12 }];
  data.chapterReviews = [{ id: '01-intro:3', chapterId: '01-intro', step: 3, doneAt: 13 }];
  return data;
}

const wrap = (data: unknown, extra: Record<string, unknown> = {}): string =>
  JSON.stringify({ app: 'dva-study', format: 1, schemaVersion: DB_VERSION, exportedAt: '2026-11-26T10:00:00.000Z', data, ...extra });

const sortRows = (data: BackupData): BackupData => {
  const out = emptyData() as Record<string, unknown[]>;
  for (const store of STORES) out[store] = [...data[store]].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
  return out as unknown as BackupData;
};

describe('export → wipe → import', () => {
  it('gives identical data in every store', async () => {
    await importBackup({ data: sample() }, 'replace');
    await saveStudySession(session('logged', 45, 99));
    const before = await exportAll();
    expect(before.app).toBe('dva-study');
    expect(before.schemaVersion).toBe(DB_VERSION);
    const text = JSON.stringify(before);
    await wipe();
    expect((await exportAll()).data).toEqual(emptyData());
    const parsed = parseBackup(text, 20 * 1024 * 1024);
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.counts.studySessions).toBe(3);
    await importBackup(parsed.backup, 'replace');
    expect((await exportAll()).data).toEqual(before.data);
    expect(await getSetting('examDay')).toBe('2027-01-15');
    // The theme is this device's: never in a backup.
    expect(before.data.settings.map((r) => r.key)).not.toContain('theme');
    expect(await getSetting('theme')).toBe('system');
  });

  it('round-trips 10,000 answers and 1,000 study sessions', async () => {
    const data = sample(10_000, 1_000);
    await importBackup({ data }, 'replace');
    const before = await exportAll();
    expect(before.data.results).toHaveLength(10_000);
    const text = JSON.stringify(before);
    await wipe();
    const parsed = parseBackup(text, 20 * 1024 * 1024);
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.counts).toMatchObject({ results: 10_000, studySessions: 1_000 });
    await importBackup(parsed.backup, 'replace');
    const after = await exportAll();
    expect(sortRows(after.data)).toEqual(sortRows({ ...data, settings: data.settings.filter((r) => r.key !== 'theme') }));
  }, 30_000);
});

describe('parseBackup errors', () => {
  const max = 20 * 1024 * 1024;
  const error = (text: string, limit = max): string => {
    const r = parseBackup(text, limit);
    if (r.ok) throw new Error('expected a failure');
    return r.error;
  };

  it('not JSON', () => {
    expect(error('{"app": "dva-study",')).toMatch(/not JSON/);
    expect(error('')).toMatch(/not JSON/);
  });

  it('not a backup of this app', () => {
    expect(error('[]')).toMatch(/not a backup of this app/);
    expect(error('{"app":"other","format":1,"schemaVersion":1,"data":{}}')).toMatch(/not a backup of this app/);
    expect(error(JSON.stringify({ questions: [] }))).toMatch(/not a backup of this app/);
    expect(error(wrap({}, { format: 'one' }))).toMatch(/not a backup of this app/);
  });

  it('made by a newer version', () => {
    expect(error(wrap({}, { format: 2 }))).toMatch(/newer version/);
    expect(error(wrap({}, { schemaVersion: DB_VERSION + 1 }))).toMatch(/newer version/);
  });

  it('names the record, kind and field that are invalid', () => {
    const data = sample();
    (data.studySessions[1] as unknown as Record<string, unknown>).minutes = 'ten';
    expect(error(wrap(data))).toBe('Record 2 of kind "study sessions" has an invalid field "minutes".');
    const data2 = sample();
    (data2.attempts[0] as unknown as { score: { byDomain: Record<string, unknown> } }).score.byDomain['1'] = { correct: 'x', total: 1 };
    expect(error(wrap(data2))).toBe('Record 1 of kind "exam attempts" has an invalid field "score.byDomain.1.correct".');
    const data3 = sample();
    (data3.results[2] as unknown as Record<string, unknown>).extra = 1;
    expect(error(wrap(data3))).toMatch(/^Record 3 of kind "answers" has an invalid field "extra"/);
    expect(error(wrap({ ...sample(), settings: [{ key: 'theme', value: 'purple' }] }))).toBe('Record 1 of kind "settings" has an invalid field "value".');
    expect(error(wrap({ results: {} }))).toMatch(/not a list/);
    expect(error(wrap({ packs: [] }))).toMatch(/unknown kind/);
  });

  it('file too large', () => {
    expect(error(wrap(sample()), 100)).toMatch(/too large/);
    expect(error('"' + 'é'.repeat(600) + '"', 1000)).toMatch(/too large/);
  });

  it('rejects __proto__ and constructor keys anywhere', () => {
    const proto = wrap(sample()).replace('"questionId":"q-0"', '"questionId":"q-0","__proto__":{"polluted":true}');
    expect(error(proto)).toMatch(/forbidden key "__proto__"/);
    const nested = wrap(sample()).replace('"answers":{"d1-001":{', '"answers":{"__proto__":{"selected":[],"checked":true},"d1-001":{');
    expect(error(nested)).toMatch(/forbidden key "__proto__"/);
    expect(error(wrap(sample()).replace('"data":{', '"constructor":{"prototype":{}},"data":{'))).toMatch(/forbidden key/);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('accepts a backup from an older schema version without newer stores', () => {
    const r = parseBackup(wrap({ settings: [{ key: 'theme', value: 'light' }], studySessions: [session('a', 5)] }, { schemaVersion: 2 }), max);
    expect(r.ok && r.counts).toMatchObject({ settings: 1, studySessions: 1, results: 0 });
  });
});

describe('merge', () => {
  const attempt = (over: Partial<Attempt>): Attempt => ({
    id: 'att', packId: 'd1-bundle-1', title: 'Exam', questionIds: ['q1', 'q2', 'q3'], answers: {}, flagged: [], current: 0,
    startedAt: 100, deadline: 100 + 6 * 60_000, limitMinutes: 6, targetPercent: 70, submittedAt: null, timedOut: false, score: null, note: '', ...over,
  });
  const score = { correct: 1, total: 3, percent: 33, scaled: 400, byDomain: {}, byTask: {}, wrongIds: ['q2', 'q3'] };
  const timerRecord = { startedAt: 1, pauses: [], stoppedAt: null, settings: { focusMinutes: 25, shortBreakMinutes: 5, longBreakMinutes: 15, sessionsBeforeLongBreak: 4, maxFocusMinutes: 240 } };

  it('keeps the newest row of each key', () => {
    const writes = mergeRows('results', [result('a', 10), result('b', 30)], [result('a', 20, false), result('b', 25, false), result('c', 1)]);
    // The newest answer of each key wins; the earliest answer of either side stays its first (the study coach's evidence).
    expect(writes).toEqual([
      { ...result('a', 20, false), first: { correct: result('a', 10).correct, answeredAt: 10 } },
      { ...result('b', 30), first: { correct: false, answeredAt: 25 } },
      result('c', 1),
    ]);
  });

  it('keeps an "Action items" note written after the backup (the attempt was submitted before both)', () => {
    const inFile = attempt({ submittedAt: 500, score, updatedAt: 500 });
    const local = { ...inFile, note: 'Re-read SQS', updatedAt: 900 };
    expect(mergeRows('attempts', [local], [inFile])).toEqual([]);
    // And the other way round: the file's later note comes in.
    expect(mergeRows('attempts', [inFile], [local])).toEqual([local]);
  });

  it('never rolls an exam in progress back to the answers in the file', () => {
    const inFile = attempt({ answers: { q1: ['a'] }, updatedAt: 200 });
    const local = attempt({ answers: { q1: ['a'], q2: ['b'], q3: ['c'] }, current: 2, updatedAt: 400 });
    expect(mergeRows('attempts', [local], [inFile])).toEqual([]);
  });

  it('never un-submits an exam: a submitted attempt beats a running copy, whatever its time', () => {
    const submitted = attempt({ answers: { q1: ['a'] }, submittedAt: 300, score, updatedAt: 300 });
    const staleRunning = attempt({ answers: {}, updatedAt: 999 });
    expect(mergeRows('attempts', [submitted], [staleRunning])).toEqual([]);
    expect(mergeRows('attempts', [staleRunning], [submitted])).toEqual([submitted]);
  });

  it('reading: a device that only scrolled later never un-reads a chapter nor moves its read day', () => {
    const readInFile: ReadingState = { chapterId: '02', anchor: 'end', progress: 1, read: true, readAt: 1_000, updatedAt: 1_000 };
    const scrolledLater: ReadingState = { chapterId: '02', anchor: 'sqs', progress: 0.4, read: false, updatedAt: 5_000 };
    const [merged] = mergeRows('reading', [scrolledLater], [readInFile]);
    expect(merged).toEqual({ chapterId: '02', anchor: 'sqs', progress: 1, read: true, readAt: 1_000, updatedAt: 5_000 });
    // Read on both sides: the earliest read day is kept.
    const readLater: ReadingState = { ...readInFile, readAt: 3_000, updatedAt: 6_000 };
    expect(mergeRows('reading', [readLater], [readInFile])[0]).toMatchObject({ read: true, readAt: 1_000 });
    // Nothing new in the file: nothing written.
    expect(mergeRows('reading', [readInFile], [readInFile])).toEqual([]);
  });

  it('reading: the paragraph comes with the newer row\'s heading, never mixed with the other row\'s', () => {
    const here: ReadingState = { chapterId: '02', anchor: 'sqs', block: 9, offset: 0.5, progress: 0.4, read: false, updatedAt: 5_000 };
    const older: ReadingState = { chapterId: '02', anchor: 'intro', block: 2, offset: 0.1, progress: 0.6, read: false, updatedAt: 1_000 };
    expect(mergeRows('reading', [older], [here])[0]).toEqual({ ...here, progress: 0.6 });
    // A newer row from an app before paragraphs: its heading, with no paragraph from the other row.
    const { block: _b, offset: _o, ...plain } = here;
    expect(mergeRows('reading', [{ ...older }], [plain])[0]).toEqual({ ...plain, progress: 0.6 });
  });

  it('settings: a newer exam day or plan start on the device is kept; a newer one in the file comes in', () => {
    const local = [{ key: 'examDay' as const, value: '2027-02-01', updatedAt: 800 }, { key: 'planStart' as const, value: '2026-12-01', updatedAt: 100 }];
    const file = [{ key: 'examDay' as const, value: '2027-01-23', updatedAt: 500 }, { key: 'planStart' as const, value: '2026-12-07', updatedAt: 600 }];
    expect(mergeRows('settings', local, file)).toEqual([file[1]]);
    // A row from before settings had a time loses to one that has it.
    expect(mergeRows('settings', local, [{ key: 'examDay', value: '2027-03-01' }])).toEqual([]);
  });

  it('timer: one cleared after the backup is not brought back by the running timer in the file', () => {
    const running = { id: 'current' as const, record: timerRecord, loggedMinutes: 0, updatedAt: 100 };
    const cleared = { id: 'current' as const, record: null, loggedMinutes: 0, updatedAt: 900 };
    expect(mergeRows('timer', [cleared], [running])).toEqual([]);
    expect(mergeRows('timer', [running], [cleared])).toEqual([cleared]);
  });

  it('resolves ties the same way whichever side is local', () => {
    const a = [{ key: 'examDay' as const, value: '2027-01-23', updatedAt: 500 }];
    const b = [{ key: 'examDay' as const, value: '2027-02-01', updatedAt: 500 }];
    const winAB = mergeRows('settings', a, b)[0] ?? a[0];
    const winBA = mergeRows('settings', b, a)[0] ?? b[0];
    expect(winAB).toEqual(winBA);
    const x = attempt({ answers: { q1: ['a'] }, updatedAt: 7 });
    const y = attempt({ answers: { q1: ['b'] }, updatedAt: 7 });
    expect(mergeRows('attempts', [x], [y])[0] ?? x).toEqual(mergeRows('attempts', [y], [x])[0] ?? y);
  });

  it('merges into the database, newest wins, nothing else touched', async () => {
    await saveStudySession(session('old', 10, 100));
    await saveStudySession(session('new', 10, 300));
    await saveStudySession(session('mine', 10, 1));
    await putSetting('planKind', '10', 5_000);
    const data = emptyData();
    data.studySessions = [session('old', 99, 200), session('new', 99, 200), session('theirs', 7, 5)];
    data.settings = [{ key: 'planKind', value: '8', updatedAt: 1_000 }];
    await importBackup({ data }, 'merge');
    const after = (await exportAll()).data.studySessions;
    const byId = Object.fromEntries(after.map((s) => [s.id, s.minutes]));
    expect(byId).toEqual({ old: 99, new: 10, mine: 10, theirs: 7 });
    expect(await getSetting('planKind')).toBe('10');
  });
});

describe('reading rows from an app before readAt (found by the adversarial review)', () => {
  const day = (d: string): number => new Date(`${d}T09:00:00`).getTime();
  const oldRow: ReadingState = { chapterId: '02-lambda', anchor: 'top', progress: 1, read: true, updatedAt: day('2026-11-01') };

  it('merge: an old "read on 1 Nov" row against a chapter merely scrolled on 10 Nov keeps 1 Nov as the read day', () => {
    const scrolled: ReadingState = { chapterId: '02-lambda', anchor: 'sec-3', progress: 0.4, read: false, updatedAt: day('2026-11-10') };
    expect(mergeRows('reading', [scrolled], [oldRow])[0]!.readAt).toBe(oldRow.updatedAt);
  });

  it('restore: an old backup\'s read chapter keeps its read day when the chapter is scrolled again', async () => {
    const { saveReadingPosition } = await import('../../src/lib/db/reading');
    const { loadChapterReviews } = await import('../../src/features/flashcards/data');
    const data = emptyData();
    data.reading = [oldRow];
    const parsed = parseBackup(JSON.stringify({ app: 'dva-study', format: 1, schemaVersion: 7, exportedAt: '2026-11-02T10:00:00.000Z', data }), 20 * 1024 * 1024);
    if (!parsed.ok) throw new Error(parsed.error);
    await importBackup(parsed.backup, 'replace');
    await saveReadingPosition('02-lambda', 'sec-2', 0.3, day('2026-11-04'));
    const { reads } = await loadChapterReviews();
    expect(reads.find((r) => r.chapterId === '02-lambda')?.day).toBe('2026-11-01');
  });
});

describe('deletions (found by the adversarial review)', () => {
  const day = (d: string): number => new Date(`${d}T09:00:00`).getTime();

  it('merging last week\'s backup does not bring back a study session deleted since (600 typed for 60)', async () => {
    const { deleteStudySession, listStudySessions } = await import('../../src/lib/db/study-sessions');
    await saveStudySession({ id: 's-typo', day: '2026-11-22', minutes: 600, activity: 'reading', note: '', updatedAt: day('2026-11-22') });
    const backup = await exportAll(new Date(day('2026-11-23')));
    await deleteStudySession('s-typo', day('2026-11-24'));
    await importBackup(backup, 'merge');
    expect(await listStudySessions('0000-01-01', '9999-12-31')).toEqual([]);
  });

  it('merging an older backup does not re-flag a question cleared since; a flag set again later stays', async () => {
    const { listFlags, setFlag } = await import('../../src/lib/db/flags');
    await setFlag('d1-001', null, true, day('2026-11-20'));
    const backup = await exportAll(new Date(day('2026-11-21')));
    await setFlag('d1-001', null, false, day('2026-11-22'));
    await importBackup(backup, 'merge');
    expect(await listFlags()).toEqual([]);
    await setFlag('d1-001', null, true, day('2026-11-25'));
    await importBackup(backup, 'merge');
    expect((await listFlags()).map((f) => f.questionId)).toEqual(['d1-001']);
  });

  it('a deletion in the file removes the row here when the row is older, and not when it changed after', async () => {
    const { listStudySessions } = await import('../../src/lib/db/study-sessions');
    await saveStudySession(session('old', 10, day('2026-11-01')));
    await saveStudySession(session('edited', 10, day('2026-11-05')));
    const data = emptyData();
    data.deletions = [
      { id: 'studySessions:old', store: 'studySessions', key: 'old', deletedAt: day('2026-11-03') },
      { id: 'studySessions:edited', store: 'studySessions', key: 'edited', deletedAt: day('2026-11-03') },
    ];
    await importBackup({ data }, 'merge');
    expect((await listStudySessions('0000-01-01', '9999-12-31')).map((s) => s.id)).toEqual(['edited']);
    // The deletion records travel on: a later merge elsewhere knows too.
    expect((await exportAll()).data.deletions.map((d) => d.id).sort()).toEqual(['studySessions:edited', 'studySessions:old']);
  });
});

describe('device-local settings', () => {
  it('stay out of an export', async () => {
    await putSetting('persistRequested', true);
    await putSetting('offlineReadyShown', true);
    await putSetting('iosInstallGuideDismissed', true);
    await putSetting('lastBackupAt', 123);
    await putSetting('theme', 'dark');
    await putSetting('examDay', '2027-01-15');
    const keys = (await exportAll()).data.settings.map((r) => r.key);
    expect(keys).toEqual(['examDay']);
  });

  it.each(['merge', 'replace'] as const)('are never taken from a backup (%s), so a restored device still asks for persistent storage', async (mode) => {
    await putSetting('theme', 'light');
    const data = emptyData();
    data.settings = [
      { key: 'persistRequested', value: true }, { key: 'offlineReadyShown', value: true }, { key: 'iosInstallGuideDismissed', value: true },
      { key: 'lastBackupAt', value: 99 }, { key: 'theme', value: 'dark', updatedAt: 9e12 }, { key: 'examDay', value: '2027-01-15' },
    ];
    await importBackup({ data }, mode);
    expect(await getSetting('persistRequested')).toBe(false);
    expect(await getSetting('offlineReadyShown')).toBe(false);
    expect(await getSetting('iosInstallGuideDismissed')).toBe(false);
    expect(await getSetting('lastBackupAt')).toBe(0);
    expect(await getSetting('theme')).toBe('light');
    expect(await getSetting('examDay')).toBe('2027-01-15');
  });
});

describe('a failed import', () => {
  it('leaves existing data exactly as it was (replace)', async () => {
    await importBackup({ data: sample() }, 'replace');
    const before = await exportAll();
    const bad = sample(5, 5);
    bad.settings = [{ key: 'theme', value: 'light' }];
    // No key: put throws a DataError after every other store has been cleared and written.
    bad.chapterReviews = [{ chapterId: 'x', step: 1, doneAt: 1 } as never];
    await expect(importBackup({ data: bad }, 'replace')).rejects.toThrow();
    expect((await exportAll()).data).toEqual(before.data);
  });

  it('leaves existing data exactly as it was (merge)', async () => {
    await importBackup({ data: sample() }, 'merge');
    const before = await exportAll();
    const bad = sample(50, 5);
    bad.results.push({ packId: null } as never);
    await expect(importBackup({ data: bad }, 'merge')).rejects.toThrow();
    expect((await exportAll()).data).toEqual(before.data);
  });

  it('leaves existing data unchanged when the transaction is aborted from outside', async () => {
    await importBackup({ data: sample() }, 'replace');
    const before = await exportAll();
    const db = await getDb();
    const original = db.transaction.bind(db);
    (db as { transaction: unknown }).transaction = ((...args: Parameters<typeof original>) => {
      const tx = original(...args);
      tx.done.catch(() => undefined); // idb re-wraps this transaction; its own done promise is the one awaited
      if (args[1] === 'readwrite') queueMicrotask(() => tx.abort());
      return tx;
    }) as typeof original;
    try {
      await expect(importBackup({ data: sample(100, 100) }, 'replace')).rejects.toThrow();
    } finally {
      (db as { transaction: unknown }).transaction = original;
    }
    expect((await exportAll()).data).toEqual(before.data);
  });
});

describe('backup reminder', () => {
  const day = 24 * 60 * 60 * 1000;
  const now = Date.UTC(2026, 10, 26, 12);
  it('says when the last backup was, and nudges after 14 days', () => {
    expect(lastBackupLine(0, now)).toMatch(/not backed up yet/);
    expect(lastBackupLine(now - 1000, now)).toBe('Last backup: today.');
    expect(lastBackupLine(now - day, now)).toBe('Last backup: yesterday.');
    expect(lastBackupLine(now - 14 * day, now)).toBe('Last backup: 14 days ago.');
    expect(lastBackupLine(now - 15 * day, now)).toMatch(/^Your last backup was 15 days ago\. It’s a good time/);
  });
});

export type { Backup };
