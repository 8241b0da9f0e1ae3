// The app runs under a Content Security Policy whose only inline script is the
// build's start script, allowed by its hash: every screen loads and works with
// the policy enforced and reports no violation.
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type Browser } from './support/chrome';
import { startStaticServer, type StaticServer } from './support/static-server';
import { DIST } from './support/global-setup';

let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  server = await startStaticServer(DIST);
  browser = await launchBrowser({ bypassCSP: false });
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('Content Security Policy', () => {
  it('allows no inline script but the start script, by its hash, and is never violated by the app', async () => {
    const page = browser.context.pages()[0] ?? (await browser.context.newPage());
    const violations: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
    });
    await page.goto(`${server.origin}/read`);
    const policy = await page.evaluate(() => document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? '');
    expect(policy).toContain("script-src 'self'");
    expect(policy).not.toMatch(/script-src[^;]*unsafe-inline/);
    const inline = await page.locator('script:not([src])').evaluateAll((scripts) => scripts.map((s) => s.textContent ?? ''));
    expect(inline).toHaveLength(1);
    const hashes = [...policy.matchAll(/'sha256-([\w+/=]+)'/g)].map((m) => m[1]);
    expect(hashes).toEqual([createHash('sha256').update(inline[0]!).digest('base64')]);
    for (const path of ['/read/02-domain-1-development', '/search?q=lambda', '/practice', '/practice/d1-bundle-1/q', '/review', '/review/cards', '/progress', '/progress/timer', '/settings']) {
      await page.goto(`${server.origin}${path}`);
      await page.locator('main h2, main h1, main legend, main .question-meta, main .flashcard, main .card').first().waitFor();
    }
    expect(violations).toEqual([]);
    // Answer taps are written by a worker: the policy lets it start.
    await page.goto(`${server.origin}/practice/d1-bundle-1/q`);
    await expect.poll(() => page.workers().some((w) => /answer-writer/.test(w.url()))).toBe(true);
    // And an inline script really is refused.
    const ran = await page.evaluate(() => {
      const s = document.createElement('script');
      s.textContent = 'window.__inlineRan = true';
      document.body.append(s);
      return (window as unknown as { __inlineRan?: boolean }).__inlineRan === true;
    });
    expect(ran).toBe(false);
  });

  it("runs the start script under the policy: the launch screen's code is asked for with no script request of its own and before the entry arrives", async () => {
    // A browser of its own with no service worker: one installed by the test above would answer the entry, out of
    // page.route's reach, and the app itself would then ask for the screen's chunk.
    const own = await launchBrowser({ bypassCSP: false, serviceWorkers: 'block' });
    const page = await own.context.newPage();
    const violations: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
    });
    const requested: string[] = [];
    page.on('request', (r) => requested.push(new URL(r.url()).pathname));
    await page.route(/\/assets\/index-[\w-]+\.js$/, (route) => route.abort()); // the app's entry never comes
    await page.goto(`${server.origin}/practice`);
    await expect.poll(() => requested.some((p) => /^\/assets\/PracticeScreen-[\w-]+\.js$/.test(p))).toBe(true);
    // Before the screen's chunk, only the entry's own graph (its module script and preloads in index.html) was asked
    // for: no script had to come back before the screen's code could be asked for.
    const html = await (await fetch(`${server.origin}/practice`)).text();
    const entryGraph = [...html.matchAll(/<(?:script type="module"[^>]*src|link rel="modulepreload"[^>]*href)="([^"]+)"/g)].map((m) => m[1]);
    expect(entryGraph.length).toBeGreaterThan(1);
    const beforeScreen = requested.slice(0, requested.findIndex((p) => /^\/assets\/PracticeScreen-/.test(p)));
    expect(beforeScreen.filter((p) => p.endsWith('.js') && !entryGraph.includes(p))).toEqual([]);
    expect(violations).toEqual([]);
    expect(await page.locator('.app-title').count()).toBe(0); // the app never ran: the start script alone asked
    await own.close();
  });
});
