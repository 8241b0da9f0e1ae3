// iOS Safari has no install prompt: a short Add-to-Home-Screen guide appears
// before the user enters any data, and says that Safari and the app keep separate data.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type Browser } from './support/chrome';
import { startStaticServer, type StaticServer } from './support/static-server';
import { DIST } from './support/global-setup';
import { readStored } from './support/idb';

const IPHONE_SAFARI =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1';

let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  server = await startStaticServer(DIST);
  browser = await launchBrowser({ userAgent: IPHONE_SAFARI });
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('iOS install guide', () => {
  it('shows on first launch, warns about separate data, and stays dismissed', async () => {
    const page = browser.context.pages()[0] ?? (await browser.context.newPage());
    await page.goto(`${server.origin}/`);
    const guide = page.getByRole('complementary', { name: 'Install the app on your iPhone' });
    await guide.waitFor();
    expect(await guide.textContent()).toContain('Add to Home Screen');
    expect(await guide.textContent()).toMatch(/separate data/);
    await guide.getByRole('button', { name: 'Got it' }).click();
    await expect.poll(async () => (await readStored<{ value: boolean } | undefined>(page, 'settings', 'iosInstallGuideDismissed'))?.value).toBe(true);
    await page.reload();
    await page.locator('h1.app-title').waitFor();
    await page.waitForTimeout(300);
    expect(await page.getByRole('complementary', { name: 'Install the app on your iPhone' }).count()).toBe(0);
    // Install help stays available in Settings (here Chromium, unlike Safari, also offers its own prompt).
    await page.goto(`${server.origin}/settings`);
    await expect.poll(() => page.getByRole('heading', { name: 'Install' }).count()).toBe(1);
  });
});
