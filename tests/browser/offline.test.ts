// The train test: load the app once, stop the server, and everything still works.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type Browser } from './support/chrome';
import { startStaticServer, type StaticServer } from './support/static-server';
import { precachedUrls, waitForOfflineReady } from './support/app';
import { seriousViolations } from './support/axe';
import { DIST, ROOT } from './support/global-setup';
import { readStored } from './support/idb';

const SCREENS = [
  { name: 'read', path: '/read', heading: 'Read' },
  { name: 'chapter', path: '/read/02-domain-1-development', heading: 'Read' },
  { name: 'search', path: '/search?q=lambda', heading: 'Search' },
  { name: 'practice', path: '/practice', heading: 'Practice' },
  { name: 'review', path: '/review', heading: 'Review' },
  { name: 'progress', path: '/progress', heading: 'Progress' },
  { name: 'log-study-time', path: '/progress/log', heading: 'Log study time' },
  { name: 'study-timer', path: '/progress/timer', heading: 'Study timer' },
  { name: 'score-history', path: '/progress/scores', heading: 'Score history' },
  { name: 'flashcards', path: '/review/cards', heading: 'Flashcards' },
  { name: 'settings', path: '/settings', heading: 'Settings' },
];
const SHOTS = join(ROOT, 'test-results/screens');

let server: StaticServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  server = await startStaticServer(DIST);
  browser = await launchBrowser();
  page = browser.context.pages()[0] ?? (await browser.context.newPage());
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const heading = (p: Page) => p.locator('.app-title'); // an h1, except on a chapter (whose own title is its h1)

describe('offline app', () => {
  it('is controlled by a service worker with the whole app precached, and says so once', async () => {
    await page.goto(`${server.origin}/`);
    await waitForOfflineReady(page);
    await expect.poll(() => page.getByText('Ready to work offline').count(), { timeout: 20_000 }).toBe(1);
    const urls = await precachedUrls(page);
    expect(urls).toContain('/index.html');
    expect(urls.some((u) => /\/assets\/SettingsScreen-.*\.js$/.test(u))).toBe(true);
    await page.getByRole('button', { name: 'OK' }).click();
    await page.reload();
    await heading(page).waitFor();
    await page.waitForTimeout(500);
    expect(await page.getByText('Ready to work offline').count()).toBe(0);
  });

  it('is installable with no installability error', async () => {
    const cdp = await browser.context.newCDPSession(page);
    const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as { installabilityErrors: unknown[] };
    expect(installabilityErrors).toEqual([]);
    const manifest = (await cdp.send('Page.getAppManifest')) as { errors: unknown[]; url: string };
    expect(manifest.errors).toEqual([]);
    expect(manifest.url).toMatch(/manifest\.webmanifest$/);
  });

  it('logs study time, committed before it says so', async () => {
    await page.goto(`${server.origin}/progress/log`);
    await page.getByRole('button', { name: '45 min', exact: true }).click();
    await page.getByLabel('Note (optional)').fill('Lambda concurrency');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.waitForURL('**/progress');
    await expect.poll(() => page.getByTestId('week-total').textContent()).toBe('45 min');
  });

  it('shows storage use and persistence in Settings (the offer after a first session: first-week.test.ts)', async () => {
    await page.goto(`${server.origin}/settings`);
    await expect.poll(() => page.getByTestId('persisted').textContent()).toMatch(/^(Yes|Not yet)/);
    await expect.poll(() => page.getByTestId('usage').textContent()).toMatch(/ of .* available$/);
  });

  it('rejects bad input with a clear message and saves nothing', async () => {
    await page.goto(`${server.origin}/progress/log`);
    await page.getByLabel('Minutes studied').fill('0');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('at least 1');
    expect(new URL(page.url()).pathname).toBe('/progress/log');
  });

  it('keeps working with the server stopped: every tab, a deep link, Back, and saved data', async () => {
    await server.stop();
    await expect(fetch(`${server.origin}/`)).rejects.toThrow();

    await page.goto(`${server.origin}/progress/log`); // a deep link, straight from the cache
    await expect.poll(() => heading(page).textContent()).toBe('Log study time');

    await page.goto(`${server.origin}/read`);
    for (const tab of ['Practice', 'Review', 'Progress', 'Read']) {
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: tab }).click();
      await expect.poll(() => heading(page).textContent()).toBe(tab);
      await page.locator('main h2').first().waitFor();
    }
    await page.getByRole('link', { name: 'Settings' }).click();
    await expect.poll(() => heading(page).textContent()).toBe('Settings');
    await page.goBack();
    await expect.poll(() => heading(page).textContent()).toBe('Read');
    await page.goBack();
    await expect.poll(() => heading(page).textContent()).toBe('Progress');
    await expect.poll(() => page.getByTestId('week-total').textContent()).toBe('45 min');
    await page.reload();
    await expect.poll(() => page.getByTestId('week-total').textContent()).toBe('45 min');
    expect(await page.getByText('Lambda concurrency').count()).toBe(1);
  });

  it('shows an offline indicator when the network drops', async () => {
    await browser.context.setOffline(true);
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Offline' }).count()).toBe(1);
    await browser.context.setOffline(false);
  });

  it('turns the exam cap for flashcard reviews off and on, kept across reloads', async () => {
    await page.goto(`${server.origin}/settings`);
    const cap = page.getByLabel('Schedule every review before my exam day');
    expect(await cap.isChecked()).toBe(true);
    await cap.uncheck();
    await expect.poll(() => cap.isChecked()).toBe(false);
    // Reload only once the write has committed.
    await expect
      .poll(() =>
        page.evaluate(
          () =>
            new Promise<unknown>((resolve) => {
              const open = indexedDB.open('dva-study');
              open.onsuccess = () => {
                const get = open.result.transaction('settings').objectStore('settings').get('capReviewsAtExam');
                get.onsuccess = () => {
                  resolve((get.result as { value?: unknown } | undefined)?.value);
                  open.result.close();
                };
              };
            }),
        ),
      )
      .toBe(false);
    await page.reload();
    await expect.poll(() => page.getByLabel('Schedule every review before my exam day').isChecked()).toBe(false);
    await page.getByLabel('Schedule every review before my exam day').check();
  });

  it('keeps a theme override across reloads', async () => {
    await page.goto(`${server.origin}/settings`);
    await page.getByLabel('Dark').check();
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    // The page shows the theme at once; the choice is stored a moment later: reload once it is.
    await expect.poll(() => readStored<{ value: string } | undefined>(page, 'settings', 'theme').then((r) => r?.value)).toBe('dark');
    await page.reload();
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme), { timeout: 5000 }).toBe('dark');
    await page.getByLabel('Follow the system').check();
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme ?? 'system')).toBe('system');
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`has no serious accessibility violation on any screen (${scheme}), and keeps a phone screenshot`, async () => {
      await page.emulateMedia({ colorScheme: scheme });
      const problems: string[] = [];
      for (const screen of SCREENS) {
        await page.goto(`${server.origin}${screen.path}`);
        await expect.poll(() => heading(page).textContent()).toBe(screen.heading);
        await page.locator('main h2').first().waitFor();
        await page.screenshot({ path: join(SHOTS, `${screen.name}-${scheme}.png`) });
        problems.push(...(await seriousViolations(page)).map((v) => `${screen.path}: ${v}`));
      }
      expect(problems).toEqual([]);
    });
  }
});
