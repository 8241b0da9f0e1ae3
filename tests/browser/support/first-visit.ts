// For tests of a first visit over the network: the build served live, and each
// visit a new device (a browser with a fresh profile: nothing stored, nothing
// cached, no service worker yet). Call in a describe block's scope.
import { afterAll, beforeAll } from 'vitest';
import type { Page } from 'playwright-core';
import { launchBrowser } from './chrome';
import { startStaticServer, type StaticServer } from './static-server';
import { DIST } from './global-setup';

export interface FirstVisits {
  /** The server's origin (set once the suite has started). */
  origin: () => string;
  /** A page on a new device; `userAgent` to be some other phone. */
  newDevice: (options?: { userAgent?: string }) => Promise<Page>;
}

export function useFirstVisits(): FirstVisits {
  let server: StaticServer | undefined;
  const browsers: Awaited<ReturnType<typeof launchBrowser>>[] = [];
  beforeAll(async () => {
    server = await startStaticServer(DIST);
  });
  afterAll(async () => {
    for (const b of browsers) await b.close();
    await server?.stop();
  });
  return {
    origin: () => server!.origin,
    newDevice: async (options = {}) => {
      const browser = await launchBrowser(options.userAgent ? { userAgent: options.userAgent } : {});
      browsers.push(browser);
      return browser.context.newPage();
    },
  };
}
