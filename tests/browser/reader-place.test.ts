// The reading place, offline: leaving a chapter (a tab, Back) keeps the place
// the reader reached, and Continue comes back to the paragraph, not the heading.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from './support/chrome';
import { openOfflineApp } from './support/offline-app';
import { readStored } from './support/idb';

let browser: Browser;
let page: Page;
let origin: string;

beforeAll(async () => {
  ({ browser, page, origin } = await openOfflineApp('/read'));
});

afterAll(async () => {
  await browser?.close();
});

interface Row { anchor: string; progress: number; read: boolean; block?: number; offset?: number }

const CHAPTER = '03-domain-2-security';

const chapterReady = async (): Promise<void> => {
  await page.waitForFunction(() => performance.getEntriesByName('chapter-interactive').length > 0);
  // The reading-place tracker starts listening two frames after the chapter's effects have run.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => requestAnimationFrame(r)))));
};

/** Opens the chapter from the chapter list, so Back has somewhere to go. */
async function openFromList(id: string): Promise<void> {
  await page.goto(`${origin}/read`);
  await page.evaluate(() => performance.clearMarks('chapter-interactive'));
  await page.locator(`.chapter-list a[href="/read/${id}"]`).click();
  await page.waitForURL(`**/read/${id}`);
  await chapterReady();
}

/** Scrolls to a fraction of the chapter and returns the text of the paragraph under the top of the screen. */
async function scrollTo(fraction: number): Promise<string> {
  return page.evaluate(async (f) => {
    const prose = document.querySelector('.prose')!;
    prose.classList.add('exact'); // real heights, so the fraction is exact
    const top = prose.getBoundingClientRect().top + window.scrollY;
    window.scrollTo(0, top + prose.getBoundingClientRect().height * f);
    prose.classList.remove('exact');
    // Parts coming on screen are laid out at the next frame.
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    const line = Math.max(100, document.querySelector('.chapter-tools')!.getBoundingClientRect().bottom) + 24;
    for (let y = line; y < line + 200; y += 6) {
      const el = document.elementFromPoint(60, y)?.closest('.prose p, .prose li, .prose pre, .prose tr, .prose figure, .prose .heading-row, .prose dt, .prose dd');
      if (el) return el.textContent!.trim().slice(0, 80);
    }
    throw new Error('no paragraph under the top of the screen');
  }, fraction);
}

/** True when the element whose text starts with `text` is on screen near the top. */
const onScreenNearTop = (text: string): Promise<boolean> =>
  page.evaluate((t) => {
    const el = [...document.querySelectorAll('.prose p, .prose li, .prose pre, .prose tr, .prose figure, .prose .heading-row, .prose dt, .prose dd')]
      .reverse()
      .find((e) => e.textContent!.trim().startsWith(t));
    if (!el) return false;
    const r = el.getBoundingClientRect();
    return r.top < 300 && r.bottom > 60;
  }, text);

