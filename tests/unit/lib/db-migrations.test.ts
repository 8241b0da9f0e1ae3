import { openDB } from 'idb';
import { afterEach, describe, expect, it } from 'vitest';
import { closeDbForTests, getDb } from '../../../src/lib/db/connection';
import { DB_VERSION, MIGRATIONS } from '../../../src/lib/db/migrations';
import { DB_NAME } from '../../../src/lib/db/schema';
import { getSetting } from '../../../src/lib/db/settings';

afterEach(closeDbForTests);

/** Creates a database exactly as an older app version left it. */
async function createAtVersion(version: number, seed: (db: IDBDatabase) => void): Promise<void> {
  const raw = await openDB(DB_NAME, version, {
    upgrade(db, oldVersion, _new, tx) {
      for (let v = oldVersion; v < version; v++) MIGRATIONS[v]!(db as never, tx as never, { oldVersion });
    },
  });
  seed(raw as unknown as IDBDatabase);
  raw.close();
}

describe('migrations', () => {
  it('creates every store on a fresh install', async () => {
    const db = await getDb();
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual(['attempts', 'cards', 'chapterReviews', 'checklist', 'deletions', 'flags', 'ownPacks', 'practice', 'reading', 'reports', 'results', 'settings', 'stars', 'studySessions', 'timer']);
    expect([...db.transaction('studySessions').store.indexNames]).toEqual(['byDay']);
  });

  it('upgrades a version-1 database to the current one and keeps its settings', async () => {
    await createAtVersion(1, () => undefined);
    const old = await openDB(DB_NAME, 1);
    await old.put('settings' as never, { key: 'theme', value: 'dark' } as never);
    old.close();

    const db = await getDb();
    expect(db.version).toBe(DB_VERSION);
    expect(await getSetting('theme')).toBe('dark');
    expect(db.objectStoreNames.contains('studySessions')).toBe(true);
  });

  it('is append-only: one step per version', () => {
    expect(MIGRATIONS.length).toBe(DB_VERSION);
  });
});

describe('the schema version', () => {
  it('is the number of migration steps (db-version.ts is kept apart for the worker and backups)', async () => {
    const { MIGRATIONS, DB_VERSION } = await import('../../../src/lib/db/migrations');
    expect(DB_VERSION).toBe(MIGRATIONS.length);
  });
});
