// Progress draws this week, the plan and the logged sessions from its own small
// chunk; the weekly log, the coach, the charts, the checklist and readiness
// come in a chunk loaded after it (their code stood between a launch and this
// week's figures). Neither part touches Intl: its first use costs a phone
// about 50 ms. Build served live with service workers blocked, so the test can
// hold the second chunk.
import type { Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWithoutServiceWorker, type LiveApp } from './support/no-service-worker';

let app: LiveApp;
const DETAILS = /\/assets\/ProgressDetails-[\w-]+\.js$/;

beforeAll(async () => {
  app = await openWithoutServiceWorker();
});

afterAll(async () => {
  await app?.close();
});

describe('Progress, first screen', () => {
  it('shows this week, the plan and the sessions while the rest of the screen is still loading, and no date needs Intl', async () => {
    const { page, server } = app;
    await page.addInitScript(() => {
      const w = window as unknown as { __intl: number };
      w.__intl = 0;
      const Original = Intl.DateTimeFormat;
      Intl.DateTimeFormat = function (...args: ConstructorParameters<typeof Original>) {
        w.__intl++;
        return new Original(...args);
      } as unknown as typeof Intl.DateTimeFormat;
      const toLocale = Date.prototype.toLocaleDateString;
      Date.prototype.toLocaleDateString = function (...args: Parameters<typeof toLocale>) {
        w.__intl++;
        return toLocale.apply(this, args);
      };
    });
    await page.goto(`${server.origin}/progress`);
    await page.getByRole('button', { name: '+30 min practice' }).click();
    await expect.poll(() => page.getByTestId('week-total').textContent()).toBe('30 min');

    const held: Route[] = [];
    await page.route(DETAILS, (route) => void held.push(route));
    // A fresh document: the details' module is not in memory.
    await page.reload();
    await expect.poll(() => held.length).toBe(1);
    await expect.poll(() => page.getByTestId('week-total').textContent()).toBe('30 min');
    expect(await page.locator('.week-range').textContent()).toMatch(/^(Mon), (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{1,2} – Sun, [A-Z][a-z]{2} \d{1,2}$/);
    expect(await page.getByRole('link', { name: /^Edit 30 min/ }).count()).toBe(1);
    expect(await page.getByRole('heading', { name: 'Study plan' }).count()).toBe(1);
    expect(await page.getByRole('heading', { name: 'Chapter Completion Checklist' }).count()).toBe(0);

    await held[0]!.continue();
    await page.getByRole('heading', { name: 'Chapter Completion Checklist' }).waitFor();
    await page.getByTestId('readiness').waitFor();
    expect(await page.evaluate(() => (window as unknown as { __intl: number }).__intl)).toBe(0);
    await page.unroute(DETAILS);
  });

  it('says so, and loads it on Try again, when the rest of the screen cannot load', async () => {
    const { page, server } = app;
    let fail = true;
    await page.route(DETAILS, (route) => (fail ? route.abort() : route.continue()));
    await page.goto(`${server.origin}/progress`);
    const alert = page.getByRole('alert').filter({ hasText: 'The rest of Progress' });
    await alert.waitFor();
    // What was drawn stays usable.
    expect(await page.getByTestId('week-total').count()).toBe(1);
    expect(await page.getByRole('button', { name: '+15 min reading' }).isEnabled()).toBe(true);
    fail = false;
    await alert.getByRole('button', { name: 'Try again' }).click();
    await page.getByRole('heading', { name: 'Chapter Completion Checklist' }).waitFor();
    expect(await alert.count()).toBe(0);
    await page.unroute(DETAILS);
  });
});
