// Sync through a real CouchDB-protocol server (pouchdb-server, in memory, on
// 127.0.0.1) between two browser profiles, "phone" and "laptop", with the
// app's Content Security Policy enforced.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type Browser } from './support/chrome';
import { startStaticServer, type StaticServer } from './support/static-server';
import { DIST } from './support/global-setup';
import { startCouch, type Couch } from './support/couch';
import { connect, removeRow, seed, status, syncEnded, syncNow, userData } from './support/sync';
import { readStored } from './support/idb';
import { shootBothThemes } from './support/app';

let server: StaticServer;
let couch: Couch;
let dbUrl: string;
const devices: { name: string; browser: Browser; page: Page }[] = [];
const phone = () => devices[0]!.page;
const laptop = () => devices[1]!.page;

beforeAll(async () => {
  [server, couch] = await Promise.all([startStaticServer(DIST), startCouch()]);
  dbUrl = await couch.addUser('alice', 'pw-alice');
  for (const name of ['phone', 'laptop']) {
    const browser = await launchBrowser({ bypassCSP: false });
    const page = browser.context.pages()[0] ?? (await browser.context.newPage());
    await page.goto(`${server.origin}/read`);
    await page.locator('main h2').first().waitFor();
    devices.push({ name, browser, page });
  }
});

afterAll(async () => {
  for (const d of devices) await d.browser.close();
  await server?.stop();
  await couch?.stop();
});

const session = (id: string, minutes: number, updatedAt: number) => ({ id, day: '2026-01-05', minutes, activity: 'reading', note: `session ${id}`, updatedAt });
const answer = (questionId: string, selected: string[], correct: boolean, answeredAt: number) => ({ questionId, packId: 'd1-bundle-1', selected, correct, answeredAt });

async function serverDocs(): Promise<number> {
  const r = await couch.admin('GET', '/study-alice');
  return (r.json as { doc_count: number }).doc_count;
}

