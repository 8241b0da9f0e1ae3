// The sync engine (PouchDB, about 40 KB gzip) is not in the offline install:
// most users never sync, and a sync needs the network anyway. It is fetched
// with the first sync and kept by the service worker, so a device that has
// synced once syncs without the app's server; a device that never fetched it
// says plainly what it needs, and nothing local is touched.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type Browser } from './support/chrome';
import { startStaticServer } from './support/static-server';
import { DIST } from './support/global-setup';
import { openOfflineApp } from './support/offline-app';
import { shootBothThemes, waitForOfflineReady } from './support/app';
import { startCouch, type Couch } from './support/couch';
import { connect, seed, syncEnded, syncNow } from './support/sync';
import { readStored } from './support/idb';

let couch: Couch;
let dbUrl: string;
const browsers: Browser[] = [];

beforeAll(async () => {
  couch = await startCouch();
  dbUrl = await couch.addUser('bob', 'pw-bob');
});

afterAll(async () => {
  for (const b of browsers) await b.close();
  await couch?.stop();
});

const engineCached = (page: Page): Promise<string[]> =>
  page.evaluate(async () => {
    const cache = await caches.open('sync-engine');
    return (await cache.keys()).map((r) => new URL(r.url).pathname);
  });

describe('the sync engine, outside the offline install', () => {
  it("never fetched and the app's server gone: sync says it could not download its code, and local data is kept", async () => {
    const app = await openOfflineApp('/settings');
    browsers.push(app.browser);
    const t = Date.now();
    await seed(app.page, 'results', [{ questionId: 'q-keep', packId: 'd1-bundle-1', selected: ['a'], correct: true, answeredAt: t - 1000 }]);
    await connect(app.page, app.origin, dbUrl, 'bob', 'pw-bob');
    const ended = await syncEnded(app.page, t);
    expect(ended.error).toMatch(/could not download its code from the app's server\. Check the connection and sync again/);
    await expect.poll(() => app.page.getByTestId('sync-status').textContent()).toMatch(/Check the connection/);
    await app.page.getByTestId('sync-card').scrollIntoViewIfNeeded();
    await shootBothThemes(app.page, 'sync-engine-not-downloaded');
    // With no network at all, sync does not even try, and says so.
    await app.browser.context.setOffline(true);
    expect((await syncNow(app.page)).error).toBe('Offline: sync runs again when the connection is back.');
    await app.browser.context.setOffline(false);
    expect(await readStored(app.page, 'results', 'q-keep')).toMatchObject({ answeredAt: t - 1000 });
    expect(await engineCached(app.page)).toEqual([]);
    // Signing out works without the engine.
    await app.page.getByTestId('sync-card').getByRole('button', { name: /Sign out/ }).click();
    await expect.poll(async () => readStored(app.page, 'settings', 'sync')).toBeUndefined();
  });

  it('fetched by the first sync, it is kept: with the app\'s server gone, a sync still runs', async () => {
    const server = await startStaticServer(DIST);
    const browser = await launchBrowser();
    browsers.push(browser);
    const page = browser.context.pages()[0] ?? (await browser.context.newPage());
    await page.goto(`${server.origin}/settings`);
    await waitForOfflineReady(page);
    const t = Date.now();
    await seed(page, 'results', [{ questionId: 'q-one', packId: 'd1-bundle-1', selected: ['a'], correct: true, answeredAt: t - 1000 }]);
    await connect(page, server.origin, dbUrl, 'bob', 'pw-bob');
    expect((await syncEnded(page, t)).error).toBeNull();
    const cached = await engineCached(page);
    expect(cached).toHaveLength(1);
    expect(cached[0]).toMatch(/^\/assets\/engine-[\w-]+\.js$/);

    await server.stop();
    await page.reload();
    await page.getByTestId('sync-card').waitFor();
    await seed(page, 'results', [{ questionId: 'q-two', packId: 'd1-bundle-1', selected: ['b'], correct: false, answeredAt: Date.now() }]);
    const again = await syncNow(page);
    expect(again.error).toBeNull();
    expect(again.last?.sent).toBeGreaterThanOrEqual(1);
  });
});
