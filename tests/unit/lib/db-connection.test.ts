import { openDB } from 'idb';
import { forceCloseDatabase } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import { closeDbForTests, getDb, onConnectionEvent, withDb, VersionChangedError, type ConnectionEvent } from '../../../src/lib/db/connection';
import { DB_NAME } from '../../../src/lib/db/schema';
import { DB_VERSION } from '../../../src/lib/db/migrations';
import { getSetting, putSetting } from '../../../src/lib/db/settings';

afterEach(closeDbForTests);

describe('connection', () => {
  it('reopens and retries once when the connection was lost', async () => {
    await putSetting('theme', 'dark');
    forceCloseDatabase((await getDb()) as never);
    expect(await getSetting('theme')).toBe('dark');
  });

  it('retries an operation that fails because the connection is closing', async () => {
    let calls = 0;
    const result = await withDb(async (db) => {
      calls++;
      if (calls === 1) {
        throw new DOMException('The database connection is closing.', 'InvalidStateError');
      }
      return db.version;
    });
    expect(calls).toBe(2);
    expect(result).toBe(DB_VERSION);
  });

  it('retries only once, then reports the error', async () => {
    let calls = 0;
    await expect(
      withDb(async () => {
        calls++;
        throw new DOMException('Connection to Indexed Database server lost. Refresh the page to try again', 'UnknownError');
      }),
    ).rejects.toThrow(/server lost/);
    expect(calls).toBe(2);
  });

  it('does not retry errors that a retry cannot fix', async () => {
    let calls = 0;
    await expect(
      withDb(async () => {
        calls++;
        throw new DOMException('quota', 'QuotaExceededError');
      }),
    ).rejects.toThrow('quota');
    expect(calls).toBe(1);
  });

  it('closes at once for a newer version in another tab, so its upgrade never deadlocks', async () => {
    const events: ConnectionEvent[] = [];
    const off = onConnectionEvent((e) => events.push(e));
    await putSetting('theme', 'dark');

    // "Another tab" opens the next schema version while we hold the DB open.
    const newer = await openDB(DB_NAME, DB_VERSION + 1, { upgrade: () => undefined });
    expect(newer.version).toBe(DB_VERSION + 1);
    expect(await newer.get('settings', 'theme')).toMatchObject({ key: 'theme', value: 'dark' });
    newer.close();

    expect(events).toEqual([{ type: 'versionchange' }]);
    // This old tab now refuses work with a clear message instead of writing to a stale schema.
    await expect(getSetting('theme')).rejects.toBeInstanceOf(VersionChangedError);
    off();
  });
});
