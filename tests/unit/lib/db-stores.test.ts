import { afterEach, describe, expect, it, vi } from 'vitest';
import { closeDbForTests } from '../../../src/lib/db/connection';
import { DEFAULT_SETTINGS, getSetting, putSetting } from '../../../src/lib/db/settings';
import { addTrackedMinutes, deleteStudySession, listStudySessions, saveStudySession } from '../../../src/lib/db/study-sessions';
import type { StudySession } from '../../../src/lib/db/schema';

afterEach(async () => {
  await closeDbForTests();
});

const session = (id: string, day: string, minutes: number, updatedAt = 1): StudySession => ({
  id, day, minutes, activity: 'reading', note: '', updatedAt,
});

describe('settings store', () => {
  it('returns defaults for settings never written', async () => {
    expect(await getSetting('theme')).toBe(DEFAULT_SETTINGS.theme);
    expect(await getSetting('offlineReadyShown')).toBe(false);
  });

  it('stores each setting under its own key', async () => {
    await putSetting('theme', 'light');
    await putSetting('offlineReadyShown', true);
    expect(await getSetting('theme')).toBe('light');
    expect(await getSetting('offlineReadyShown')).toBe(true);
  });
});

describe('study sessions store', () => {
  it('lists sessions within a day range, in the order they were logged', async () => {
    await saveStudySession(session('b', '2026-11-24', 30, 2));
    await saveStudySession(session('a', '2026-11-24', 20, 1));
    await saveStudySession(session('c', '2026-11-30', 45));
    await saveStudySession(session('d', '2026-11-22', 10));
    const week = await listStudySessions('2026-11-23', '2026-11-29');
    expect(week.map((s) => s.id)).toEqual(['a', 'b']);
  });

  it('adds tracked minutes from two tabs at once, both counted, on one row per day, activity and device', async () => {
    await Promise.all([addTrackedMinutes('2026-12-03', 'reading', 3, 10, 'dev1'), addTrackedMinutes('2026-12-03', 'reading', 4, 11, 'dev1')]);
    await addTrackedMinutes('2026-12-03', 'reading', 5, 12, 'dev2');
    const rows = await listStudySessions('2026-12-03', '2026-12-03');
    expect(rows.map((r) => [r.id, r.minutes, r.tracked])).toEqual([
      ['tracked:2026-12-03:reading:dev1', 7, true],
      ['tracked:2026-12-03:reading:dev2', 5, true],
    ]);
  });

  it('adds tracked minutes on top of what the user corrected, and brings back a deleted tracked row', async () => {
    await addTrackedMinutes('2026-12-03', 'practice', 10, 10, 'd');
    const [row] = await listStudySessions('2026-12-03', '2026-12-03');
    await saveStudySession({ ...row!, minutes: 30, updatedAt: 20 });
    await addTrackedMinutes('2026-12-03', 'practice', 2, 30, 'd');
    expect((await listStudySessions('2026-12-03', '2026-12-03'))[0]!.minutes).toBe(32);
    await deleteStudySession(row!.id, 40);
    await addTrackedMinutes('2026-12-03', 'practice', 1, 50, 'd');
    expect((await listStudySessions('2026-12-03', '2026-12-03')).map((r) => r.minutes)).toEqual([1]);
  });

  it('deletes a session', async () => {
    await saveStudySession(session('a', '2026-11-24', 20));
    await deleteStudySession('a');
    expect(await listStudySessions('2026-01-01', '2026-12-31')).toEqual([]);
  });

});

describe('reading store', () => {
  it('keeps the day a chapter was marked read when it is scrolled later', async () => {
    const { setChapterRead, saveReadingPosition, getReading } = await import('../../../src/lib/db/reading');
    await setChapterRead('02-x', true, 1000);
    await saveReadingPosition('02-x', 'intro', 0.2, 5000);
    await setChapterRead('02-x', true, 6000);
    expect(await getReading('02-x')).toMatchObject({ read: true, readAt: 1000, progress: 1, updatedAt: 6000 });
    await setChapterRead('02-x', false, 7000);
    expect((await getReading('02-x'))?.readAt).toBeUndefined();
  });

  it('keeps the paragraph with its heading, marks read at the end (once), and keeps the paragraph across mark-as-read', async () => {
    const { setChapterRead, saveReadingPosition, getReading } = await import('../../../src/lib/db/reading');
    await saveReadingPosition('03-x', 'sqs', 0.4, 1000, { block: 7, offset: 0.3 });
    expect(await getReading('03-x')).toEqual({ chapterId: '03-x', anchor: 'sqs', block: 7, offset: 0.3, progress: 0.4, read: false, updatedAt: 1000 });
    await saveReadingPosition('03-x', 'end', 0.97, 2000, { block: 2, offset: 1, atEnd: true });
    expect(await getReading('03-x')).toMatchObject({ anchor: 'end', block: 2, read: true, readAt: 2000, progress: 1 });
    // Scrolling back up later moves the place, never the read day.
    await saveReadingPosition('03-x', 'sqs', 0.4, 3000, { block: 1, offset: 0, atEnd: false });
    expect(await getReading('03-x')).toMatchObject({ anchor: 'sqs', block: 1, read: true, readAt: 2000, progress: 1 });
    await setChapterRead('03-x', false, 4000);
    expect(await getReading('03-x')).toMatchObject({ anchor: 'sqs', block: 1, offset: 0, read: false });
  });
});

describe('timer store: logging a stopped timer', () => {
  const record = { startedAt: 1, pauses: [], stoppedAt: 2, settings: { focusMinutes: 25, shortBreakMinutes: 5, longBreakMinutes: 15, sessionsBeforeLongBreak: 4, maxFocusMinutes: 240 } };
  const day = (d: string, id = d): StudySession => ({ id, day: d, minutes: 40, activity: 'reading', note: 'Study timer', updatedAt: 3 });

  it('saves every day and clears the timer in one transaction: a failure part-way logs nothing, and Save again logs each day once', async () => {
    const { getTimer, logTimer, saveTimer } = await import('../../../src/lib/db/timer');
    await saveTimer(record, 2);
    // The second day's row cannot be stored (as a quota error would): nothing of the first day may stay.
    const broken = { ...day('2026-12-02'), id: undefined } as unknown as StudySession;
    await expect(logTimer([day('2026-12-01'), broken], record.startedAt, 5)).rejects.toThrow();
    expect(await listStudySessions('0000-01-01', '9999-12-31')).toEqual([]);
    expect((await getTimer())?.record).toEqual(record);
    await logTimer([day('2026-12-01'), day('2026-12-02')], record.startedAt, 6);
    expect((await listStudySessions('0000-01-01', '9999-12-31')).map((s) => s.day).sort()).toEqual(['2026-12-01', '2026-12-02']);
    expect(await getTimer()).toBeUndefined();
  });

  it('logs a timer once: a second Save of the same timer (another tab still showing it) logs nothing', async () => {
    const { logTimer, saveTimer, TimerGoneError } = await import('../../../src/lib/db/timer');
    await saveTimer(record, 2);
    await logTimer([day('2026-12-01', 'a')], record.startedAt, 5);
    await expect(logTimer([day('2026-12-01', 'b')], record.startedAt, 6)).rejects.toBeInstanceOf(TimerGoneError);
    expect((await listStudySessions('0000-01-01', '9999-12-31')).map((s) => s.id)).toEqual(['a']);
  });
});
