// Bugs found in review: each test describes what the user hits. They failed when
// written; each fix makes its test pass.
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import { closeDbForTests } from '../../src/lib/db/connection';
import { exportAll, importBackup } from '../../src/lib/db/backup';
import { addTrackedMinutes, listStudySessions } from '../../src/lib/db/study-sessions';
import { parseBackup } from '../../src/domain/backup/validate';

afterEach(closeDbForTests);

async function newDevice(): Promise<void> {
  await closeDbForTests();
  globalThis.indexedDB = new IDBFactory();
}

async function parsed(): Promise<Parameters<typeof importBackup>[0]> {
  const r = parseBackup(JSON.stringify(await exportAll()), 20 * 1024 * 1024);
  if (!r.ok) throw new Error(r.error);
  return r.backup;
}

const DAY = '2026-11-24';
const minutesOn = async (day: string): Promise<number> => (await listStudySessions(day, day)).reduce((s, r) => s + r.minutes, 0);

describe('study time the app logged on two devices', () => {
  it('survives a merge: a backup from the laptop does not wipe the phone’s tracked minutes of the same day (nor adds them twice)', async () => {
    // The laptop: 30 minutes of reading on the day, logged by the app.
    await newDevice();
    await addTrackedMinutes(DAY, 'reading', 30, Date.UTC(2026, 10, 24, 9), 'laptop');
    const laptop = await parsed();
    // The phone: 20 minutes of reading the same day, later.
    await newDevice();
    await addTrackedMinutes(DAY, 'reading', 20, Date.UTC(2026, 10, 24, 20), 'phone');
    expect(await minutesOn(DAY)).toBe(20);
    // Import the laptop's backup (merge): both devices' study time is the day's.
    await importBackup(laptop, 'merge');
    expect(await minutesOn(DAY)).toBe(50);
    // Merging the same file again changes nothing.
    await importBackup(laptop, 'merge');
    expect(await minutesOn(DAY)).toBe(50);
  });
});
