// Review (session 14), behaviour that held up: the study clock's chunk now loads
// after the launch screen is drawn, so a fast A→B→A while it is on its way must
// leave exactly A's clock running; and a tap before the content (which ends
// largest-contentful-paint entries) must not hold the deferred work back.
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchBrowser, type Browser } from './support/chrome';
import { startStaticServer, type StaticServer } from './support/static-server';
import { DIST } from './support/global-setup';
import { readStored } from './support/idb';
import type { StudySession } from '../../src/lib/db/schema';

let server: StaticServer;
const browsers: Browser[] = [];
beforeAll(async () => { server = await startStaticServer(DIST); });
afterAll(async () => { for (const b of browsers) await b.close(); await server?.stop(); });

const go = (page: Page, path: string) => page.evaluate((p) => { history.pushState(null, '', p); dispatchEvent(new PopStateEvent('popstate')); }, path);

async function activeFor(page: Page, minutes: number): Promise<void> {
  for (let i = 0; i < minutes; i++) {
    await page.mouse.move(200, 400);
    await page.mouse.wheel(0, 120);
    await page.clock.runFor(60_000);
  }
  await page.mouse.wheel(0, 120);
}

it('A→B→A→Settings while the clock chunk is still on its way: no screen left behind keeps counting; the next study screen does', async () => {
  const browser = await launchBrowser({ serviceWorkers: 'block' });
  browsers.push(browser);
  const page = await browser.context.newPage();
  let release!: () => void;
  const held = new Promise<void>((r) => (release = r));
  let asked = 0;
  await page.route(/study-clock-[\w-]+\.js$/, async (route) => { asked++; await held; await route.continue(); });
  await page.clock.install({ time: new Date(2026, 11, 3, 10, 0, 0) });
  await page.goto(`${server.origin}/read/01-fundamentals`);
  await page.locator('article.chapter h1').waitFor();
  await page.clock.runFor(1000);
  await expect.poll(() => asked).toBe(1);
  await go(page, '/review/cards');
  await page.getByRole('button', { name: /Show answer/ }).waitFor();
  await page.evaluate(() => history.back());
  await page.locator('article.chapter h1').waitFor();
  await go(page, '/settings');
  await page.getByText(/^Version /).waitFor();
  release();
  await page.waitForTimeout(500);
  await activeFor(page, 3); // on Settings: not study
  const tracked = async () => (await readStored<StudySession[]>(page, 'studySessions')).filter((s) => s.tracked);
  await page.evaluate(() => history.back()); // the chapter again
  await page.locator('article.chapter h1').waitFor();
  await activeFor(page, 3);
  await page.getByRole('link', { name: 'Progress' }).click();
  await page.locator('[data-testid="week-total"]').waitFor();
  await expect.poll(async () => (await tracked()).map((s) => s.activity)).toEqual(['reading']);
  const [row] = await tracked();
  expect(row!.minutes).toBeGreaterThanOrEqual(2);
  expect(row!.minutes).toBeLessThanOrEqual(4); // the 3 minutes on Settings are not in it
}, 90_000);

it('a tap before the question is drawn: the deferred work still starts soon after it is', async () => {
  const browser = await launchBrowser();
  browsers.push(browser);
  const page = await browser.context.newPage();
  let release!: () => void;
  const held = new Promise<void>((r) => (release = r));
  await page.route(/\/assets\/\d+-[\w-]+\.js$/, async (route) => { await held; await route.continue(); });
  const t: Record<string, number> = {};
  const t0 = Date.now();
  page.on('request', (r) => { if (/workbox-window/.test(r.url())) t.worker ??= Date.now() - t0; });
  await page.goto(`${server.origin}/practice/d1-bundle-1/q`);
  await page.mouse.click(200, 500);
  await page.mouse.wheel(0, 200);
  await page.waitForTimeout(800);
  release();
  await page.locator('main .option input').first().waitFor();
  t.content = Date.now() - t0;
  await expect.poll(() => t.worker, { timeout: 5000 }).toBeDefined();
  expect(t.worker! - t.content).toBeLessThan(1000);
}, 60_000);
