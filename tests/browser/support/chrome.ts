import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/opt/google/chrome/chrome',
];

/** CHROME_PATH, else Debian's chromium, else an installed Chrome. Never skips. */
export function findChrome(): string {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROME_PATH is set to ${fromEnv}, but no file is there.`);
    return fromEnv;
  }
  const found = CANDIDATES.find((p) => existsSync(p));
  if (!found) {
    throw new Error(
      'No Chromium or Chrome found for the browser tests. Install one with `apt-get update && apt-get install -y chromium` ' +
        '(or set CHROME_PATH to a Chrome or Chromium binary), then run `npm test` again.',
    );
  }
  return found;
}

export const CHROME_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface Browser {
  context: BrowserContext;
  close: () => Promise<void>;
}

/** A persistent context: installability checks report 'in-incognito' otherwise. */
export async function launchBrowser(options: { colorScheme?: 'light' | 'dark'; deviceScaleFactor?: number; viewport?: { width: number; height: number }; userAgent?: string; bypassCSP?: boolean } = {}): Promise<Browser> {
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
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
