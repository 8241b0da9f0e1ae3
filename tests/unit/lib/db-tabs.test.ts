// Two tabs: changes are announced to the other tab (not to itself), and a
// schema upgrade in a newer tab neither deadlocks nor loses this tab's
// in-flight writes.
import { openDB } from 'idb';
import { afterEach, describe, expect, it } from 'vitest';
import { announceChange, CHANGES_CHANNEL, onChange, resetChangesForTests, type ChangedStore } from '../../../src/lib/db/changes';
import { closeDbForTests, getDb, onConnectionEvent, VersionChangedError } from '../../../src/lib/db/connection';
import { DB_VERSION } from '../../../src/lib/db/migrations';
import { DB_NAME, type StudySession } from '../../../src/lib/db/schema';
import { putSetting } from '../../../src/lib/db/settings';
import { saveStudySession } from '../../../src/lib/db/study-sessions';
import { recordResults } from '../../../src/lib/db/results';

afterEach(async () => {
  resetChangesForTests();
  await closeDbForTests();
});

const session = (id: string): StudySession => ({ id, day: '2026-03-02', minutes: 30, activity: 'reading', note: '', updatedAt: 1 });

function nextMessage(channel: BroadcastChannel): Promise<unknown> {
  return new Promise((resolve) => channel.addEventListener('message', (e) => resolve(e.data), { once: true }));
}

describe('changes between tabs', () => {
  it('announces a committed write to other tabs', async () => {
    const other = new BroadcastChannel(CHANGES_CHANNEL);
    try {
      const got = nextMessage(other);
      await saveStudySession(session('a'));
      expect(await got).toEqual({ type: 'changed', stores: ['studySessions'] });
    } finally {
      other.close();
    }
  });

  it("hears other tabs' changes but not its own", async () => {
    const heard: (readonly ChangedStore[])[] = [];
    const off = onChange((stores) => heard.push(stores));
    const other = new BroadcastChannel(CHANGES_CHANNEL);
    try {
      const echo = nextMessage(other);
      announceChange('settings'); // our own: the other tab hears it, we do not
      await echo;
      const probe = new BroadcastChannel(CHANGES_CHANNEL);
      const delivered = nextMessage(probe);
      other.postMessage({ type: 'changed', stores: ['reading', 'checklist'] });
      other.postMessage({ type: 'nonsense' });
      await delivered;
      await new Promise((r) => setTimeout(r, 20));
      probe.close();
      expect(heard).toEqual([['reading', 'checklist']]);
      off();
    } finally {
      other.close();
    }
  });
});

describe('schema upgrade while an old tab is open', () => {
  it("never deadlocks and never loses the old tab's in-flight writes", async () => {
    await getDb(); // tab A is open at the current version
    const order: string[] = [];
    const off = onConnectionEvent((e) => order.push(e.type));

    // Tab A has writes in flight: one long transaction (2,000 puts) still
    // running when the newer tab asks, and two small ones.
    const results = Array.from({ length: 2000 }, (_, i) => ({ questionId: `q${i}`, packId: 'pack-1', selected: ['a' as const], correct: i % 2 === 0, answeredAt: i }));
    const writes = Promise.all([recordResults(results), saveStudySession(session('in-flight')), putSetting('theme', 'dark')]).then(() => order.push('A committed'));
    // ...when tab B opens the next schema version.
    let seenInUpgrade: unknown;
    const newer = openDB(DB_NAME, DB_VERSION + 1, {
      async upgrade(_db, _old, _new, tx) {
        seenInUpgrade = await tx.objectStore('studySessions' as never).get('in-flight' as never);
      },
    }).then((db) => {
      order.push('B upgraded');
      return db;
    });

    const b = await Promise.race([newer, new Promise<never>((_, reject) => setTimeout(() => reject(new Error('deadlock')), 2000))]);
    await writes;
    // A was told (and closed) while its writes were still running; they committed, then B upgraded.
    expect(order).toEqual(['versionchange', 'A committed', 'B upgraded']);
    expect(b.version).toBe(DB_VERSION + 1);
    expect(seenInUpgrade).toEqual(session('in-flight'));
    expect(await b.get('settings' as never, 'theme' as never)).toMatchObject({ key: 'theme', value: 'dark' });
    expect(await b.count('results' as never)).toBe(2000);
    // A now tells its user to reload instead of writing to a closed connection.
    await expect(saveStudySession(session('late'))).rejects.toBeInstanceOf(VersionChangedError);
    b.close();
    off();
  });
});
