// Every past schema version, as it left the database, upgrades to the current
// one with nothing lost: every row unchanged, every store shaped as on a fresh
// install, and the new stores usable.
import { openDB, type IDBPDatabase } from 'idb';
import { afterEach, describe, expect, it } from 'vitest';
import { closeDbForTests, getDb } from '../../../src/lib/db/connection';
import { DB_VERSION, runMigrations } from '../../../src/lib/db/migrations';
import type { StudyDB } from '../../../src/lib/db/schema';
import { DB_FIXTURES } from '../fixtures/db';
import { v7Rows } from '../fixtures/db/v7';
import { movedInV9 } from '../fixtures/db/v8';

afterEach(closeDbForTests);

type Shape = Record<string, { keyPath: unknown; indexes: Record<string, unknown> }>;

function shapeOf(db: IDBPDatabase<StudyDB>): Shape {
  const names = [...db.objectStoreNames];
  const tx = db.transaction(names);
  const out: Shape = {};
  for (const name of names) {
    const store = tx.objectStore(name);
    const indexes: Record<string, unknown> = {};
    for (const i of [...store.indexNames]) {
      const index = store.index(i);
      indexes[i] = { keyPath: index.keyPath, unique: index.unique, multiEntry: index.multiEntry };
    }
    out[name] = { keyPath: store.keyPath, indexes };
  }
  return out;
}

async function freshInstallShape(): Promise<Shape> {
  const db = await openDB<StudyDB>('fresh-install-reference', DB_VERSION, {
    upgrade: (d, oldVersion, newVersion, tx) => runMigrations(d, oldVersion, newVersion ?? DB_VERSION, tx),
  });
  const shape = shapeOf(db);
  db.close();
  return shape;
}

/** A row for each store added after the fixture's version. */
const SAMPLE_ROWS: Record<string, unknown> = {
  ...Object.fromEntries(Object.entries(v7Rows).map(([store, rows]) => [store, rows[0]])),
  deletions: { id: 'studySessions:s-1', store: 'studySessions', key: 's-1', deletedAt: 1773600000000 },
};

/**
 * A row as the migrations since leave it: step 8 gives a read chapter without
 * readAt its last change time; step 9 moves a row saved under a positional id
 * to its item's text id (a star's anchor with it).
 */
function upgraded(store: string, row: unknown): unknown {
  const r = row as { id?: string; read?: boolean; readAt?: number; updatedAt?: number };
  if (store === 'reading' && r.read && r.readAt === undefined) return { ...r, readAt: r.updatedAt };
  const moved = ['checklist', 'stars', 'cards'].includes(store) && r.id !== undefined ? movedInV9[r.id] : undefined;
  if (moved) return { ...r, id: moved, ...(store === 'stars' ? { anchor: moved.split('#')[1] } : {}) };
  return row;
}

describe('upgrade fixtures: every past version upgrades with nothing lost', () => {
  it('has a fixture for every past version', () => {
    expect(DB_FIXTURES.map((f) => f.version)).toEqual(Array.from({ length: DB_VERSION - 1 }, (_, i) => i + 1));
  });

  for (const fx of DB_FIXTURES) {
    it(`v${fx.version} → v${DB_VERSION}`, async () => {
      await fx.create();
      const db = await getDb();
      expect(db.version).toBe(DB_VERSION);

      // Same stores, keys and indexes as a fresh install.
      expect(shapeOf(db)).toEqual(await freshInstallShape());

      // Every row still there, unchanged but for what a migration fills in, and nothing else.
      for (const [store, rows] of Object.entries(fx.rows)) {
        const name = store as never;
        const keyPath = db.transaction(name).store.keyPath as string;
        const stored = await db.getAll(name);
        expect(stored, store).toHaveLength(rows.length);
        for (const row of rows) {
          const expected = upgraded(store, row) as Record<string, unknown>;
          const key = expected[keyPath] as string;
          expect(await db.get(name, key), `${store}/${key}`).toEqual(expected);
        }
      }

      // Stores added since then exist and take a write.
      const added = [...db.objectStoreNames].filter((s) => !(s in fx.rows));
      expect(added.length).toBe(Object.keys(await freshInstallShape()).length - Object.keys(fx.rows).length);
      for (const store of added) {
        const row = SAMPLE_ROWS[store];
        expect(row, `sample row for ${store}`).toBeDefined();
        const name = store as never;
        const keyPath = db.transaction(name).store.keyPath as string;
        await db.put(name, row as never);
        expect(await db.get(name, (row as Record<string, unknown>)[keyPath] as never)).toEqual(row);
      }
    });
  }
});

