// Spaced review with the server stopped: flashcards due in the Review tab,
// one rated Good (committed before the next card, still counted after a
// reload), and a chapter marked read coming back as its Day 3 review.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from './support/chrome';
import { openOfflineApp } from './support/offline-app';
import { seriousViolations } from './support/axe';
import { ROOT } from './support/global-setup';
import { join } from 'node:path';
import { readStored } from './support/idb';

let browser: Browser;
let page: Page;
let origin: string;
const SHOTS = join(ROOT, 'test-results/screens');

beforeAll(async () => {
  ({ browser, page, origin } = await openOfflineApp('/review'));
});

afterAll(async () => {
  await browser?.close();
});

const dueCount = async (): Promise<number> => Number(await page.getByTestId('cards-due').locator('.big-number').textContent());
const front = () => page.locator('.flashcard-front').textContent();

describe('flashcards, offline', () => {
  it('shows the cards due today in the Review tab, above the question lists', async () => {
    await page.goto(`${origin}/review`);
    await page.getByRole('heading', { name: 'Due today' }).waitFor();
    expect(await dueCount()).toBe(20); // a fresh deck: the day's 20 new cards
    const headings = await page.locator('main h2').allTextContents();
    expect(headings[0]).toBe('Due today');
    expect(await page.getByTestId('cards-due').textContent()).toContain('0 to review, 20 new');
    await page.screenshot({ path: join(SHOTS, 'review-due-today-light.png') });
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('studies a card: show the answer, rate it Good, and it is off today’s queue after a reload', async () => {
    await page.getByRole('link', { name: 'Study 20 cards' }).click();
    await page.waitForURL('**/review/cards');
    expect(await page.locator('h1.app-title').textContent()).toBe('Flashcards');
    await page.locator('.flashcard-front').waitFor();
    const first = await front();
    expect(await page.getByRole('button', { name: /^Good/ }).count()).toBe(0);
    await page.getByRole('button', { name: 'Show answer' }).click();
    await page.locator('.flashcard-back').waitFor();
    const guide = page.getByRole('link', { name: 'Read this in the guide' });
    expect(await guide.getAttribute('href')).toMatch(/^\/read\/\d\d-[a-z0-9-]+#[a-z0-9-]+/);
    // Each rating shows where it would send the card.
    for (const name of ['Again', 'Hard', 'Good', 'Easy']) {
      expect(await page.getByRole('button', { name: new RegExp(`^${name} \\d+(\\.\\d)? (min|h|d|mo|y)$`) }).count()).toBe(1);
    }
    expect(await page.locator('.rating-good .rating-interval').textContent()).toBe('10 min');
    await page.screenshot({ path: join(SHOTS, 'flashcards-light.png') });
    expect(await seriousViolations(page)).toEqual([]);
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: join(SHOTS, 'flashcards-dark.png') });
    expect(await seriousViolations(page)).toEqual([]);
    await page.emulateMedia({ colorScheme: 'light' });

    await page.getByRole('button', { name: /^Good/ }).click();
    await expect.poll(front).not.toBe(first);
    expect(await page.locator('.cards-top').textContent()).toContain('19 left');

    await page.reload();
    await page.locator('.flashcard-front').waitFor();
    expect(await front()).not.toBe(first);
    expect(await page.locator('.cards-top').textContent()).toContain('19 left');
    expect(await page.locator('.flashcards .hint').first().textContent()).toContain('1 started today');

    await page.goto(`${origin}/review`);
    await page.getByRole('heading', { name: 'Due today' }).waitFor();
    expect(await dueCount()).toBe(19);
    // Rated Good, the card comes back in 10 minutes: later today, unless that is past midnight.
    const pastMidnight = await page.evaluate(() => new Date(Date.now() + 11 * 60_000).getDate() !== new Date().getDate());
    if (!pastMidnight) expect(await page.locator('.due-today').textContent()).toContain('1 more card comes back later today');
  });

  it('filters cards by kind', async () => {
    await page.goto(`${origin}/review/cards`);
    await page.getByRole('button', { name: 'Glossary', exact: true }).click();
    await page.waitForURL('**/review/cards?kind=glossary');
    await expect.poll(() => page.locator('.kind-badge').textContent()).toBe('Glossary');
    await page.getByRole('button', { name: 'Common Mistakes', exact: true }).click();
    await expect.poll(() => page.locator('.kind-badge').textContent()).toBe('Common Mistakes');
    await page.getByRole('button', { name: 'Show answer' }).click();
    await page.locator('.flashcard-back').waitFor();
    await page.screenshot({ path: join(SHOTS, 'flashcards-mistake-light.png'), fullPage: true });
    await page.getByRole('button', { name: 'Missed questions', exact: true }).click();
    await page.getByRole('heading', { name: 'No missed questions yet' }).waitFor();
    expect(await page.locator('.all-done').textContent()).toContain('Questions you answer wrong');
    await page.screenshot({ path: join(SHOTS, 'flashcards-empty-light.png') });
  });

  it('turns a question answered wrong in practice into a card, shown first', async () => {
    await page.goto(`${origin}/practice/d1-bundle-1`);
    await page.getByRole('button', { name: 'Start practice' }).click();
    await page.waitForURL('**/practice/d1-bundle-1/q');
    // Answer until one is wrong (always option A, so a miss comes quickly).
    for (let i = 0; i < 10; i++) {
      const check = page.getByRole('button', { name: 'Check' });
      await check.waitFor();
      // Tick options from A until the question is complete (one, or "Choose TWO/THREE").
      const hint = page.locator('.question .hint', { hasText: /^Select \d/ });
      const count = (await hint.count()) ? Number(/Select (\d)/.exec((await hint.textContent()) ?? '')![1]) : 1;
      for (let k = 0; k < count; k++) {
        await page.locator('.option input').nth(k).check();
        await expect.poll(() => page.locator('.option input').nth(k).isChecked()).toBe(true);
      }
      await check.click();
      await page.locator('.verdict').waitFor();
      const verdict = await page.locator('.verdict').textContent();
      if (verdict === 'Not quite.') break;
      const meta = await page.locator('.question-meta').textContent();
      await page.getByRole('button', { name: /Next|Finish/ }).click();
      await expect.poll(() => page.locator('.question-meta').textContent()).not.toBe(meta);
    }
    expect(await page.locator('.verdict').textContent()).toBe('Not quite.');
    const stem = (await page.locator('.stem').textContent())!.trim();
    // The verdict shows before the check is stored: leave once it is.
    await expect.poll(async () => (await readStored<{ correct: boolean }[]>(page, 'results')).some((r) => !r.correct)).toBe(true);
    await page.goto(`${origin}/review/cards`);
    await expect.poll(() => page.locator('.kind-badge').textContent()).toBe('Missed questions');
    expect(await front()).toContain(stem.slice(0, 40));
    expect(await front()).toMatch(/A\. [^\n]+\nB\. /);
    await page.getByRole('button', { name: 'Show answer' }).click();
    expect(await page.locator('.flashcard-back').textContent()).toMatch(/^Answer\s*Answer: [A-F]/);
    await page.getByRole('button', { name: 'Missed questions', exact: true }).click();
    await expect.poll(() => page.locator('.cards-top').textContent()).toMatch(/(^|\D)1 left/);
    await page.screenshot({ path: join(SHOTS, 'flashcards-missed-light.png') });
  });

  it('lists a chapter marked read for its Day 3 review, and takes it off once done', async () => {
    await page.clock.install();
    await page.goto(`${origin}/read/02-domain-1-development`);
    await page.getByRole('button', { name: 'Mark as read' }).click();
    await expect.poll(() => page.locator('.chapter-end button').first().getAttribute('aria-pressed')).toBe('true');

    await page.goto(`${origin}/review`);
    await page.getByRole('heading', { name: 'Due today' }).waitFor();
    expect(await page.locator('.due-today').textContent()).toMatch(/None due\. Next: Chapter \d+, Day 3, on /);

    await page.clock.fastForward(72 * 3_600_000); // Day 4: the Day 3 review is a day overdue
    await page.reload();
    await page.getByRole('heading', { name: 'Due today' }).waitFor();
    const review = page.locator('.chapter-review');
    expect(await review.count()).toBe(1);
    expect(await review.textContent()).toContain('Day 3: Review briefly');
    expect(await review.textContent()).toContain('1 day overdue');
    expect(await review.getByRole('link', { name: /^Open chapter/ }).getAttribute('href')).toBe('/read/02-domain-1-development');
    // The card rated Good three days ago is due again too.
    expect(await page.getByTestId('cards-due').textContent()).toContain('1 to review');
    await page.screenshot({ path: join(SHOTS, 'review-chapter-due-light.png') });
    expect(await seriousViolations(page)).toEqual([]);

    await review.getByRole('button', { name: /^Done/ }).click();
    await expect.poll(() => page.locator('.chapter-review').count()).toBe(0);
    await page.reload();
    await page.getByRole('heading', { name: 'Due today' }).waitFor();
    expect(await page.locator('.chapter-review').count()).toBe(0);
    expect(await page.locator('.due-today').textContent()).toMatch(/Next: Chapter \d+, Day 7, on /);
  });

  it('caps intervals before the exam day when one is set, and says so', async () => {
    // The exam day is set in the Plan (Progress tab); written directly here. The cap is on by default.
    await page.evaluate(async () => {
      const d = new Date(Date.now() + 4 * 86_400_000);
      const day = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const req = indexedDB.open('dva-study');
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
      await new Promise<void>((resolve, reject) => {
        const tx = db.transaction('settings', 'readwrite');
        tx.objectStore('settings').put({ key: 'examDay', value: day });
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    });
    await page.goto(`${origin}/review/cards?kind=glossary`);
    await page.locator('.cap-note').waitFor();
    expect(await page.locator('.cap-note').textContent()).toMatch(/^Exam on .+: intervals are capped so every review falls before it\.$/);
    // Keyboard: Space shows the answer (pressed again until the screen's key handler is attached).
    await expect
      .poll(async () => {
        if (!(await page.locator('.flashcard-back').count())) await page.keyboard.press('Space');
        return page.locator('.flashcard-back').count();
      })
      .toBe(1);
    // A new card rated Easy would be 8 days away; the exam is at most 4 days off.
    expect(await page.locator('.rating-easy .rating-interval').textContent()).toMatch(/^[1-4] d$|^\d+ h$/);
    const before = await front();
    await page.keyboard.press('3'); // and 1–4 rate
    await expect.poll(front).not.toBe(before);
  });
});
