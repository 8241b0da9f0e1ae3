// An import killed halfway: "Replace everything" with a 50,000-answer backup,
// and the whole Chromium process tree SIGKILLed while the import transaction is
// still running. Relaunched on the same profile, the old data is exactly as it
// was (the replace cleared nothing, none of the new rows landed) and the app works.
import type { BrowserContext, Page } from 'playwright-core';
import { chromium } from 'playwright-core';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CHROME_ARGS, findChrome } from './support/chrome';
import { startStaticServer, type StaticServer } from './support/static-server';
import { waitForOfflineReady } from './support/app';
import { DIST } from './support/global-setup';
import { DB_VERSION } from '../../src/lib/db/migrations';

const NEW_ROWS = 50_000;
const userDataDir = mkdtempSync(join(tmpdir(), 'dva-chrome-killed-'));
let server: StaticServer | undefined;
let context: BrowserContext | undefined;

afterAll(async () => {
  await context?.close().catch(() => undefined);
  await server?.stop();
  rmSync(userDataDir, { recursive: true, force: true });
});

/** The same launch as support/chrome.ts, on a profile that outlives the browser. */
async function launch(): Promise<{ context: BrowserContext; page: Page }> {
  const ctx = await chromium.launchPersistentContext(userDataDir, {
    executablePath: findChrome(),
    headless: true,
    args: CHROME_ARGS,
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 1,
    colorScheme: 'light',
  });
  const page = ctx.pages()[0] ?? (await ctx.newPage());
  return { context: ctx, page };
}

// ---------------------------------------------------------------- processes (Linux /proc)

function procStat(pid: number): { ppid: number; state: string } | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const [state, ppid] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return { ppid: Number(ppid), state: state ?? '' };
  } catch {
    return null;
  }
}

const pids = (): number[] => readdirSync('/proc').filter((e) => /^\d+$/.test(e)).map(Number);

/** The browser process of this profile: the one started with its user-data-dir, and no --type (not a child). */
function browserPid(): number {
  const found = pids().filter((pid) => {
    try {
      const args = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
      return args.includes(`--user-data-dir=${userDataDir}`) && !args.some((a) => a.startsWith('--type='));
    } catch {
      return false;
    }
  });
  if (found.length !== 1) throw new Error(`expected one browser process for ${userDataDir}, found ${found.length}`);
  return found[0]!;
}

/** The process and all its descendants. */
function processTree(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const pid of pids()) {
    const stat = procStat(pid);
    if (stat) children.set(stat.ppid, [...(children.get(stat.ppid) ?? []), pid]);
  }
  const tree = [root];
  for (let i = 0; i < tree.length; i++) tree.push(...(children.get(tree[i]!) ?? []));
  return tree;
}

const alive = (pid: number): boolean => {
  const stat = procStat(pid);
  return stat !== null && stat.state !== 'Z' && stat.state !== 'X';
};

// ---------------------------------------------------------------- the database, read and written raw

/** Every store of 'dva-study', read in one transaction: the database as text. */
function dumpDb(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('dva-study');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    try {
      const names = [...db.objectStoreNames].sort();
      const tx = db.transaction(names, 'readonly');
      const stores: Record<string, unknown[]> = {};
      await Promise.all(
        names.map(
          (name) =>
            new Promise<void>((resolve, reject) => {
              const req = tx.objectStore(name).getAll();
              req.onsuccess = () => {
                stores[name] = req.result as unknown[];
                resolve();
              };
              req.onerror = () => reject(req.error);
            }),
        ),
      );
      return JSON.stringify({ version: db.version, stores });
    } finally {
      db.close();
    }
  });
}

/** Known rows in several stores, written in one committed transaction. */
function seedRaw(page: Page): Promise<void> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('dva-study');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const tx = db.transaction(['results', 'flags', 'stars', 'reports', 'settings'], 'readwrite');
    for (let i = 0; i < 300; i++) {
      tx.objectStore('results').put({ questionId: `old-q-${i}`, packId: 'old-pack', selected: ['b'], correct: i % 4 !== 0, answeredAt: 1_700_000_000_000 + i });
    }
    tx.objectStore('flags').put({ questionId: 'old-q-7', packId: 'old-pack', flaggedAt: 1_700_000_001_000 });
    tx.objectStore('stars').put({ id: '02-lambda#concurrency', chapterId: '02-lambda', anchor: 'concurrency', label: 'Reserved concurrency', createdAt: 1_700_000_002_000 });
    tx.objectStore('reports').put({ id: 'old-q-3-1', questionId: 'old-q-3', note: 'Seeded before the import', createdAt: 1_700_000_003_000 });
    tx.objectStore('settings').put({ key: 'examDay', value: '2027-03-01' });
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
      tx.onabort = () => reject(tx.error);
    });
    db.close();
  });
}

/**
 * Can the database serve a read of 'results' within `ms`? Not while the import
 * runs: a readonly transaction over that store waits for the earlier readwrite
 * one (and Chromium queues even the open behind the import's requests). Once
 * the import has committed, or before it starts, the count comes back at once.
 */
function readWithin(page: Page, ms: number): Promise<number | 'blocked'> {
  return page.evaluate(async (wait) => {
    const timeout = new Promise<'blocked'>((resolve) => setTimeout(() => resolve('blocked'), wait));
    const count = new Promise<number>((resolve, reject) => {
      const open = indexedDB.open('dva-study');
      open.onerror = () => reject(open.error);
      open.onsuccess = () => {
        const req = open.result.transaction('results', 'readonly').objectStore('results').count();
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      };
    });
    return Promise.race([count, timeout]);
  }, ms);
}

