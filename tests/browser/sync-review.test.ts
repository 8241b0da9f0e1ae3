// Review findings on sync, each once a failing test: an exam left running on
// one device must take the submitted result; signing out in one tab stops the
// others; a switch to another database sends it nothing the old one left.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type Browser } from './support/chrome';
import { startStaticServer, type StaticServer } from './support/static-server';
import { DIST } from './support/global-setup';
import { startCouch, type Couch } from './support/couch';
import { connect, seed, syncEnded, syncNow } from './support/sync';
import { readStored } from './support/idb';

let server: StaticServer;
let couch: Couch;
let dbUrl: string;
const devices: { browser: Browser; page: Page }[] = [];
const phone = () => devices[0]!.page;
const laptop = () => devices[1]!.page;

beforeAll(async () => {
  [server, couch] = await Promise.all([startStaticServer(DIST), startCouch()]);
  dbUrl = await couch.addUser('alice', 'pw-alice');
  for (let i = 0; i < 2; i++) {
    const browser = await launchBrowser({ bypassCSP: false });
    const page = browser.context.pages()[0] ?? (await browser.context.newPage());
    await page.goto(`${server.origin}/read`);
    await page.locator('main h2').first().waitFor();
    devices.push({ browser, page });
  }
});

afterAll(async () => {
  for (const d of devices) await d.browser.close();
  await server?.stop();
  await couch?.stop();
});

const attempt = (t: number, submittedAt: number | null) => ({
  id: 'att-review-1',
  packId: 'd1-bundle-1',
  title: 'Practice exam',
  questionIds: ['q-1', 'q-2'],
  answers: submittedAt === null ? { 'q-1': ['a'] } : { 'q-1': ['a'], 'q-2': ['b'] },
  flagged: [],
  current: submittedAt === null ? 1 : 1,
  startedAt: t - 600_000,
  deadline: t + 3_000_000,
  limitMinutes: 60,
  targetPercent: 72,
  submittedAt,
  timedOut: false,
  score: null,
  note: '',
  updatedAt: submittedAt ?? t,
});

