// An answer tapped on the exam screen is in the score even when Submit is
// pressed on the review screen before the tap has been written (a cold start:
// the writing worker still loading). The review screen has its own write
// queue; it used to score the stored exam without the tap, which the late
// write then found submitted and dropped.
import type { Page, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWithoutServiceWorker, type LiveApp } from './support/no-service-worker';
import { readStored } from './support/idb';
import type { Attempt } from '../../src/lib/db/schema';

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

describe('submitting from the review screen', () => {
  it('waits for the answers still being written on the exam screen', async () => {
    const held: Route[] = [];
    await page.route(/\/assets\/answer-writer[^/]*\.js$/, (route) => void held.push(route));
    await page.goto(`${app.server.origin}/practice/d1-bundle-1`);
    await page.getByRole('button', { name: 'Start exam' }).click();
    await page.waitForURL('**/exam/*');
    await page.locator('.question-meta').waitFor();
    await expect.poll(() => held.length).toBeGreaterThan(0);
    const id = new URL(page.url()).pathname.split('/')[2]!;
    await page.locator('.option input[value="b"]').check();
    await page.getByRole('link', { name: 'Review all questions before submitting' }).click();
    await page.getByRole('button', { name: 'Submit exam' }).click();
    await page.getByRole('button', { name: 'Submit anyway' }).click();
    // The tap is still waiting for its writer.
    await page.waitForTimeout(500);
    expect((await readStored<Attempt>(page, 'attempts', id)).submittedAt).toBeNull();
    for (const r of held.splice(0)) await r.continue();
    await page.waitForURL('**/results/*');
    const done = await readStored<Attempt>(page, 'attempts', id);
    expect(done.submittedAt).not.toBeNull();
    const [qid] = Object.keys(done.answers);
    expect(Object.keys(done.answers)).toHaveLength(1);
    // Scored with the tap: it became the question's last answer (unanswered ones never do).
    const result = await readStored<{ selected: string[] }>(page, 'results', qid!);
    expect(result.selected).toEqual(['b']);
    expect(done.score!.correct === 1).toBe(!done.score!.wrongIds.includes(qid!));
    expect(done.score!.total).toBe(50);
  });
});
