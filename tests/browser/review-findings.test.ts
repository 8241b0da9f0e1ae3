// Bugs found in review (offline, production build): each test describes what the
// user hits. They failed when written; each fix makes its test pass.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from './support/chrome';
import { openOfflineApp } from './support/offline-app';
import { putStored, readStored } from './support/idb';

let browser: Browser;
let page: Page;
let origin: string;

beforeAll(async () => {
  ({ browser, page, origin } = await openOfflineApp('/read'));
});

afterAll(async () => {
  await browser?.close();
});

const verdict = () => page.locator('.verdict').textContent();

describe('practice by keyboard', () => {
  it('Enter pressed before an option is chosen does not leave Check dead for the rest of the session', async () => {
    await page.goto(`${origin}/practice/d2-bundle-2`);
    await page.getByRole('button', { name: /Start practice|Continue/ }).click();
    await page.waitForURL('**/practice/d2-bundle-2/q');
    await page.locator('.question-meta').waitFor();
    // Enter with nothing chosen: nothing to check (the Check button is disabled too).
    await page.keyboard.press('Enter');
    await page.waitForTimeout(200);
    expect(await verdict()).toBe('');
    // Then the user picks an option and checks, by key and by the button.
    // As many options as the question asks for (shuffled order: it may be a "Choose TWO").
    const hint = page.locator('.question .hint', { hasText: /^Select \d/ });
    const count = (await hint.count()) ? Number(/Select (\d)/.exec((await hint.textContent()) ?? '')![1]) : 1;
    for (let k = 0; k < count; k++) await page.locator('.option input').nth(k).check();
    await page.keyboard.press('Enter');
    await page.waitForTimeout(300);
    if ((await verdict()) === '') await page.getByRole('button', { name: 'Check' }).click();
    await expect.poll(verdict, { timeout: 3000 }).toMatch(/^(Right\.|Not quite\.)$/);
  });
});

interface Reading {
  anchor: string;
  block?: number;
  progress: number;
}

