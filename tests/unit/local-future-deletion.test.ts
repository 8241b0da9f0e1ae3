// Found by the second adversarial review: this device's OWN clock ran ahead when the user unflagged a
// question (a wrong date set by hand, a phone with a dead RTC battery), then
// was corrected. The deletion record stays stamped in the future; the user
// flags the question again; every later merge (of any file) deletes the flag.
// Clamping incoming deletions to the file's export time and to "now" does not
// help: the record is local. Re-creating a row should supersede its tombstone.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { closeDbForTests } from '../../src/lib/db/connection';
import { listFlags, setFlag } from '../../src/lib/db/flags';
import { importBackup } from '../../src/lib/db/backup';
import { parseBackup } from '../../src/domain/backup/validate';

afterEach(async () => {
  vi.useRealTimers();
  await closeDbForTests();
});

const DAY = 86_400_000;
const T = Date.parse('2026-03-01T10:00:00.000Z');

describe('a deletion this device stamped while its clock ran ahead', () => {
  it('does not delete the row the user re-created after the clock was corrected', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(T + 365 * DAY); // clock a year ahead
    await setFlag('d1-001', 'd1-bundle-1', true, Date.now());
    await setFlag('d1-001', 'd1-bundle-1', false, Date.now());

    vi.setSystemTime(T); // corrected
    await setFlag('d1-001', 'd1-bundle-1', true, Date.now());
    expect((await listFlags()).map((f) => f.questionId)).toEqual(['d1-001']);

    vi.setSystemTime(T + DAY);
    const r = parseBackup(JSON.stringify({ app: 'dva-study', format: 1, schemaVersion: 10, exportedAt: new Date(T + DAY).toISOString(), data: { flags: [] } }));
    if (!r.ok) throw new Error(r.error);
    await importBackup(r.backup, 'merge');
    expect((await listFlags()).map((f) => f.questionId), 'the flag set after the clock was fixed').toEqual(['d1-001']);
  });
});
