// No focused control hides behind a fixed or sticky bar (issue 18, item 4):
// tab through every main screen, Chapter 1 included, at 1280×800 and 390×844,
// and compare each focused element's box with the bars'. Also: the flashcard
// answer shows above the rating bar, and the score chart carries its own text.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from './support/chrome';
import { openOfflineApp } from './support/offline-app';
import { seriousViolations } from './support/axe';

let browser: Browser;
let page: Page;
let origin: string;
let chapterOne = '';
let examId = '';

beforeAll(async () => {
  ({ browser, page, origin } = await openOfflineApp('/read', { writtenOrder: true }));
  chapterOne = (await page.locator('a.chapter-link', { hasText: 'Chapter 1' }).first().getAttribute('href'))!;
  // Something on every screen: a checked practice question, a submitted exam, a running one.
  await page.goto(`${origin}/practice/d1-bundle-1`);
  await page.getByRole('button', { name: 'Start exam' }).click();
  await page.waitForURL('**/exam/*');
  await page.locator('.option input').first().check();
  await page.goto(`${page.url()}/review`);
  await page.getByRole('button', { name: 'Submit exam' }).click();
  await page.getByRole('button', { name: 'Submit anyway' }).click();
  await page.waitForURL('**/results/*');
  await page.goto(`${origin}/practice/d1-bundle-2`);
  await page.getByRole('button', { name: 'Start exam' }).click();
  await page.waitForURL('**/exam/*');
  examId = page.url().split('/exam/')[1]!;
  await page.locator('.option input').first().check();
});

afterAll(async () => {
  await browser?.close();
});

interface Stop {
  what: string;
  covered: string | null;
}

/** Presses Tab up to `max` times; for each stop, which bar (if any) covers the focused element. */
async function tabThrough(max: number): Promise<Stop[]> {
  const stops: Stop[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      const r = el.getBoundingClientRect();
      const what = `${el.tagName.toLowerCase()} "${(el.textContent ?? el.getAttribute('aria-label') ?? '').trim().slice(0, 40)}"`;
      if (r.width === 0 || r.height === 0 || el.matches('.skip-link')) return { what, covered: null, wrapped: el.matches('.skip-link') };
      const bars = ['nav.bottom-nav', 'header.app-header', '.exam-bar', '.question-actions', '.rating-bar'];
      for (const sel of bars) {
        const bar = document.querySelector<HTMLElement>(sel);
        if (!bar || bar.contains(el)) continue;
        const style = getComputedStyle(bar);
        if (style.position !== 'fixed' && style.position !== 'sticky') continue;
        const b = bar.getBoundingClientRect();
        // Sticky bars cover only when stuck; either way, overlap is what hides the control.
        const overlap = Math.min(r.bottom, b.bottom) - Math.max(r.top, b.top);
        const across = Math.min(r.right, b.right) - Math.max(r.left, b.left);
        if (overlap > 1 && across > 1) return { what, covered: `${sel} (${Math.round(overlap)}px of ${Math.round(r.height)}px)`, wrapped: false };
      }
      return { what, covered: null, wrapped: false };
    });
    if (!stop) continue;
    if (stop.wrapped && i > 0) break;
    stops.push({ what: stop.what, covered: stop.covered });
  }
  return stops;
}

const SCREENS = (): [string, number][] => [
  ['/read', 60],
  [chapterOne, 260],
  ['/practice', 40],
  ['/practice/d1-bundle-1', 30],
  ['/practice/d1-bundle-1/q', 40],
  [`/exam/${examId}`, 40],
  [`/exam/${examId}/review`, 90],
  ['/progress', 80],
  ['/progress/log', 30],
  ['/progress/timer', 20],
  ['/progress/scores', 20],
  ['/review', 60],
  ['/review/cards', 30],
  ['/settings', 40],
];

describe('focused controls stay clear of fixed bars', () => {
  for (const viewport of [
    { width: 1280, height: 800 },
    { width: 390, height: 844 },
  ]) {
    it(`at ${viewport.width}×${viewport.height}`, async () => {
      await page.setViewportSize(viewport);
      const covered: string[] = [];
      let total = 0;
      for (const [path, max] of SCREENS()) {
        await page.goto(`${origin}${path}`);
        await page.locator('main .screen > *').first().waitFor();
        // Progress's details (checklist, readiness) come once its first screenful is on screen.
        if (path === '/progress') await page.locator('main h2', { hasText: 'Chapter Completion Checklist' }).waitFor();
        if (path.endsWith('/q')) {
          // A checked question: the explanations are what the focus walks through.
          const check = page.getByRole('button', { name: 'Check' });
          if (await check.count()) {
            await page.locator('.option input').first().check();
            await check.click();
            await page.locator('.explanation').first().waitFor();
          }
        }
        if (path === '/review/cards') {
          await page.getByRole('button', { name: 'Show answer' }).click();
        }
        await page.evaluate(() => window.scrollTo(0, 0));
        await page.locator('body').focus();
        const stops = await tabThrough(max);
        total += stops.length;
        covered.push(...stops.filter((s) => s.covered).map((s) => `${path}: ${s.what} under ${s.covered}`));
      }
      expect(total).toBeGreaterThan(300);
      expect(covered).toEqual([]);
    });
  }
});

describe('reading by screen reader', () => {
  it('shows the flashcard answer above the rating bar on a desktop screen', async () => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(`${origin}/review/cards`);
    // A long card: walk to one whose answer would reach under the bar.
    await page.getByRole('button', { name: 'Show answer' }).click();
    // Focus and scroll follow in the next frame.
    await expect.poll(() => page.evaluate(() => document.activeElement?.classList.contains('flashcard-back'))).toBe(true);
    const answer = await page.locator('.flashcard-back').boundingBox();
    const bar = await page.locator('.rating-bar').boundingBox();
    expect(answer!.y).toBeLessThan(bar!.y);
    expect(answer!.y).toBeGreaterThanOrEqual(0);
    expect(await page.evaluate(() => document.activeElement?.classList.contains('flashcard-back'))).toBe(true);
  });

  it('the score chart names every score itself, and axe stays clean in light and dark', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${origin}/progress/scores`);
    const chart = page.locator('figure.chart');
    await chart.waitFor();
    expect(await chart.locator('svg').getAttribute('aria-hidden')).toBe('true');
    expect(await chart.locator('figcaption').textContent()).toMatch(/Domain 1 Bundle 1: \d+ \(\d+%\)/);
    expect(await seriousViolations(page)).toEqual([]);
    await page.emulateMedia({ colorScheme: 'dark' });
    for (const path of ['/progress/scores', `/exam/${examId}`, '/practice/d1-bundle-1/q']) {
      await page.goto(`${origin}${path}`);
      await page.locator('main .screen > *').first().waitFor();
      expect(await seriousViolations(page), path).toEqual([]);
    }
    await page.emulateMedia({ colorScheme: 'light' });
  });
});