describe('sync review findings', () => {
  it('an exam submitted on the phone is submitted on the laptop too, even if the laptop got it while it was running', async () => {
    const t = Date.now() - 120_000;
    // The phone left a running exam (went to another screen) and synced.
    await seed(phone(), 'attempts', [attempt(t, null)]);
    const sinceP = Date.now();
    await connect(phone(), server.origin, dbUrl, 'alice', 'pw-alice');
    expect((await syncEnded(phone(), sinceP)).error).toBeNull();
    const sinceL = Date.now();
    await connect(laptop(), server.origin, dbUrl, 'alice', 'pw-alice');
    expect((await syncEnded(laptop(), sinceL)).error).toBeNull();

    // The phone then finishes and submits the exam, and syncs; so does the laptop.
    await seed(phone(), 'attempts', [attempt(t, t + 60_000)]);
    expect((await syncNow(phone())).error).toBeNull();
    expect((await syncNow(laptop())).error).toBeNull();

    // The server holds the submitted exam…
    const doc = await couch.admin('GET', '/study-alice/attempts:att-review-1');
    expect(doc.json).toMatchObject({ row: { submittedAt: t + 60_000 } });
    // …and so must the laptop (not a forever-"running" exam it offers to resume).
    expect(await readStored(laptop(), 'attempts', 'att-review-1')).toMatchObject({ submittedAt: t + 60_000 });
  });

  it('signing out in one tab stops sync in the other tabs: nothing more reaches the server, the mirror stays gone', async () => {
    // The laptop has a second tab open on Settings (it loaded the sync config while signed in).
    const tab2 = await devices[1]!.browser.context.newPage();
    await tab2.goto(`${server.origin}/settings`);
    await tab2.getByTestId('sync-card').getByRole('button', { name: 'Sync now' }).waitFor();

    await laptop().goto(`${server.origin}/settings`);
    await laptop().getByTestId('sync-card').getByRole('button', { name: 'Sign out of sync' }).click();
    await expect.poll(() => readStored(laptop(), 'settings', 'sync')).toBeUndefined();

    // After signing out, the user studies on; the network blinks (the browser's online event in every tab).
    const t = Date.now();
    await seed(laptop(), 'studySessions', [{ id: 'after-sign-out', day: '2026-01-06', minutes: 5, activity: 'reading', note: 'private', updatedAt: t }]);
    await devices[1]!.browser.context.setOffline(true);
    await devices[1]!.browser.context.setOffline(false);
    await new Promise((r) => setTimeout(r, 8_000));

    const doc = await couch.admin('GET', '/study-alice/studySessions:after-sign-out');
    expect(doc.json).not.toMatchObject({ row: { id: 'after-sign-out' } });
    // Nor does the signed-out device keep sync's records (status, mirror database).
    expect(await readStored(laptop(), 'settings', 'syncStatus')).toBeUndefined();
    const dbs = await laptop().evaluate(async () => (await indexedDB.databases()).map((d) => d.name));
    expect(dbs.filter((n) => n?.includes('dva-study-sync'))).toEqual([]);
    await tab2.close();
  });

  it("switching to another database sends it only this device's data, nothing the old server left in the mirror", async () => {
    const bobUrl = await couch.addUser('bob', 'pw-bob');
    const page = phone();
    // The old server holds a record that fails validation: skipped, never stored in the app, but kept in the mirror.
    expect((await couch.admin('PUT', '/study-alice/evil:left-behind', { store: 'evil', row: {} })).status).toBe(201);
    await connect(page, server.origin, dbUrl, 'alice', 'pw-alice');
    await page.getByTestId('sync-card').getByRole('button', { name: 'Sync now' }).waitFor();
    const first = await syncNow(page);
    expect(first.last?.skippedIds).toContain('evil:left-behind');

    const since = Date.now();
    await connect(page, server.origin, bobUrl, 'bob', 'pw-bob');
    const s = await syncEnded(page, since);
    expect(s.error).toBeNull();
    const all = await couch.admin('GET', '/study-bob/_all_docs');
    const ids = (all.json as { rows: { id: string }[] }).rows.map((r) => r.id);
    expect(ids).not.toContain('evil:left-behind');
    // What the app holds did go.
    expect(ids.some((id) => id.startsWith('attempts:'))).toBe(true);
  });

  it('a mirror made for another database is never pushed to this one, however the switch happened (another tab, a killed save)', async () => {
    const carolUrl = await couch.addUser('carol', 'pw-carol');
    const page = phone();
    // Connected to bob (the test above), whose server now holds a record that fails validation: it stays in the mirror.
    expect((await couch.admin('PUT', '/study-bob/evil:bob-only', { store: 'evil', row: {} })).status).toBe(201);
    await page.goto(`${server.origin}/settings`);
    expect((await syncNow(page)).last?.skippedIds).toContain('evil:bob-only');
    // Another tab (or a save cut short) stores carol's database without this tab's controller: the mirror is bob's.
    const stored = await readStored<{ value: Record<string, unknown> }>(page, 'settings', 'sync');
    await seed(page, 'settings', [{ ...stored, value: { ...stored.value, url: carolUrl, user: 'carol', password: 'pw-carol' } }]);
    await page.reload();
    await page.getByTestId('sync-card').getByRole('button', { name: 'Sync now' }).waitFor();
    const s = await syncNow(page);
    expect(s.error).toBeNull();
    const all = await couch.admin('GET', '/study-carol/_all_docs');
    const ids = (all.json as { rows: { id: string }[] }).rows.map((r) => r.id);
    expect(ids).not.toContain('evil:bob-only');
    expect(ids).not.toContain('evil:left-behind');
    expect(ids.some((id) => id.startsWith('attempts:'))).toBe(true);
  });
});
