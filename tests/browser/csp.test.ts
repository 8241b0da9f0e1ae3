// The app runs under a Content Security Policy with no inline script: every
// screen loads and works with the policy enforced and reports no violation.
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
  it('allows no inline script and is never violated by the app', async () => {
    const page = browser.context.pages()[0] ?? (await browser.context.newPage());
    const violations: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
    });
    await page.goto(`${server.origin}/read`);
    const policy = await page.evaluate(() => document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? '');
    expect(policy).toContain("script-src 'self'");
    expect(policy).not.toMatch(/script-src[^;]*unsafe-inline/);
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
});
