// For tests that hold or delay the app's own requests themselves: the build
// served live, a browser with service workers blocked (a worker would answer
// from its cache, out of the test's reach), one page.
import type { Page } from 'playwright-core';
import { launchBrowser, type Browser } from './chrome';
import { startStaticServer, type StaticServer } from './static-server';
import { DIST } from './global-setup';

export interface LiveApp {
  server: StaticServer;
  browser: Browser;
  page: Page;
  close: () => Promise<void>;
}

export async function openWithoutServiceWorker(): Promise<LiveApp> {
  const server = await startStaticServer(DIST);
  const browser = await launchBrowser({ serviceWorkers: 'block' });
  const page = await browser.context.newPage();
  return {
    server,
    browser,
    page,
    close: async () => {
      await browser.close();
      await server.stop();
    },
  };
}
