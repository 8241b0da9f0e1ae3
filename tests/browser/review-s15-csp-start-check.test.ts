// Review (session 15): csp.test.ts's second test ("runs the start script under the
// policy ... before the entry arrives") runs in the browser its first test has
// just used, where the app's service worker is installed and controls every new
// page. page.route() never sees requests a service worker answers, so its abort
// of the entry does nothing: the entry runs and asks for the launch screen's
// chunk itself. The test then passes whether or not the start script did
// anything. Fixed: that test now has a browser of its own (policy enforced,
// service workers blocked). These two check its set-up, here reproduced: the
// entry really is withheld, and a build whose start script does nothing (its
// hash updated, so the policy still allows it) is told apart.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type Browser } from './support/chrome';
import { startStaticServer, type StaticServer } from './support/static-server';
import { DIST } from './support/global-setup';

let broken: string;
const browsers: Browser[] = [];
const servers: StaticServer[] = [];

beforeAll(() => {
  // The same build, but its start script does nothing; the policy's hash is the new script's, so nothing is refused.
  broken = mkdtempSync(join(tmpdir(), 'dva-noop-start-'));
  cpSync(DIST, broken, { recursive: true });
  const html = readFileSync(join(broken, 'index.html'), 'utf8');
  const noop = '(function(){})();';
  const hash = createHash('sha256').update(noop).digest('base64');
  const next = html.replace(/<script>[\s\S]*?<\/script>/, `<script>${noop}</script>`).replace(/'sha256-[\w+/=]+'/, `'sha256-${hash}'`);
  if (next === html || !next.includes(hash)) throw new Error('could not neuter the start script');
  writeFileSync(join(broken, 'index.html'), next);
});

afterAll(async () => {
  for (const b of browsers) await b.close();
  for (const s of servers) await s.stop();
  rmSync(broken, { recursive: true, force: true });
});

/** csp.test.ts's set-up for its start script test: the policy enforced, no service worker. */
async function asCspTestLeavesIt(root: string): Promise<{ origin: string; browser: Browser }> {
  const server = await startStaticServer(root);
  servers.push(server);
  const browser = await launchBrowser({ bypassCSP: false, serviceWorkers: 'block' });
  browsers.push(browser);
  return { origin: server.origin, browser };
}

/** csp.test.ts's second test, step by step: the entry aborted, then /practice. */
async function openWithEntryAborted(browser: Browser, origin: string): Promise<{ page: Page; requested: string[] }> {
  const page = await browser.context.newPage();
  const requested: string[] = [];
  page.on('request', (r) => requested.push(new URL(r.url()).pathname));
  await page.route(/\/assets\/index-[\w-]+\.js$/, (route) => route.abort()); // "the app's entry never comes"
  await page.goto(`${origin}/practice`);
  await page.waitForTimeout(3000);
  return { page, requested };
}

describe("csp.test.ts's start script check", () => {
  it('really keeps the entry from running (else the entry, not the start script, asks for the screen)', async () => {
    const { origin, browser } = await asCspTestLeavesIt(DIST);
    const { page } = await openWithEntryAborted(browser, origin);
    expect(await page.locator('h1.app-title').count()).toBe(0);
  });

  it('can tell a start script that does nothing from one that works', async () => {
    const { origin, browser } = await asCspTestLeavesIt(broken);
    const { requested } = await openWithEntryAborted(browser, origin);
    // With the start script doing nothing and the entry truly withheld, nothing may ask for the screen's chunk.
    expect(requested.filter((p) => /^\/assets\/PracticeScreen-[\w-]+\.js$/.test(p))).toEqual([]);
  });
});
