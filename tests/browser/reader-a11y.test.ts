// A chapter for keyboard and screen-reader users, offline at 390×844: the
// whole outline in Chromium's accessibility tree, one h1, no repeated
// landmarks, focus on the chapter's title after opening it, and a search
// hit's words marked in the section it opens.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from './support/chrome';
import { openOfflineApp } from './support/offline-app';
import { ROOT } from './support/global-setup';

const SHOTS = join(ROOT, 'test-results/screens');
let browser: Browser;
let page: Page;
let origin: string;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  ({ browser, page, origin } = await openOfflineApp('/read'));
});

afterAll(async () => {
  await browser?.close();
});

const chapterReady = (): Promise<unknown> =>
  page.waitForFunction(() => performance.getEntriesByName('chapter-interactive').length > 0);

interface AXNode { ignored: boolean; role?: { value: string }; name?: { value: string } }

async function axTree(): Promise<AXNode[]> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Accessibility.enable');
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: AXNode[] };
  await cdp.detach();
  return nodes;
}

const LANDMARKS = new Set(['banner', 'complementary', 'contentinfo', 'form', 'main', 'navigation', 'region', 'search']);

describe('a chapter in the accessibility tree', () => {
  for (const id of ['01-fundamentals', '03-domain-2-security']) {
    it(`${id}: every heading is exposed, one h1, no landmark named twice`, async () => {
      await page.goto(`${origin}/read/${id}`);
      await chapterReady();
      await page.waitForTimeout(300); // a frame or two for the tree to settle
      const dom = await page.$$eval('h1, h2, h3, h4, h5, h6', (hs) => hs.map((h) => h.textContent!.trim()));
      const nodes = await axTree();
      const headings = nodes.filter((n) => !n.ignored && n.role?.value === 'heading');
      expect(dom.length).toBeGreaterThan(20);
      expect(headings.length).toBe(dom.length);
      expect(await page.locator('h1').count()).toBe(1);
      expect(headings.filter((n) => dom[0] === n.name?.value)).toHaveLength(1);
      const landmarks = nodes.filter((n) => !n.ignored && LANDMARKS.has(n.role?.value ?? '')).map((n) => `${n.role!.value}: ${n.name?.value ?? ''}`);
      expect(landmarks.length).toBe(new Set(landmarks).size);
    });
  }

  it('opening a chapter puts focus on its title', async () => {
    await page.goto(`${origin}/read`);
    await page.locator('.chapter-list a[href="/read/02-domain-1-development"]').click();
    await page.waitForURL('**/read/02-domain-1-development');
    await chapterReady();
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('tabindex'))).toBe('-1');
    await page.screenshot({ path: join(SHOTS, 'reader-chapter-top-light.png') });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: join(SHOTS, 'reader-chapter-top-dark.png') });
    await page.emulateMedia({ colorScheme: 'light' });
  });
});

describe('search into a chapter', () => {
  it('marks the phrase found in the section it opens, on screen', async () => {
    await page.goto(`${origin}/search?q=${encodeURIComponent('visibility timeout')}`);
    const first = page.locator('.search-results a[href^="/read/"]').first();
    await first.waitFor();
    await first.click();
    await page.waitForURL('**/read/**');
    await chapterReady();
    const marks = page.locator('.prose mark.search-hit');
    await expect.poll(() => marks.count()).toBeGreaterThan(0);
    expect((await marks.first().textContent())!.toLowerCase()).toBe('visibility timeout');
    await expect
      .poll(() => marks.first().evaluate((m) => { const r = m.getBoundingClientRect(); return r.top > 0 && r.bottom < window.innerHeight; }))
      .toBe(true);
    await page.screenshot({ path: join(SHOTS, 'reader-search-hit-light.png') });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: join(SHOTS, 'reader-search-hit-dark.png') });
    await page.emulateMedia({ colorScheme: 'light' });
  });
});
