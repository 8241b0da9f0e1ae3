// Sync when things go wrong: a wrong password, a server that is down, answers
// 500 or garbage, hostile documents, and a server killed in the middle of a
// sync. The app stays usable, the user sees why, and no local data is lost.
// Also: a user who never turns sync on never loads PouchDB.
import { createServer, request as httpRequest, type Server } from 'node:http';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type Browser } from './support/chrome';
import { startStaticServer, type StaticServer } from './support/static-server';
import { DIST } from './support/global-setup';
import { startCouch, type Couch } from './support/couch';
import { connect, seed, status, syncEnded, syncNow } from './support/sync';
import { readStored } from './support/idb';

let server: StaticServer;
let couch: Couch;
let bad: Server;
let badOrigin: string;
let dbUrl: string;
let phoneBrowser: Browser;
let laptopBrowser: Browser;
let phone: Page;
let laptop: Page;
const laptopRequests: string[] = [];

beforeAll(async () => {
  [server, couch] = await Promise.all([startStaticServer(DIST), startCouch()]);
  dbUrl = await couch.addUser('alice', 'pw-alice');
  // A server that is not CouchDB: /err500/db fails, /garbage/db answers HTML.
  bad = createServer((req, res) => {
    const cors = { 'Access-Control-Allow-Origin': '*', 'Access-Control-Allow-Headers': 'authorization, content-type, accept' };
    if (req.method === 'OPTIONS') return void res.writeHead(204, cors).end();
    if (req.url?.startsWith('/err500/')) return void res.writeHead(500, { ...cors, 'Content-Type': 'application/json' }).end('{"error":"boom"}');
    res.writeHead(200, { ...cors, 'Content-Type': 'text/html' }).end('<html><script>window.__garbage = 1</script></html>');
  });
  await new Promise<void>((r) => bad.listen(0, '127.0.0.1', r));
  badOrigin = `http://127.0.0.1:${(bad.address() as { port: number }).port}`;
  phoneBrowser = await launchBrowser({ bypassCSP: false });
  laptopBrowser = await launchBrowser({ bypassCSP: false });
  phone = phoneBrowser.context.pages()[0] ?? (await phoneBrowser.context.newPage());
  laptop = laptopBrowser.context.pages()[0] ?? (await laptopBrowser.context.newPage());
  laptop.on('request', (r) => laptopRequests.push(new URL(r.url()).pathname));
  await phone.goto(`${server.origin}/read`);
  await phone.locator('main h2').first().waitFor();
});

afterAll(async () => {
  await phoneBrowser?.close();
  await laptopBrowser?.close();
  await server?.stop();
  await couch?.stop();
  await new Promise((r) => bad?.close(r));
});

const answer = (questionId: string, answeredAt: number) => ({ questionId, packId: 'd1-bundle-1', selected: ['a'], correct: true, answeredAt });
const engineChunk = () => readdirSync(join(DIST, 'assets')).find((f) => /\b_revs_diff\b/.test(readFileSync(join(DIST, 'assets', f), 'utf8')))!;

async function settle(page: Page): Promise<void> {
  // Give a sync that might wrongly have been triggered the time to show itself.
  await page.waitForTimeout(500);
}

