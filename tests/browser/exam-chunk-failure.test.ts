// Found by the second adversarial review: a running exam whose question chunks fail to load once (evicted
// from the cache, a partial precache, an old tab after an update) is taken for
// "the questions are gone": ExamScreen shows "This exam has ended" and DELETES
// the running attempt with every answer. Production build, server stopped.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from './support/chrome';
import { openOfflineApp } from './support/offline-app';
import { readStored } from './support/idb';
import type { Attempt } from '../../src/lib/db/schema';

let browser: Browser;
let page: Page;
let origin: string;

beforeAll(async () => {
  ({ browser, page, origin } = await openOfflineApp('/practice'));
});

afterAll(async () => {
  await browser?.close();
});

const option = (p: Page, letter: string) => p.locator(`.option input[value="${letter}"]`);

/** Removes the precached question chunks (as an eviction or a failed precache would), and the HTTP cache. */
async function loseQuestionChunks(p: Page): Promise<string[]> {
  const removed = await p.evaluate(async () => {
    const out: string[] = [];
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      for (const req of await cache.keys()) {
        if (!req.url.includes('.js')) continue;
        const text = await (await cache.match(req))!.text();
        if ((text.match(/["']?takeaway["']?\s*:/g) ?? []).length >= 5) {
          await cache.delete(req);
          out.push(new URL(req.url).pathname);
        }
      }
    }
    return out;
  });
  const cdp = await p.context().newCDPSession(p);
  await cdp.send('Network.clearBrowserCache');
  await cdp.detach();
  return removed;
}

describe('a running exam when its question chunks cannot be loaded', () => {
  it('keeps the attempt and its answers (it must not be discarded as "questions gone")', async () => {
    await page.goto(`${origin}/practice/d1-bundle-1`);
    await page.getByRole('button', { name: /Start exam|Resume exam/ }).click();
    await page.waitForURL('**/exam/*');
    await page.locator('.question-meta').waitFor();
    const id = new URL(page.url()).pathname.split('/')[2]!;
    await option(page, 'a').check();
    await page.getByRole('button', { name: 'Next' }).click();
    await option(page, 'b').check();
    await expect.poll(() => page.locator('.exam-bar').textContent()).toContain('2/');
    const before = await readStored<Attempt>(page, 'attempts', id);
    expect(Object.keys(before.answers)).toHaveLength(2);

    const removed = await loseQuestionChunks(page);
    expect(removed.length).toBeGreaterThan(0);
    await page.reload();
    await page.waitForTimeout(4000);
    const shown = await page.locator("body").textContent();

    const after = await readStored<Attempt | undefined>(page, 'attempts', id);
    expect(shown).not.toContain('This exam has ended');
    expect(after, 'the running exam was deleted').toBeDefined();
    expect(Object.keys(after!.answers)).toHaveLength(2);
  });
});
