// A question's shortcuts act on the question on screen, never on the one
// before it: while the next question's chunk is still loading (a slow phone,
// a cold start) the screen shows no question, and F, Enter or a letter do
// nothing (they used to flag, check or answer the previous question).
import type { Page, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWithoutServiceWorker, type LiveApp } from './support/no-service-worker';
import { readStored } from './support/idb';

let app: LiveApp;
let page: Page;

beforeAll(async () => {
  // No service worker: the test holds the app's requests itself.
  app = await openWithoutServiceWorker();
  page = app.page;
});

afterAll(async () => {
  await app?.close();
});

describe('shortcuts while the next question loads', () => {
  it('F pressed before the next question is on screen flags nothing', async () => {
    await page.goto(`${app.server.origin}/practice/d1-bundle-2`);
    await page.getByRole('button', { name: /Start practice|Start over/ }).click();
    await page.waitForURL('**/practice/d1-bundle-2/q');
    await page.locator('.question-meta').waitFor();

    // From now on, question chunks (named by number) wait until released.
    const held: Route[] = [];
    await page.route(/\/assets\/\d+-[\w-]+\.js$/, (route) => void held.push(route));
    let blankSeen = false;
    for (let i = 0; i < 20 && !blankSeen; i++) {
      await page.keyboard.press('n');
      // Either the next question is already loaded (it shares a chunk), or the screen waits for it.
      await expect.poll(async () => held.length > 0 || (await page.locator('.question-meta').count()) > 0).toBe(true);
      if (held.length > 0 && (await page.locator('.question-meta').count()) === 0) {
        blankSeen = true;
        await page.keyboard.press('f');
        await page.keyboard.press('Enter');
        await page.keyboard.press('a');
      }
    }
    expect(blankSeen).toBe(true);
    const release = held.splice(0);
    await page.route(/\/assets\/\d+-[\w-]+\.js$/, (route) => void route.continue());
    for (const r of release) await r.continue();
    await page.locator('.question-meta').waitFor();
    await page.waitForTimeout(300);
    expect(await readStored(page, 'flags')).toEqual([]);
    const session = await readStored<{ answers: Record<string, unknown> }>(page, 'practice', 'd1-bundle-2');
    expect(session.answers).toEqual({});
  });
});