describe('leaving a chapter keeps the place the reader reached', () => {
  it('by a tab, right after scrolling', async () => {
    await openFromList(CHAPTER);
    const text = await scrollTo(0.4);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Practice' }).click();
    await page.waitForURL('**/practice');
    await page.waitForTimeout(300);
    const row = await readStored<Row>(page, 'reading', CHAPTER);
    expect(row.read).toBe(false);
    expect(row.progress).toBeGreaterThan(0.3);
    expect(row.progress).toBeLessThan(0.6);
    await page.goto(`${origin}/read`);
    await expect.poll(() => page.locator('.continue-card').textContent()).toMatch(/\b(3\d|4\d|5\d)% read/);
    await page.locator('.continue-card').click();
    await page.waitForURL(`**/read/${CHAPTER}?resume`);
    await chapterReady();
    await expect.poll(() => onScreenNearTop(text)).toBe(true);
  });

  it('by Back, after the position was saved', async () => {
    await openFromList(CHAPTER);
    const text = await scrollTo(0.25);
    await page.waitForTimeout(800);
    await page.goBack();
    await page.waitForURL('**/read');
    await page.waitForTimeout(300);
    const row = await readStored<Row>(page, 'reading', CHAPTER);
    expect(row.read).toBe(false);
    expect(row.progress).toBeLessThan(0.45);
    await page.goto(`${origin}/read?continue`);
    await page.waitForURL(`**/read/${CHAPTER}?resume`);
    await chapterReady();
    await expect.poll(() => onScreenNearTop(text)).toBe(true);
  });

  it('does not mark the chapter read when a jump (the section menu) lands at its end', async () => {
    const SHORT_END = '01-fundamentals'; // its last section is shorter than a screen
    await openFromList(SHORT_END);
    await page.locator('summary', { hasText: 'Sections' }).click();
    await page.locator('.toc li a').last().click();
    await page.waitForTimeout(900);
    // The jump did land with the chapter's end on screen.
    expect(await page.evaluate(() => document.querySelector('.prose')!.getBoundingClientRect().bottom <= window.innerHeight)).toBe(true);
    const row = await readStored<Row | undefined>(page, 'reading', SHORT_END);
    expect(row?.read ?? false).toBe(false);
    // Scrolling on to the end is the reader getting there.
    await page.mouse.move(200, 400);
    await page.mouse.wheel(0, -300);
    await page.waitForTimeout(100);
    await page.mouse.wheel(0, 20_000);
    await expect.poll(async () => (await readStored<Row>(page, 'reading', SHORT_END)).read, { timeout: 3000 }).toBe(true);
    await page.getByRole('button', { name: /Read ✓/ }).click();
    await expect.poll(async () => (await readStored<Row>(page, 'reading', SHORT_END)).read).toBe(false);
  });

  it('marks the chapter read only at its end', async () => {
    await openFromList(CHAPTER);
    await scrollTo(0.6);
    await page.waitForTimeout(800);
    expect((await readStored<Row>(page, 'reading', CHAPTER)).read).toBe(false);
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await expect.poll(async () => (await readStored<Row>(page, 'reading', CHAPTER)).read, { timeout: 3000 }).toBe(true);
    // Read is kept when the reader goes back up (and Continue no longer offers it).
    await scrollTo(0.2);
    await page.waitForTimeout(800);
    expect((await readStored<Row>(page, 'reading', CHAPTER)).read).toBe(true);
    await page.getByRole('button', { name: /Read ✓/ }).click();
    await expect.poll(async () => (await readStored<Row>(page, 'reading', CHAPTER)).read).toBe(false);
  });
});

describe('resume', () => {
  it('comes back to the paragraph deep inside a long section after a reload', async () => {
    await page.goto(`${origin}/read/${CHAPTER}`);
    await chapterReady();
    // The deepest point of the longest section, two screens below its heading.
    const text = await page.evaluate(async () => {
      const prose = document.querySelector('.prose')!;
      prose.classList.add('exact');
      const heads = [...prose.querySelectorAll<HTMLElement>('h2[id], h3[id], h4[id]')].map((h) => h.getBoundingClientRect().top + window.scrollY);
      let best = 0;
      for (let i = 1; i < heads.length - 1; i++) if (heads[i + 1]! - heads[i]! > heads[best + 1]! - heads[best]!) best = i;
      window.scrollTo(0, heads[best]! + 2.2 * window.innerHeight);
      prose.classList.remove('exact');
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      const line = Math.max(100, document.querySelector('.chapter-tools')!.getBoundingClientRect().bottom) + 24;
      for (let y = line; y < line + 200; y += 6) {
        const el = document.elementFromPoint(60, y)?.closest('.prose p, .prose li, .prose pre, .prose tr, .prose figure, .prose .heading-row, .prose dt, .prose dd');
        if (el) return el.textContent!.trim().slice(0, 80);
      }
      throw new Error('no paragraph under the top of the screen');
    });
    await page.waitForTimeout(800);
    await page.reload();
    await chapterReady();
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect.poll(() => onScreenNearTop(text)).toBe(true);
    await page.goto(`${origin}/read?continue`);
    await page.waitForURL(`**/read/${CHAPTER}?resume`);
    await chapterReady();
    await expect.poll(() => onScreenNearTop(text)).toBe(true);
  });
});
