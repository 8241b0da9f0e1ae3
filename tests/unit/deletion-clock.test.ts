// Found by the second adversarial review: deletion records and clock skew. A backup exported at time E
// cannot have deleted anything after E, yet a deletion stamped later (another
// device's clock runs ahead, or a hand-edited file) is accepted, stored here
// for ever, and from then on silently deletes the user's NEW rows at every
// merge, even a merge of a file that says nothing about them.
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
const EXPORTED = Date.parse('2026-03-01T10:00:00.000Z');

function backup(exportedAt: number, data: Record<string, unknown[]>) {
  const r = parseBackup(JSON.stringify({ app: 'dva-study', format: 1, schemaVersion: 10, exportedAt: new Date(exportedAt).toISOString(), data }));
  if (!r.ok) throw new Error(r.error);
  return r.backup;
}

describe('deletions stamped after the backup was made (clock skew)', () => {
  it('a phone whose clock ran a year ahead: its deletion does not wipe a flag the user sets here after importing it', async () => {
    // This device's clock: 1 March 2026. The phone's clock runs a year ahead;
    // it unflagged d1-b1-001 and exported a backup, which is imported here at once.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(EXPORTED + 3_600_000);
    const phone = backup(EXPORTED + 365 * DAY, {
      deletions: [{ id: 'flags:d1-b1-001', store: 'flags', key: 'd1-b1-001', deletedAt: EXPORTED + 365 * DAY - 1000 }],
    });
    await importBackup(phone, 'merge');

    // Back on this device (correct clock), a week later, the user flags that question again.
    vi.setSystemTime(EXPORTED + 7 * DAY);
    await setFlag('d1-b1-001', 'domain-1-bundle-1', true, Date.now());
    expect((await listFlags()).map((f) => f.questionId)).toEqual(['d1-b1-001']);

    // Later still they merge an unrelated backup (nothing about flags in it at all).
    vi.setSystemTime(EXPORTED + 8 * DAY);
    const unrelated = backup(EXPORTED + 8 * DAY, { flags: [], deletions: [] });
    await importBackup(unrelated, 'merge');

    // The flag set a day ago is gone: the stored future deletion keeps deleting it at every merge.
    expect((await listFlags()).map((f) => f.questionId)).toEqual(['d1-b1-001']);
  });

  it('refuses (or clamps) a deletion stamped after the file’s own export time', () => {
    const r = parseBackup(
      JSON.stringify({
        app: 'dva-study', format: 1, schemaVersion: 10, exportedAt: new Date(EXPORTED).toISOString(),
        data: { deletions: [{ id: 'reading:02-domain-1-development', store: 'reading', key: '02-domain-1-development', deletedAt: 8.64e15 }] },
      }),
    );
    const kept = r.ok ? r.backup.data.deletions.filter((d) => d.deletedAt > EXPORTED) : [];
    expect(kept).toEqual([]);
  });
});