describe('migration 8', () => {
  it('gives a chapter read before readAt existed its read day once, so scrolling never moves it', async () => {
    const { v3 } = await import('../fixtures/db/v3');
    await v3.create();
    const { getReading, saveReadingPosition } = await import('../../../src/lib/db/reading');
    const before = await getReading('01-lambda');
    expect(before?.readAt).toBe(1772791200000);
    await saveReadingPosition('01-lambda', 'top', 0.2, 1772791200000 + 2 * 86_400_000);
    const after = await getReading('01-lambda');
    expect(after?.readAt).toBe(1772791200000);
    expect(after?.read).toBe(true);
  });
});

describe('migration 9', () => {
  it('moves ticks, stars and card schedules saved under positional ids to their items’ text ids, and leaves the rest', async () => {
    const { v8 } = await import('../fixtures/db/v8');
    await v8.create();
    const { listChecklist } = await import('../../../src/lib/db/checklist');
    const { listStars } = await import('../../../src/lib/db/stars');
    const { listCardStates } = await import('../../../src/lib/db/cards');

    const checks = new Map((await listChecklist()).map((c) => [c.id, c]));
    expect(checks.get('00-overview:read-complete-3ol1nw-1hx1c4')).toMatchObject({ chapterId: '00-overview', checked: true, updatedAt: 1773570000000 });
    expect(checks.get('08-final-checklist:i-understand-lambda-configuration-options-memory-drxzvs')).toMatchObject({ checked: true, updatedAt: 1773570100000 });
    expect(checks.has('00-overview:chapter-completion-checklist:0')).toBe(false);
    expect(checks.has('08-final-checklist:domain-1-development-with-aws-services-32:1')).toBe(false);
    // Not in the map (no such box, or another app's ids): as it was.
    expect(checks.get('08-final-checklist:domain-1-development-with-aws-services-32:99')).toMatchObject({ checked: true });
    expect(checks.get('01-lambda:hands-on:0')).toMatchObject({ checked: true });

    const stars = await listStars();
    const fact = stars.find((s) => s.createdAt === 1773570300000);
    expect(fact).toEqual({
      id: '02-domain-1-development#fact-idempotency-is-critical-consumers-may-receive-1objo6v',
      chapterId: '02-domain-1-development',
      anchor: 'fact-idempotency-is-critical-consumers-may-receive-1objo6v',
      label: 'Must Know fact 4 in detailed example 3 iot device management',
      createdAt: 1773570300000,
    });
    expect(stars.find((s) => s.createdAt === 1773570400000)?.id).toBe('02-domain-1-development#detailed-example-3-iot-device-management');

    const cards = new Map((await listCardStates()).map((c) => [c.id, c]));
    expect(cards.get('must-know:02-domain-1-development#fact-asynchronous-communication-event-producers-dont-wait-1bfadu1')?.introducedAt).toBe(1773223200000);
    expect(cards.get('common-mistake:01-fundamentals#mistake-storing-state-in-lambdas-tmp-directory-1pucggp')?.introducedAt).toBe(1773223300000);
    expect(cards.has('must-know:02-domain-1-development#detailed-example-3-iot-device-management--fact-1')).toBe(false);
    expect(cards.has('glossary:99-appendices#appendix-d-glossary/idempotency')).toBe(true);
    expect(cards.has('lambda-cold-start')).toBe(true);
  });
});
