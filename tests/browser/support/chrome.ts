import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { CHROME_ARGS, findChrome } from '../../../scripts/lib/chrome.mjs';

export { CHROME_ARGS, findChrome };

export interface Browser {
  context: BrowserContext;
  close: () => Promise<void>;
}

/** A persistent context: installability checks report 'in-incognito' otherwise. */
export async function launchBrowser(options: { colorScheme?: 'light' | 'dark'; deviceScaleFactor?: number; viewport?: { width: number; height: number }; userAgent?: string; bypassCSP?: boolean; serviceWorkers?: 'allow' | 'block' } = {}): Promise<Browser> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'dva-chrome-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: findChrome(),
    headless: true,
    args: CHROME_ARGS,
    viewport: options.viewport ?? { width: 390, height: 844 },
    deviceScaleFactor: options.deviceScaleFactor ?? 1,
    colorScheme: options.colorScheme ?? 'light',
    ...(options.userAgent ? { userAgent: options.userAgent } : {}),
    // The harness injects axe as an inline script, which the app's CSP forbids;
    // csp.test.ts checks the policy with this off.
    bypassCSP: options.bypassCSP ?? true,
    // 'block' lets a test hold the app's own requests (a service worker would answer them from its cache).
    serviceWorkers: options.serviceWorkers ?? 'allow',
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
