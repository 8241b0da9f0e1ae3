// The guide with the server stopped: every chapter and diagram, search, stars,
// checklists, read state and the remembered reading position.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type Browser } from './support/chrome';
import { startStaticServer, type StaticServer } from './support/static-server';
import { waitForOfflineReady } from './support/app';
import { DIST } from './support/global-setup';

let server: StaticServer;
let browser: Browser;
let page: Page;
let origin: string;

beforeAll(async () => {
  server = await startStaticServer(DIST);
  origin = server.origin;
  browser = await launchBrowser();
  page = browser.context.pages()[0] ?? (await browser.context.newPage());
  await page.goto(`${origin}/read`);
  await waitForOfflineReady(page);
  await page.getByText('Ready to work offline').waitFor();
  await server.stop(); // everything below runs from the cache
});

afterAll(async () => {
  await browser?.close();
});

/** Waits until the chapter on screen is complete and hydrated (the reader's own mark). */
const chapterReady = async (): Promise<void> => {
  await page.waitForFunction(() => performance.getEntriesByName('chapter-interactive').length > 0);
  // The reading-place tracker starts listening two frames after the chapter's effects have run.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => requestAnimationFrame(r)))));
};

const chapterIds = async (): Promise<string[]> => {
  await page.locator('.chapter-list a').first().waitFor();
  return page.$$eval('.chapter-list a', (links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname.split('/').pop()!));
};

/** Top of an element relative to the viewport. */
const topOf = (selector: string): Promise<number> => page.$eval(selector, (el) => el.getBoundingClientRect().top);

