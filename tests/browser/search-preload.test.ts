// The first search after a cold launch: touching the search box starts loading
// the search screen and the guide's index, so Search has them when it is pressed
// (issue 13). Nothing of it loads on an ordinary launch.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type Browser } from './support/chrome';
import { startStaticServer, type StaticServer } from './support/static-server';
import { DIST } from './support/global-setup';

let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  server = await startStaticServer(DIST);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('search preload', () => {
  it('starts loading the search screen and the guide index when the search box is touched, before anything is submitted', async () => {
    const page = await browser.context.newPage();
    const requested: string[] = [];
    page.on('request', (r) => requested.push(new URL(r.url()).pathname));
    await page.goto(`${server.origin}/read`);
    await page.locator('main a.chapter-link').first().waitFor();
    await page.waitForTimeout(300);
    const index = (p: string) => /^\/assets\/search-[\w-]+\.js$/.test(p);
    const screen = (p: string) => /^\/assets\/SearchScreen-[\w-]+\.js$/.test(p);
    expect(requested.filter((p) => index(p) || screen(p))).toEqual([]); // not on every launch
    await page.locator('input[type=search]').focus();
    await expect.poll(() => requested.some(index) && requested.some(screen)).toBe(true);
    expect(page.url()).toBe(`${server.origin}/read`);
    await page.close();
  });
});