describe('sync between two devices', () => {
  it('connects each device with its own credentials; nothing is sent before', async () => {
    const t = Date.now();
    await seed(phone(), 'studySessions', [session('p-1', 30, t - 5000)]);
    expect(await serverDocs()).toBe(0);
    const sinceP = Date.now();
    await connect(phone(), server.origin, dbUrl, 'alice', 'pw-alice');
    const p = await syncEnded(phone(), sinceP);
    expect(p.error).toBeNull();
    expect(p.last?.sent).toBeGreaterThan(0);
    const sinceL = Date.now();
    await connect(laptop(), server.origin, dbUrl, 'alice', 'pw-alice');
    const l = await syncEnded(laptop(), sinceL);
    expect(l.error).toBeNull();
    expect(await readStored(laptop(), 'studySessions', 'p-1')).toMatchObject({ minutes: 30 });
    // The password is a password field, never shown; the URL has no credentials.
    await laptop().getByRole('button', { name: 'Change' }).click();
    expect(await laptop().getByLabel('Password').getAttribute('type')).toBe('password');
    expect(await laptop().getByLabel('Password').inputValue()).toBe('');
    await laptop().getByRole('button', { name: 'Cancel' }).click();
    expect(await laptop().getByTestId('sync-url').textContent()).toBe(dbUrl);
    await expect.poll(() => laptop().getByTestId('sync-status').textContent()).toMatch(/^Last synced just now: sent \d+ records?, received \d+ changes?\.$/);
    await shootBothThemes(laptop(), 'sync-settings');
  });

  it('each changes things offline; both reconnect and end with the union, the same record with the newest edit', async () => {
    const t = Date.now();
    // A record both have, edited on both while offline: the laptop's edit is the newer.
    await seed(phone(), 'results', [answer('q-shared', ['a'], false, t - 60_000)]);
    await syncNow(phone());
    await syncNow(laptop());
    expect(await readStored(laptop(), 'results', 'q-shared')).toMatchObject({ selected: ['a'] });

    for (const d of devices) await d.browser.context.setOffline(true);
    await seed(phone(), 'results', [answer('q-shared', ['b'], false, t - 20_000), answer('q-phone', ['c'], true, t - 10_000)]);
    await seed(phone(), 'checklist', [{ id: '02-domain-1-development:tick', chapterId: '02-domain-1-development', checked: true, updatedAt: t - 9_000 }]);
    await seed(laptop(), 'results', [answer('q-shared', ['d'], true, t - 5_000)]);
    await seed(laptop(), 'studySessions', [session('l-1', 45, t - 4_000)]);
    await seed(laptop(), 'stars', [{ id: '02-domain-1-development#lambda', chapterId: '02-domain-1-development', anchor: 'lambda', label: 'Lambda', createdAt: t - 3_000 }]);
    // The phone deletes the session the laptop got from it.
    await removeRow(phone(), 'studySessions', 'p-1', t - 2_000);

    // Offline: a clear status, and nothing changes.
    const offline = await syncNow(phone());
    // (No network at all: sync does not try, and says when it will.)
    expect(offline.error).toBe('Offline: sync runs again when the connection is back.');
    await expect.poll(() => phone().getByTestId('sync-status').textContent()).toMatch(/Offline: sync runs again when the connection is back/);
    expect(await readStored(phone(), 'results', 'q-shared')).toMatchObject({ selected: ['b'] });

    // Back online: each syncs by itself (the browser's online event).
    const back = Date.now();
    await devices[1]!.browser.context.setOffline(false);
    expect((await syncEnded(laptop(), back)).error).toBeNull();
    const back2 = Date.now();
    await devices[0]!.browser.context.setOffline(false);
    expect((await syncEnded(phone(), back2)).error).toBeNull();
    // The laptop synced before the phone's changes reached the server: once more.
    await syncNow(laptop());

    const [p, l] = [await userData(phone()), await userData(laptop())];
    expect(l).toEqual(p);
    expect((p['results'] as { questionId: string; selected: string[] }[]).find((r) => r.questionId === 'q-shared')?.selected).toEqual(['d']);
    expect((p['results'] as { questionId: string }[]).map((r) => r.questionId).sort()).toEqual(['q-phone', 'q-shared']);
    expect((p['studySessions'] as { id: string }[]).map((r) => r.id)).toEqual(['l-1']);
    expect(p['checklist']).toHaveLength(1);
    expect(p['stars']).toHaveLength(1);
    // The CouchDB revision conflict was resolved, not left behind.
    const doc = await couch.admin('GET', '/study-alice/results:q-shared?conflicts=true');
    expect(doc.json).toMatchObject({ row: { selected: ['d'] } });
    expect((doc.json as { _conflicts?: string[] })._conflicts ?? []).toEqual([]);
  });

  it('syncs a change made in the app by itself, shortly after', async () => {
    await laptop().goto(`${server.origin}/progress`);
    const before = Date.now();
    await laptop().getByRole('button', { name: '+30 min practice' }).click();
    expect((await syncEnded(laptop(), before)).error).toBeNull();
    await phone().goto(`${server.origin}/settings`);
    await syncNow(phone());
    const sessions = await readStored<{ minutes: number; activity: string }[]>(phone(), 'studySessions');
    expect(sessions.some((s) => s.activity === 'practice' && s.minutes === 30)).toBe(true);
  });

  it('waits while a timed exam is on screen, and syncs once it is left', async () => {
    const page = laptop();
    const couchRequests: number[] = [];
    page.on('request', (r) => {
      if (r.url().startsWith(couch.origin)) couchRequests.push(Date.now());
    });
    const opened = Date.now();
    await page.goto(`${server.origin}/practice/d1-bundle-1`);
    // The sync the app runs when it opens is over before the exam starts.
    expect((await syncEnded(page, opened)).error).toBeNull();
    await page.getByRole('button', { name: 'Start exam' }).click();
    await page.waitForURL('**/exam/*');
    const tapsFrom = Date.now();
    for (let i = 0; i < 3; i++) {
      await page.locator('.option input').first().click();
      await page.keyboard.press('n');
    }
    // Past the debounce after a change: still nothing sent while the exam is on screen.
    await page.waitForTimeout(6_000);
    expect(couchRequests.filter((t) => t >= tapsFrom)).toEqual([]);
    const left = Date.now();
    // Leaving within the app (no reload): the postponed sync runs.
    await page.locator('nav a[href="/progress"]').click();
    await page.waitForURL('**/progress');
    expect((await syncEnded(page, left)).error).toBeNull();
    const attempts = await readStored<{ submittedAt: number | null }[]>(page, 'attempts');
    const doc = await couch.admin('GET', '/study-alice/_all_docs');
    expect((doc.json as { rows: { id: string }[] }).rows.filter((r) => r.id.startsWith('attempts:'))).toHaveLength(attempts.length);
  });
});
