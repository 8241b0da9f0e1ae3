// A first visit over the network: what the opened screen does not need waits
// until that screen's content is on screen (app/after-first-screen.ts). On a
// slow link anything fetched before shares the screen's own round trips; this
// is what kept the question screen over its Lighthouse LCP budget (issue 13).
// Timings come from the page's own entries: the largest contentful paint (the
// time its frame reached the screen) and each script's fetch start.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useFirstVisits } from './support/first-visit';
import { waitForOfflineReady } from './support/app';

const visits = useFirstVisits();

interface Timings {
  lcp: { time: number; inMain: boolean; text: string };
  scripts: { path: string; start: number }[];
}

async function timings(page: Page): Promise<Timings> {
  return page.evaluate(
    () =>
      new Promise<Timings>((resolve) => {
        new PerformanceObserver((list) => {
          const last = list.getEntries().at(-1) as PerformanceEntry & { element: Element | null };
          const scripts = performance
            .getEntriesByType('resource')
            .filter((e) => e.name.endsWith('.js'))
            .map((e) => ({ path: new URL(e.name).pathname, start: e.startTime }));
          resolve({
            lcp: { time: last.startTime, inMain: !!last.element?.closest('main'), text: last.element?.textContent?.slice(0, 60) ?? '' },
            scripts,
          });
        }).observe({ type: 'largest-contentful-paint', buffered: true });
      }),
  );
}

const started = (t: Timings, pattern: RegExp): { path: string; start: number }[] => t.scripts.filter((s) => pattern.test(s.path));

describe('a first visit fetches what the screen does not need after the screen is drawn', () => {
  it('on a question screen: one question chunk before the stem; the worker and the study clock after it, and both still start', async () => {
    const page = await visits.newDevice();
    await page.goto(`${visits.origin()}/practice/d1-bundle-1/q`);
    await page.locator('main .option input').first().waitFor();
    // Registration and the study clock come after the paint; then the worker installs.
    await waitForOfflineReady(page);
    const t = await timings(page);
    expect(t.lcp.inMain, `largest paint: ${t.lcp.text}`).toBe(true);

    const worker = started(t, /\/workbox-window[\w.-]*\.js$/);
    const clock = started(t, /\/study-clock-[\w-]+\.js$/);
    expect(worker).toHaveLength(1);
    expect(clock).toHaveLength(1);
    expect(worker[0]!.start).toBeGreaterThanOrEqual(t.lcp.time);
    expect(clock[0]!.start).toBeGreaterThanOrEqual(t.lcp.time);

    // Only the question shown was fetched before it was drawn (not also the pack's first, for shuffle off).
    const questionChunks = started(t, /^\/assets\/\d+-[\w-]+\.js$/).filter((s) => s.start < t.lcp.time);
    expect(questionChunks.map((s) => s.path)).toHaveLength(1);
  });

  it('on Progress: the details (coach, charts, checklist) are fetched after the first screenful is drawn', async () => {
    const page = await visits.newDevice();
    await page.goto(`${visits.origin()}/progress`);
    await page.locator('main [data-testid="week-total"]').waitFor();
    await page.locator('main h2:has-text("Chapter Completion Checklist")').waitFor();
    const t = await timings(page);
    expect(t.lcp.inMain, `largest paint: ${t.lcp.text}`).toBe(true);
    const details = started(t, /\/ProgressDetails-[\w-]+\.js$/);
    expect(details).toHaveLength(1);
    expect(details[0]!.start).toBeGreaterThanOrEqual(t.lcp.time);
  });

  it('a screen that never draws its content still gets the service worker, a few seconds after load', async () => {
    const page = await visits.newDevice();
    // Every question chunk fails: the question screen stays empty.
    await page.route(/\/assets\/\d+-[\w-]+\.js$/, (route) => route.abort());
    await page.goto(`${visits.origin()}/practice/d1-bundle-1/q`);
    await page.waitForLoadState('load');
    expect(await page.evaluate(() => document.querySelector('main')?.children.length ?? 0)).toBe(0);
    const registered = (): Promise<boolean> => page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r !== undefined));
    expect(await registered()).toBe(false);
    await expect.poll(registered, { timeout: 15_000, interval: 250 }).toBe(true);
    expect(await page.evaluate(() => document.querySelector('main')?.children.length ?? 0)).toBe(0);
  });
});
