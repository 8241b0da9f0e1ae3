// Two tabs of the app: study time logged in one appears in the other at once,
// without a reload (BroadcastChannel 'dva-study-changes').
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type Browser } from './support/chrome';
import { startStaticServer, type StaticServer } from './support/static-server';
import { waitForOfflineReady } from './support/app';
import { DIST } from './support/global-setup';

let server: StaticServer;
let browser: Browser;
let a: Page;
let b: Page;

beforeAll(async () => {
  server = await startStaticServer(DIST);
  browser = await launchBrowser();
  a = browser.context.pages()[0] ?? (await browser.context.newPage());
  await a.goto(`${server.origin}/progress`);
  await waitForOfflineReady(a);
  // From here on the service worker serves everything: the tabs talk without a server.
  await server.stop();
  b = await browser.context.newPage();
  await b.goto(`${server.origin}/progress`);
  await b.getByTestId('week-total').waitFor();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop().catch(() => undefined);
});

describe('two tabs', () => {
  it("shows study time logged in one tab in the other tab's Progress, without a reload", async () => {
    const before = await b.getByTestId('week-total').textContent();
    expect(before).not.toBe('45 min');
    await b.evaluate(() => {
      (window as unknown as { notReloaded?: boolean }).notReloaded = true;
    });

    await a.goto(`${server.origin}/progress/log`);
    await a.getByRole('button', { name: '45 min', exact: true }).click();
    await a.getByLabel('Note (optional)').fill('Two tabs');
    await a.getByRole('button', { name: 'Save' }).click();
    await a.waitForURL('**/progress');
    await expect.poll(() => a.getByTestId('week-total').textContent()).toBe('45 min');

    await expect.poll(() => b.getByTestId('week-total').textContent(), { timeout: 5_000 }).toBe('45 min');
    expect(await b.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);
  });

  it("lists a question pack imported in one tab in the other tab's Practice, and drops it when deleted", async () => {
    await b.goto(`${server.origin}/practice`);
    await b.locator('.pack-link').first().waitFor();
    const builtIn = await b.locator('.pack-link').count();
    await a.goto(`${server.origin}/practice`);
    await a.getByLabel('Choose a .json or .md file').setInputFiles({ name: 'tabs.md', mimeType: 'text/markdown', buffer: Buffer.from('# Tab bank\n### Q?\n- [x] a\n- [ ] b\n') });
    await a.getByRole('button', { name: 'Import 1 question' }).click();
    await a.waitForURL(/\/practice\/my-[a-z0-9]+$/);
    await expect.poll(() => b.locator('.pack-link', { hasText: 'Tab bank' }).count(), { timeout: 5_000 }).toBe(1);
    await a.getByRole('button', { name: 'Delete' }).click();
    await a.getByRole('button', { name: 'Delete pack' }).click();
    await expect.poll(() => b.locator('.pack-link').count(), { timeout: 5_000 }).toBe(builtIn);
  });
});
