// A new version waits for the user: "Update available", no automatic reload,
// and nothing saved is lost when the user agrees.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type Browser } from './support/chrome';
import { startStaticServer, type StaticServer } from './support/static-server';
import { waitForOfflineReady } from './support/app';
import { DIST, DIST_NEXT } from './support/global-setup';

let server: StaticServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  server = await startStaticServer(DIST);
  browser = await launchBrowser();
  page = browser.context.pages()[0] ?? (await browser.context.newPage());
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const version = (p: Page) => p.getByText(/^Version /).textContent();

describe('app update', () => {
  it('prompts for a new version and applies it only when the user agrees', async () => {
    await page.goto(`${server.origin}/settings`);
    await waitForOfflineReady(page);
    const firstVersion = await version(page);
    expect(firstVersion).not.toContain('next-test-build');

    // Log something, then leave a marker that a reload would wipe.
    await page.goto(`${server.origin}/progress/log`);
    await page.getByRole('button', { name: '1 h', exact: true }).click();
    await page.getByRole('button', { name: 'Save' }).click();
    await page.waitForURL('**/progress');
    await page.getByRole('link', { name: 'Settings' }).click();
    await page.evaluate(() => ((window as unknown as { marker: string }).marker = 'still here'));

    server.setRoot(DIST_NEXT);
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    await expect.poll(() => page.getByText('Update available').count(), { timeout: 30_000 }).toBe(1);

    // No automatic reload: the page (and its in-memory marker) survives.
    await page.waitForTimeout(1000);
    expect(await page.evaluate(() => (window as unknown as { marker?: string }).marker)).toBe('still here');
    expect(await version(page)).toBe(firstVersion);

    await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: 'Reload' }).click()]);
    await expect.poll(() => version(page), { timeout: 20_000 }).toContain('next-test-build');

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Progress' }).click();
    await expect.poll(() => page.getByTestId('week-total').textContent()).toBe('1 h');
  });

  it('"Reload" applies the update in a tab opened on the very first visit (never controlled at registration)', async () => {
    server.setRoot(DIST);
    const fresh = await launchBrowser();
    try {
      const first = fresh.context.pages()[0] ?? (await fresh.context.newPage());
      await first.goto(`${server.origin}/settings`);
      await waitForOfflineReady(first);
      const before = await version(first);
      expect(before).not.toContain('next-test-build');
      server.setRoot(DIST_NEXT);
      await first.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
      await expect.poll(() => first.getByText('Update available').count(), { timeout: 30_000 }).toBe(1);
      await Promise.all([first.waitForEvent('load', { timeout: 15_000 }), first.getByRole('button', { name: 'Reload' }).click()]);
      await expect.poll(() => version(first), { timeout: 20_000 }).toContain('next-test-build');
      expect(await first.getByText('Update available').count()).toBe(0);
    } finally {
      await fresh.close();
    }
  });
});