describe('sync failures', () => {
  it('never loads PouchDB for a user who never turns sync on', async () => {
    const html = readFileSync(join(DIST, 'index.html'), 'utf8');
    const chunk = engineChunk();
    expect(chunk).toMatch(/^engine-.*\.js$/);
    expect(html).not.toContain(chunk);
    for (const f of [...html.matchAll(/(?:src|href)="\/assets\/([^"]+\.js)"/g)].map((m) => m[1]!)) {
      expect(readFileSync(join(DIST, 'assets', f), 'utf8')).not.toMatch(/_revs_diff|pouchdb/i);
    }
    for (const path of ['/read', '/practice', '/progress', '/settings']) {
      await laptop.goto(`${server.origin}${path}`);
      await laptop.locator('main h2, main legend').first().waitFor();
    }
    await laptop.waitForTimeout(1500); // past the app's start-up check
    expect(laptopRequests.filter((p) => p.includes(chunk))).toEqual([]);
  });

  it('refuses an unsafe address before sending anything', async () => {
    await phone.goto(`${server.origin}/settings`);
    const card = phone.getByTestId('sync-card');
    await card.getByLabel('Database address').fill('http://couch.example.com/study-alice');
    await card.getByLabel('User name').fill('alice');
    await card.getByLabel('Password').fill('pw-alice');
    await card.getByRole('button', { name: 'Save and sync' }).click();
    await expect.poll(() => card.getByTestId('sync-form-error').textContent()).toMatch(/must start with https/);
    expect(await readStored(phone, 'settings', 'sync')).toBeUndefined();
  });

  it('says so when the password is wrong, the server is down, fails or is not CouchDB', async () => {
    const t = Date.now();
    await seed(phone, 'results', [answer('q-keep', t - 1000)]);
    await connect(phone, server.origin, dbUrl, 'alice', 'wrong');
    expect((await syncEnded(phone, t)).error).toBe('The server refused the user name or password.');
    await expect.poll(() => phone.getByTestId('sync-status').textContent()).toBe('The server refused the user name or password.');
    // The password never appears in a URL the app requested.
    const stored = await readStored<{ value: { url: string } }>(phone, 'settings', 'sync');
    expect(stored.value.url).toBe(dbUrl);

    for (const [url, message] of [
      [`${badOrigin}/err500/db`, /The server had an error \(HTTP 500\)/],
      [`${badOrigin}/garbage/db`, /does not answer like a CouchDB database/],
      ['http://127.0.0.1:9/nothing-here', /Could not reach the server/],
    ] as const) {
      // (A sync at the app's start may still use the previous address: the status shows the last one's outcome.)
      await connect(phone, server.origin, url, 'alice', 'pw-alice');
      await expect.poll(() => phone.getByTestId('sync-status').textContent(), { timeout: 60_000 }).toMatch(message);
      expect((await status(phone))?.error).toMatch(message);
    }
    expect(await phone.evaluate(() => (window as unknown as { __garbage?: number }).__garbage)).toBeUndefined();
    expect(await readStored(phone, 'results', 'q-keep')).toMatchObject({ answeredAt: t - 1000 });
    // The app stays usable meanwhile.
    await phone.goto(`${server.origin}/progress`);
    await phone.getByRole('button', { name: '+30 min practice' }).click();
    await expect.poll(() => phone.getByTestId('week-total').textContent()).toBe('30 min');
  });

  it('skips hostile documents, stores script as text, never replaces a running exam', async () => {
    const t = Date.now();
    const exam = {
      id: 'exam-1', packId: 'd1-bundle-1', title: 'Domain 1', questionIds: ['q1', 'q2'], answers: { q1: ['a'] }, flagged: [], current: 1,
      startedAt: t - 60_000, deadline: t + 3_600_000, limitMinutes: 60, targetPercent: 72, submittedAt: null, timedOut: false, score: null, note: '', updatedAt: t - 30_000,
    };
    await seed(phone, 'attempts', [exam]);
    const put = (id: string, doc: unknown) => couch.admin('PUT', `/study-alice/${encodeURIComponent(id)}`, doc);
    expect((await put('results:q-evil', { store: 'results', row: { ...answer('q-evil', t), constructor: { prototype: { polluted: true } } } })).status).toBe(201);
    expect((await put('evil:thing', { store: 'evil', row: {} })).status).toBe(201);
    expect((await put('studySessions:huge', { store: 'studySessions', row: { id: 'huge', day: '2026-01-05', minutes: 99_999, activity: 'reading', note: '', updatedAt: t } })).status).toBe(201);
    const xss = '<img src=x onerror="window.__xss=1"><script>window.__xss=2</script>';
    expect((await put('reports:r-xss', { store: 'reports', row: { id: 'r-xss', questionId: 'd1-001', note: xss, createdAt: t } })).status).toBe(201);
    // Another device's copy of the exam running here, changed later.
    expect((await put('attempts:exam-1', { store: 'attempts', row: { ...exam, answers: { q1: ['b'], q2: ['c'] }, current: 0, updatedAt: t } })).status).toBe(201);

    const since = Date.now();
    await connect(phone, server.origin, dbUrl, 'alice', 'pw-alice');
    const s = await syncEnded(phone, since);
    expect(s.error).toBeNull();
    expect(s.last?.skipped).toBe(3);
    expect([...(s.last?.skippedIds ?? [])].sort()).toEqual(['evil:thing', 'results:q-evil', 'studySessions:huge']);
    await expect.poll(() => phone.getByTestId('sync-detail').textContent()).toMatch(/^3 records on the server failed validation and were skipped/);
    // Still named at the next sync, while the server holds them.
    expect((await syncNow(phone)).last?.skipped).toBe(3);
    expect(await readStored(phone, 'results', 'q-evil')).toBeUndefined();
    expect(await readStored(phone, 'studySessions', 'huge')).toBeUndefined();
    expect(await phone.evaluate(() => ({} as Record<string, unknown>)['polluted'])).toBeUndefined();
    expect(await readStored(phone, 'attempts', 'exam-1')).toEqual(exam);
    // The report is data: shown as its text, never as HTML.
    expect(await readStored(phone, 'reports', 'r-xss')).toMatchObject({ note: xss });
    await phone.reload();
    await phone.getByText(xss).waitFor();
    expect(await phone.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    expect(await phone.locator('main img[src="x"]').count()).toBe(0);
    // The server keeps this device's running exam (its own copy is newer there), until it is submitted here.
    const doc = await couch.admin('GET', '/study-alice/attempts:exam-1');
    expect((doc.json as { row: { updatedAt: number } }).row.updatedAt).toBe(t);
  });

  it('loses nothing when the server is killed mid-sync, and the next sync completes', async () => {
    const N = 6000;
    const t = Date.now() - N;
    await seed(phone, 'results', Array.from({ length: N }, (_, i) => answer(`bulk-${i}`, t + i)));
    // A door in front of the server: it lets two uploads through, then the server dies as the third arrives.
    // Deterministic, whatever the machine's speed (a timed kill missed the upload on a fast one).
    const couchOrigin = new URL(dbUrl).origin;
    let uploads = 0;
    const door = createServer((req, res) => {
      if (req.method === 'POST' && /\/_bulk_docs(\?|$)/.test(req.url ?? '') && ++uploads === 3) {
        void couch.kill().then(() => req.socket.destroy());
        return;
      }
      const up = httpRequest(`${couchOrigin}${req.url}`, { method: req.method, headers: req.headers }, (r) => {
        res.writeHead(r.statusCode ?? 502, r.headers);
        r.pipe(res);
      });
      up.on('error', () => res.destroy());
      req.pipe(up);
    });
    await new Promise<void>((r) => door.listen(0, '127.0.0.1', r));
    const doorUrl = `http://127.0.0.1:${(door.address() as { port: number }).port}${new URL(dbUrl).pathname}`;
    try {
      const since = Date.now();
      await connect(phone, server.origin, doorUrl, 'alice', 'pw-alice');
      await expect.poll(() => uploads, { timeout: 60_000 }).toBeGreaterThanOrEqual(3);
      // The server is down: two uploads reached it, the rest did not.
      expect(await fetch(`${couchOrigin}/`).then(() => 'up', () => 'down')).toBe('down');
      await seed(phone, 'studySessions', [{ id: 'during', day: '2026-01-05', minutes: 20, activity: 'other', note: '', updatedAt: Date.now() }]);
      const failed = await syncEnded(phone, since);
      expect(failed.error).toMatch(/Could not reach the server|server had an error/);
      await settle(phone);
      expect(await readStored<unknown[]>(phone, 'results')).toHaveLength(N + 1); // and q-keep
      expect(await readStored(phone, 'studySessions', 'during')).toBeTruthy();

      // The server is back (empty: it kept everything in memory): the next sync completes.
      await couch.restart();
      const done = await syncNow(phone);
      expect(done.error).toBeNull();
      const count = ((await couch.admin('GET', '/study-alice')).json as { doc_count: number }).doc_count;
      expect(count).toBeGreaterThanOrEqual(N + 3);
      // And an empty device gets it all.
      const sinceL = Date.now();
      await connect(laptop, server.origin, dbUrl, 'alice', 'pw-alice');
      expect((await syncEnded(laptop, sinceL)).error).toBeNull();
      expect(await readStored<unknown[]>(laptop, 'results')).toHaveLength(N + 1);
      expect(await readStored(laptop, 'studySessions', 'during')).toBeTruthy();
      expect(await status(laptop)).toMatchObject({ last: { received: expect.any(Number) } });
    } finally {
      door.close();
    }
  });
});
