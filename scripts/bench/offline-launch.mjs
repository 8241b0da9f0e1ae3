// Offline launch of the installed app, as a phone opens it from the home
// screen: the service worker installed and warm, the server stopped, the CPU
// slowed 4× (CDP Emulation.setCPUThrottlingRate), a fresh tab for every run.
// Also the first search after such a launch (index not yet loaded).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { preview } from 'vite';
import { CHROME_ARGS, findChrome } from '../lib/chrome.mjs';

export const CPU_SLOWDOWN = 4;

/**
 * What "the screen's real content" is on each screen: an element that only the
 * loaded screen shows (never the empty shell, nor a busy placeholder).
 */
export const LAUNCH_SCREENS = (largestChapter) => [
  { path: '/read', content: 'main a.chapter-link' },
  { path: '/practice', content: 'main a[href="/practice/d1-bundle-1"]' },
  { path: '/review', content: 'main section.screen h2' },
  { path: '/progress', content: 'main [data-testid="week-total"]' },
  { path: `/read/${largestChapter}`, content: 'main .prose h2' },
];

export const percentile = (xs, p) => [...xs].sort((a, b) => a - b)[Math.max(0, Math.ceil(xs.length * p) - 1)];
const round = (x) => Math.round(x);

// Runs before the page's own scripts: notes when `selector` first matches (at
// the start of the frame that paints it) and the first contentful paint, then
// reports both on the console. Nothing is evaluated in the page while it
// launches: Playwright's own injected script (for waitForFunction or evaluate)
// costs about 25 ms of main thread at 4× CPU and would land inside the launch.
function watchLaunch(selector) {
  let contentAt;
  let fcp;
  const report = () => {
    if (contentAt !== undefined && fcp !== undefined) console.debug(`dva-launch ${JSON.stringify({ contentAt, fcp })}`);
  };
  const observer = new MutationObserver(() => {
    if (document.querySelector(selector) === null) return;
    observer.disconnect();
    requestAnimationFrame(() => {
      contentAt = performance.now();
      report();
    });
  });
  observer.observe(document, { childList: true, subtree: true });
  new PerformanceObserver((list) => {
    const entry = list.getEntriesByName('first-contentful-paint')[0];
    if (!entry) return;
    fcp = entry.startTime;
    report();
  }).observe({ type: 'paint', buffered: true });
}

async function throttledPage(context) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  return page;
}

async function launchOnce(context, origin, screen) {
  const page = await throttledPage(context);
  await page.addInitScript(watchLaunch, screen.content);
  const reported = new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${screen.path}: no content within 15 s`)), 15_000);
    page.on('console', (message) => {
      const text = message.text();
      if (!text.startsWith('dva-launch ')) return;
      clearTimeout(timer);
      resolve(JSON.parse(text.slice('dva-launch '.length)));
    });
  });
  reported.catch(() => undefined); // a failed goto below is the error to report
  await page.goto(`${origin}${screen.path}`, { waitUntil: 'commit' });
  const { fcp, contentAt } = await reported;
  const controlled = await page.evaluate(() => navigator.serviceWorker.controller !== null);
  await page.close();
  if (!controlled) throw new Error(`${screen.path}: the launch was not served by the service worker`);
  return { fcp, content: contentAt };
}

/** First search after a cold launch: type on /read, submit, until the first result is on screen. */
async function firstSearchOnce(context, origin, query) {
  const page = await throttledPage(context);
  await page.goto(`${origin}/read`);
  const input = page.locator('input[type=search]');
  await input.waitFor();
  await page.evaluate(() => {
    // Starts when the submit reaches the page; ends at the frame that shows a result.
    document.addEventListener('submit', () => (window.__submitAt = performance.now()), { capture: true, once: true });
    const observer = new MutationObserver(() => {
      if (document.querySelector('.search-results a')) {
        observer.disconnect();
        requestAnimationFrame(() => (window.__resultAt = performance.now()));
      }
    });
    observer.observe(document, { childList: true, subtree: true });
  });
  await input.fill(query);
  await input.press('Enter');
  await page.waitForFunction(() => window.__resultAt !== undefined, undefined, { timeout: 15_000 });
  const ms = await page.evaluate(() => window.__resultAt - window.__submitAt);
  await page.close();
  return ms;
}

/**
 * Installs the app from a preview server of dist/, stops the server, then
 * measures `runs` offline launches of each screen and `searchRuns` first searches.
 */
export async function measureOfflineLaunch({ largestChapter, runs = 20, searchRuns = 7 }) {
  const server = await preview({ preview: { host: '127.0.0.1', port: 0 }, logLevel: 'warn' });
  const origin = server.resolvedUrls.local[0].replace(/\/$/, '');
  const userDataDir = mkdtempSync(join(tmpdir(), 'dva-bench-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: findChrome(),
    headless: true,
    args: CHROME_ARGS,
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
  });
  try {
    const install = await context.newPage();
    await install.goto(`${origin}/read`);
    await install.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 30_000 });
    await install.evaluate(async () => {
      const reg = await navigator.serviceWorker.ready;
      if (!reg.active) throw new Error('no active service worker');
    });
    await install.close();
    // The server really stops: every byte now comes from the service worker's cache.
    await server.close();

    const screens = [];
    for (const screen of LAUNCH_SCREENS(largestChapter).filter((s) => !process.env.LAUNCH_ONLY || s.path === process.env.LAUNCH_ONLY)) {
      await launchOnce(context, origin, screen); // warm-up: the worker wakes, code caches fill
      const fcp = [];
      const content = [];
      for (let i = 0; i < runs; i++) {
        const r = await launchOnce(context, origin, screen);
        fcp.push(r.fcp);
        content.push(r.content);
      }
      screens.push({ path: screen.path, runs, fcpMedianMs: round(percentile(fcp, 0.5)), fcpP95Ms: round(percentile(fcp, 0.95)), contentMedianMs: round(percentile(content, 0.5)), contentP95Ms: round(percentile(content, 0.95)) });
    }

    const queries = ['visibility timeout', 'kms envelope', 'cognito identity pool', 'x-ray annotations', 'dynamodb gsi', 'canary deployment', 'sqs fifo'];
    const searches = [];
    for (let i = 0; i < searchRuns; i++) searches.push(await firstSearchOnce(context, origin, queries[i % queries.length]));
    const firstSearch = { runs: searches.length, medianMs: round(percentile(searches, 0.5)), maxMs: round(Math.max(...searches)) };
    return { cpuSlowdown: CPU_SLOWDOWN, screens, firstSearch };
  } finally {
    await context.close();
    await server.close().catch(() => undefined);
    rmSync(userDataDir, { recursive: true, force: true });
  }
}

// `node scripts/bench/offline-launch.mjs`: this part alone, on the current dist/.
if (import.meta.url === `file://${process.argv[1]}`) {
  const result = await measureOfflineLaunch({ largestChapter: '03-domain-2-security', runs: Number(process.env.RUNS ?? 20) });
  console.log(JSON.stringify(result, null, 2));
}