describe('reader, offline', () => {
  it('opens every chapter and shows all 25 diagrams as inline SVG', async () => {
    await page.goto(`${origin}/read`);
    const ids = await chapterIds();
    expect(ids).toHaveLength(10);
    let diagrams = 0;
    for (const id of ids) {
      await page.goto(`${origin}/read/${id}`);
      await chapterReady();
      const frames = page.locator('.diagram-frame');
      for (let i = 0; i < (await frames.count()); i++) {
        // Scroll to it as a reader would; its SVG is inserted as it nears the screen.
        await expect
          .poll(async () => {
            await frames.nth(i).evaluate((el) => el.scrollIntoView({ block: 'center' }));
            return frames.nth(i).locator('svg').count();
          })
          .toBe(1);
        diagrams++;
      }
    }
    expect(diagrams).toBe(25);
  });

  it('opens a diagram full screen and zooms it', async () => {
    await page.goto(`${origin}/read/02-domain-1-development`);
    await chapterReady();
    await page.getByRole("button", { name: "Enlarge" }).first().click();
    const dialog = page.getByRole('dialog');
    await expect.poll(() => dialog.locator('svg').count()).toBe(1);
    const scale = (): Promise<number> =>
      dialog.locator('.diagram-canvas').evaluate((el) => Number(/scale\(([\d.]+)\)/.exec((el as HTMLElement).style.transform)?.[1]));
    const opened = await scale();
    await dialog.getByRole('button', { name: 'Zoom in' }).click();
    await expect.poll(scale).toBeCloseTo(Math.min(8, opened * 1.5));
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
  });

  it('jumps to a far section from the section menu, exactly', async () => {
    await page.goto(`${origin}/read/03-domain-2-security`);
    await chapterReady();
    await page.locator('summary', { hasText: 'Sections' }).click();
    const last = page.locator('.toc li a').last();
    const anchor = (await last.getAttribute('href'))!.slice(1);
    await last.click();
    await expect.poll(() => topOf(`[id="${anchor}"]`)).toBeGreaterThanOrEqual(0);
    await expect.poll(() => topOf(`[id="${anchor}"]`)).toBeLessThan(200);
    await page.waitForTimeout(300); // and it stays there once the estimate is back on
    expect(await topOf(`[id="${anchor}"]`)).toBeLessThan(200);
  });

  it('searches the whole guide and jumps to the exact section', async () => {
    await page.goto(`${origin}/read`);
    await page.getByRole('searchbox', { name: 'Search the guide' }).fill('visibility timeout');
    await page.getByRole('button', { name: 'Search' }).click();
    const first = page.locator('.search-results a[href^="/read/"]').first();
    await first.waitFor();
    // Snippets follow the first results (the chapters' text is read once, in idle time).
    await expect.poll(() => page.locator('.search-results mark').first().textContent()).toMatch(/visibility|timeout/i);
    // The phrase is marked whole where a snippet has it; elsewhere each word is marked, not only the first one found.
    const marks = (await page.locator('.search-results mark').allTextContents()).map((m) => m.toLowerCase());
    expect(marks).toContain('visibility timeout');
    expect(marks.every((m) => ['visibility timeout', 'visibility', 'timeout'].some((w) => m.startsWith(w.slice(0, 7))))).toBe(true);
    const href = (await first.getAttribute('href'))!;
    await first.click();
    await page.waitForURL(`**${href}`);
    const anchor = href.split('#')[1]!;
    await expect.poll(() => topOf(`[id="${anchor}"]`)).toBeLessThan(200);
  });

  it('finds practice questions too, and opens one to answer', async () => {
    await page.goto(`${origin}/search?q=${encodeURIComponent('resizes watermarks images')}`);
    const hit = page.locator('.search-results a', { hasText: 'Practice question d1-001' });
    await hit.waitFor();
    await hit.click();
    await page.waitForURL('**/practice/q-d1-001/q');
    await expect.poll(() => page.locator('.question-meta').textContent()).toContain('Question 1 of 1');
    expect(await page.locator('.stem').textContent()).toContain('resizes and watermarks images');
  });

  it('keeps a starred Must Know fact across a reload and lists it in Review', async () => {
    await page.goto(`${origin}/read/02-domain-1-development`);
    await chapterReady();
    const star = page.locator('li.fact button.star').first();
    const label = (await star.getAttribute('data-star-label'))!;
    await star.click();
    await expect.poll(() => star.getAttribute('aria-pressed')).toBe('true');
    await page.reload();
    await chapterReady();
    await expect.poll(() => page.locator('li.fact button.star').first().getAttribute('aria-pressed')).toBe('true');

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Review' }).click();
    const item = page.getByRole('link', { name: new RegExp(label) });
    await item.click();
    await page.waitForURL('**/read/02-domain-1-development#*');
    const factId = new URL(page.url()).hash.slice(1);
    await expect.poll(() => topOf(`[id="${factId}"]`)).toBeLessThan(200);
  });

  it('keeps checklist ticks and read state, and shows them in the chapter list', async () => {
    await page.goto(`${origin}/read/02-domain-1-development`);
    await chapterReady();
    await page.locator('input.guide-check').first().check();
    await page.waitForTimeout(200);
    await page.getByRole('button', { name: 'Mark as read' }).click();
    await page.getByRole('button', { name: /Read ✓/ }).waitFor();
    await page.reload();
    await expect.poll(() => page.locator('input.guide-check').first().isChecked()).toBe(true);
    await page.goto(`${origin}/read`);
    const row = page.locator('.chapter-link', { hasText: 'Development with AWS Services' });
    await expect.poll(() => row.textContent()).toMatch(/Read ✓.*1\/\d+ checked/);
  });

  it('remembers the reading position and offers to continue after a reload', async () => {
    await page.goto(`${origin}/read/03-domain-2-security`);
    await chapterReady();
    const target = await page.$$eval('.prose h3[id]', (hs) => hs[6]!.id);
    await page.evaluate((id) => {
      const el = document.getElementById(id)!;
      window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - 70);
    }, target);
    await page.waitForTimeout(800); // the position is saved shortly after scrolling stops
    await page.reload();
    await page.getByText('Continue where you left off?').waitFor();
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect.poll(() => topOf(`[id="${target}"]`)).toBeLessThan(200);

    // The "Continue reading" shortcut goes straight back there.
    await page.goto(`${origin}/read?continue`);
    await page.waitForURL('**/read/03-domain-2-security?resume');
    await expect.poll(() => topOf(`[id="${target}"]`)).toBeLessThan(200);
  });
});