describe('the reading place', () => {
  const CHAPTER = '03-domain-2-security';

  it('is not lost by coming Back to a chapter opened at a section (the section menu puts #section in the address)', async () => {
    await page.goto(`${origin}/read`);
    await page.locator(`.chapter-list a[href="/read/${CHAPTER}"]`).click();
    await page.waitForURL(`**/read/${CHAPTER}`);
    await page.locator('article.chapter h1').waitFor();
    // Jump to the second section with the menu, then read on well past it.
    await page.locator('summary', { hasText: 'Sections' }).click();
    await page.locator('.toc li a').nth(1).click();
    await page.waitForURL(/#/);
    await page.waitForTimeout(300);
    const jumped = await page.evaluate(() => window.scrollY);
    for (let i = 0; i < 12; i++) {
      await page.mouse.move(200, 400);
      await page.mouse.wheel(0, 400);
      await page.waitForTimeout(60);
    }
    await page.waitForTimeout(900);
    const saved = await readStored<Reading>(page, 'reading', CHAPTER);
    const scrolled = await page.evaluate(() => window.scrollY);
    expect(scrolled - jumped).toBeGreaterThan(2000); // the reader did move on, well past the section's heading
    expect(saved.block ?? 0).toBeGreaterThan(0);
    // Another tab, then Back, as a reader does.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Practice' }).click();
    await page.waitForURL('**/practice');
    await page.goBack();
    await page.waitForURL(`**/read/${CHAPTER}#*`);
    await page.locator('article.chapter h1').waitFor();
    // Back where the reader was, or at least offered to go there (on a busy machine, a moment later;
    // a first visit's service worker may still be filling its cache)...
    const restored = async (): Promise<boolean> =>
      (await page.getByRole('button', { name: 'Continue' }).count()) > 0 || Math.abs((await page.evaluate(() => window.scrollY)) - scrolled) < 400;
    await expect.poll(restored, { timeout: 5000 }).toBe(true);
    const back = await page.evaluate(() => window.scrollY);
    const offered = await page.getByRole('button', { name: 'Continue' }).count();
    expect(offered > 0 || Math.abs(back - scrolled) < 400).toBe(true);
    // ...and a little scroll does not overwrite the saved paragraph with the section heading's.
    await page.mouse.wheel(0, 60);
    await page.waitForTimeout(900);
    const after = await readStored<Reading>(page, 'reading', CHAPTER);
    expect(offered > 0 || (after.anchor === saved.anchor && after.block === saved.block) || Math.abs(back - scrolled) < 400).toBe(true);
  });
});

describe('shuffle', () => {
  it('shuffles the options of missed questions practised from Review, like every other new practice session', async () => {
    // Shuffle is on (the default). d1-001 was last answered wrong.
    await putStored(page, 'results', { questionId: 'd1-001', packId: 'd1-bundle-1', selected: ['b'], correct: false, answeredAt: Date.now() });
    await page.goto(`${origin}/review`);
    await page.getByRole('button', { name: /^Last answered wrong/ }).click();
    await page.getByRole('button', { name: /^Practise these/ }).click();
    await page.waitForURL('**/practice/review/q');
    await page.locator('.question-meta').waitFor();
    // A practice session of its own: its options get the sitting's seed (arrange's keepOrder keeps the list's order only).
    const session = await readStored<{ questionIds: string[]; shuffleSeed?: string }>(page, 'practice', 'review');
    expect(session.questionIds).toContain('d1-001');
    expect(session.shuffleSeed).toEqual(expect.any(String));
  });
});

describe('history through a finished exam', () => {
  it('Forward after Back from Results returns to the Results, not bounced back to the pack', async () => {
    await page.goto(`${origin}/practice/d3-bundle-1`);
    await page.getByRole('button', { name: /Start exam|Resume exam/ }).click();
    await page.waitForURL('**/exam/*');
    await page.locator('.question-meta').waitFor();
    await page.getByRole('link', { name: 'Review all questions before submitting' }).click();
    await page.getByRole('button', { name: 'Submit exam' }).click();
    await page.getByRole('button', { name: 'Submit anyway' }).click();
    await page.waitForURL('**/results/*');
    const results = page.url();
    await page.goBack();
    await page.waitForURL('**/practice/d3-bundle-1');
    await page.waitForTimeout(300);
    await page.goForward();
    await page.waitForTimeout(1000);
    expect(page.url()).toBe(results);
  });
});

describe('study time the app logs', () => {
  it('does not round every short visit up to a whole minute: six visits of 40 seconds are 4 minutes, not 6', async () => {
    const setHidden = (hidden: boolean): Promise<void> =>
      page.evaluate((h) => {
        Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => (h ? 'hidden' : 'visible') });
        document.dispatchEvent(new Event('visibilitychange'));
      }, hidden);
    await page.clock.install({ time: new Date(2027, 0, 12, 10, 0, 0) });
    await page.goto(`${origin}/read/01-fundamentals`);
    await page.locator('article.chapter h1').waitFor();
    // A phone user who glances at the guide between other apps: 40 s of reading, then away for a minute.
    for (let i = 0; i < 6; i++) {
      await page.mouse.move(200, 400);
      await page.mouse.wheel(0, 120);
      await page.clock.runFor(40_000);
      await setHidden(true);
      await page.clock.runFor(60_000);
      await setHidden(false);
    }
    await page.getByRole('link', { name: 'Progress' }).click();
    await page.waitForURL('**/progress');
    await page.locator('[data-testid="week-total"]').waitFor();
    await page.clock.runFor(1_000);
    const rows = (await readStored<{ day: string; minutes: number; tracked?: boolean }[]>(page, 'studySessions')).filter((s) => s.tracked && s.day === '2027-01-12');
    const minutes = rows.reduce((s, r) => s + r.minutes, 0);
    expect(minutes).toBeGreaterThanOrEqual(3);
    expect(minutes).toBeLessThanOrEqual(5); // 4 minutes read; at most one part minute rounded up
  });
});
