// The train set-up shared by the offline suites: serve the build, open the app
// once so the service worker installs everything, then stop the server.
import type { Page } from 'playwright-core';
import { launchBrowser, type Browser } from './chrome';
import { startStaticServer } from './static-server';
import { waitForOfflineReady } from './app';
import { DIST } from './global-setup';
import { putStored } from './idb';

export interface OfflineApp {
  browser: Browser;
  page: Page;
  /** The stopped server's address: every request is answered by the service worker. */
  origin: string;
}

/**
 * `writtenOrder`: turn the user's Shuffle setting off, for suites that walk a pack by its written order
 * ("question 9 is d1-009", "option c"). tests/browser/shuffle.test.ts covers shuffling itself.
 */
export async function openOfflineApp(path: string, options: { writtenOrder?: boolean } = {}): Promise<OfflineApp> {
  const server = await startStaticServer(DIST);
  const browser = await launchBrowser();
  const page = browser.context.pages()[0] ?? (await browser.context.newPage());
  await page.goto(`${server.origin}${path}`);
  await waitForOfflineReady(page);
  await page.getByText('Ready to work offline').waitFor();
  await page.getByRole('button', { name: 'OK' }).click();
  await server.stop();
  if (options.writtenOrder) await putStored(page, 'settings', { key: 'shuffle', value: false, updatedAt: Date.now() });
  return { browser, page, origin: server.origin };
}