function bigBackup(): string {
  const t = Date.UTC(2026, 10, 26, 10);
  const results = Array.from({ length: NEW_ROWS }, (_, i) => ({
    questionId: `new-q-${String(i).padStart(5, '0')}`,
    packId: 'new-pack',
    selected: ['a'],
    correct: i % 3 !== 0,
    answeredAt: t + i,
  }));
  const data = {
    settings: [{ key: 'examDay', value: '2027-06-30' }],
    studySessions: [{ id: 'new-s', day: '2026-11-26', minutes: 90, activity: 'reading', note: 'from the big backup', updatedAt: t }],
    results,
  };
  return JSON.stringify({ app: 'dva-study', format: 1, schemaVersion: DB_VERSION, exportedAt: new Date(t).toISOString(), data });
}

const status = (page: Page) => page.getByTestId('backup-status').textContent();

describe('an import killed halfway', () => {
  it('leaves the old data exactly as it was, and the app working', async () => {
    server = await startStaticServer(DIST);
    const origin = server.origin;

    // 1. Known data: study time logged through the UI, and rows in other stores.
    let { context: ctx, page } = await launch();
    context = ctx;
    await page.goto(`${origin}/progress`);
    await waitForOfflineReady(page);
    await page.getByText('Ready to work offline').waitFor();
    await page.getByRole('button', { name: 'OK' }).click();
    await page.getByRole('button', { name: '+30 min practice' }).click();
    await expect.poll(() => page.getByTestId('week-total').textContent()).toBe('30 min');
    await seedRaw(page);
    // The app writes flags of its own (the first finished session); wait for them so nothing moves after the snapshot.
    await expect.poll(async () => JSON.parse(await dumpDb(page)).stores.settings.map((s: { key: string }) => s.key).sort().join()).toBe(
      'examDay,firstSessionDoneAt,offlineReadyShown',
    );
    const before = await dumpDb(page);
    expect(JSON.parse(before).stores.results).toHaveLength(300);

    // 2. Replace everything with 50,000 new answers.
    await page.goto(`${origin}/settings`);
    await page.getByRole('heading', { name: 'Back up your progress' }).waitFor();
    const text = bigBackup();
    await page.getByLabel('Import a backup file').setInputFiles({ name: 'big.json', mimeType: 'application/json', buffer: Buffer.from(text) });
    await expect.poll(() => page.getByTestId('backup-preview').textContent()).toContain(`${NEW_ROWS} answers`);
    await page.getByLabel('Replace everything').check();
    await page.getByRole('button', { name: 'Import', exact: true }).click();

    // 3. The import is running: the card is busy, and a reader is held back by its transaction.
    await expect.poll(() => status(page), { interval: 5 }).toBe('Importing…');
    expect(await page.getByLabel('Import a backup file').isDisabled()).toBe(true);
    expect(await readWithin(page, 100)).toBe('blocked');
    expect(await status(page)).toBe('Importing…');

    // 4. Kill the whole browser, hard.
    const browser = browserPid();
    const tree = processTree(browser);
    const closed = new Promise<void>((resolve) => context!.once('close', () => resolve()));
    for (const pid of tree) {
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        // already gone
      }
    }
    await expect.poll(() => tree.filter(alive), { timeout: 10_000 }).toEqual([]);
    await closed;
    context = undefined;

    // 5. Relaunch on the same profile, with the server: the old data, exactly.
    ({ context: ctx, page } = await launch());
    context = ctx;
    await page.goto(`${origin}/settings`);
    await page.getByRole('heading', { name: 'Back up your progress' }).waitFor();
    const after = await dumpDb(page);
    expect(after).toBe(before);
    const stores = JSON.parse(after).stores as Record<string, { questionId?: string; id?: string }[]>;
    expect(stores.results!.filter((r) => r.questionId!.startsWith('new-'))).toEqual([]);
    expect(stores.studySessions!.some((s) => s.id === 'new-s')).toBe(false);

    // 6. The app works: it shows the old data, takes a new write and completes an import.
    await page.goto(`${origin}/progress`);
    await expect.poll(() => page.getByTestId('week-total').textContent()).toBe('30 min');
    await page.getByRole('button', { name: '+30 min practice' }).click();
    await expect.poll(() => page.getByTestId('week-total').textContent()).toBe('1 h');
    await page.goto(`${origin}/settings`);
    await page.getByRole('heading', { name: 'Back up your progress' }).waitFor();
    const small = JSON.stringify({
      app: 'dva-study',
      format: 1,
      schemaVersion: DB_VERSION,
      exportedAt: new Date().toISOString(),
      data: { results: [{ questionId: 'after-q-1', packId: null, selected: ['c'], correct: true, answeredAt: Date.now() }] },
    });
    await page.getByLabel('Import a backup file').setInputFiles({ name: 'small.json', mimeType: 'application/json', buffer: Buffer.from(small) });
    await page.getByTestId('backup-preview').waitFor();
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await expect.poll(() => status(page)).toBe('Imported.');
    const final = JSON.parse(await dumpDb(page)).stores as Record<string, { questionId?: string }[]>;
    expect(final.results).toHaveLength(301);
    expect(final.results!.some((r) => r.questionId === 'after-q-1')).toBe(true);

  });
});
