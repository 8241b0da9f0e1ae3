// A search hit opens its section and the section stays where it landed: the
// blocks above it, laid out for the jump, keep their real sizes afterwards
// rather than falling back to their estimates (content-visibility), which
// moved the page thousands of pixels past the section on a phone.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchBrowser, type Browser } from './support/chrome';
import { startStaticServer, type StaticServer } from './support/static-server';
import { DIST } from './support/global-setup';

let server: StaticServer;
let phone: Browser;
beforeAll(async () => {
  server = await startStaticServer(DIST);
  phone = await launchBrowser({ viewport: { width: 390, height: 844 } });
});
afterAll(async () => {
  await phone?.close();
  await server?.stop();
});

const anchorTop = (page: import('playwright-core').Page) =>
  page.evaluate(() => document.getElementById(decodeURIComponent(location.hash.slice(1)))?.getBoundingClientRect().top ?? null);

for (const [query, hitIndex] of [['rds multi-az', 0], ['visibility timeout', 1]] as const) {
  it(`"${query}": the hit's section is still at the top a second after the jump`, async () => {
    const page = await phone.context.newPage();
    await page.goto(`${server.origin}/search?q=${encodeURIComponent(query)}`);
    const hit = page.locator('.search-results a[href^="/read/"]').nth(hitIndex);
    await hit.waitFor();
    await page.locator('.search-results mark').first().waitFor();
    await hit.click();
    await page.locator('.prose mark.search-hit').first().waitFor();
    await page.waitForTimeout(1000);
    const top = await anchorTop(page);
    expect(top).not.toBeNull();
    expect(top!).toBeGreaterThanOrEqual(-5);
    expect(top!).toBeLessThan(844);
    await page.close();
  });
}
