import type { Page } from 'playwright-core';

/** Waits until a service worker controls the page and its precache is complete. */
export async function waitForOfflineReady(page: Page): Promise<void> {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 30_000 });
  await page.evaluate(async () => {
    const reg = await navigator.serviceWorker.ready;
    // The worker is active only once its install (the whole precache) succeeded.
    if (!reg.active) throw new Error('no active service worker');
  });
}

export async function precachedUrls(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const urls: string[] = [];
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      for (const req of await cache.keys()) urls.push(new URL(req.url).pathname);
    }
    return urls;
  });
}

/** A phone screenshot of what is on screen in light and in dark (`name`-light.png, `name`-dark.png). */
export async function shootBothThemes(page: Page, name: string, options: { fullPage?: boolean } = {}): Promise<void> {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    // 'system' theme: the CSS follows the media query; two frames let it paint.
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    await page.screenshot({ path: `test-results/screens/${name}-${scheme}.png`, fullPage: options.fullPage });
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

/**
 * For a study screen about to be opened by a page load: resolves once its study clock runs. The clock's
 * code comes once the screen is drawn (app/after-first-screen.ts), and a sign of life before then is not
 * counted. Call before the navigation; await what it returns after.
 */
export function studyClockStart(page: Page): () => Promise<void> {
  const fetched = page.waitForResponse(/\/study-clock-[\w-]+\.js$/);
  return async () => {
    await fetched;
    // Its module then runs and the screen's effect starts it, in the page's next tasks.
    await page.waitForTimeout(100);
  };
}
