// Keyboard and screen-reader use with the server stopped (issue 18): after every
// route change and in-place action focus lands on the expected target (never
// <body>), the tab's title names the screen and its subject, the exam's
// navigator closes on Escape, pacing speaks only at its thresholds, the
// question shortcuts work, and no fixed bar covers the focused control.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from './support/chrome';
import { openOfflineApp } from './support/offline-app';
import { seriousViolations } from './support/axe';
import { ROOT } from './support/global-setup';
import { join } from 'node:path';

let browser: Browser;
let page: Page;
let origin: string;
const SHOTS = join(ROOT, 'test-results/screens');

beforeAll(async () => {
  ({ browser, page, origin } = await openOfflineApp('/read', { writtenOrder: true }));
});

afterAll(async () => {
  await browser?.close();
});

interface Focused {
  tag: string;
  text: string;
  id: string;
  inMain: boolean;
  inHeader: boolean;
}

const focused = (): Promise<Focused> =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return {
      tag: el?.tagName.toLowerCase() ?? '',
      text: (el?.textContent ?? '').trim(),
      id: el?.id ?? '',
      inMain: Boolean(el?.closest('main')),
      inHeader: Boolean(el?.closest('header')),
    };
  });

const option = (letter: string) => page.locator('.option input').nth(letter.charCodeAt(0) - 97);
const title = () => page.title();

describe('focus and titles after route changes', () => {
  it('opening a chapter focuses its heading and names the chapter in the title', async () => {
    await page.goto(`${origin}/read`);
    const link = page.locator('a.chapter-link', { hasText: 'Chapter 1' }).first();
    const name = (await link.locator('.chapter-title').textContent())!.trim();
    await link.click();
    await page.waitForURL('**/read/*');
    await expect.poll(focused, { timeout: 6000 }).toMatchObject({ tag: 'h1', inMain: true });
    await expect.poll(title).toBe(`Chapter 1: ${name} · DVA-C02 Study`);
  });

  it('a search focuses its results heading, from the Read tab and from the search screen', async () => {
    await page.goto(`${origin}/read`);
    await page.getByRole('searchbox', { name: 'Search the guide' }).fill('lambda');
    await page.keyboard.press('Enter');
    await page.waitForURL('**/search?q=lambda');
    await expect.poll(focused, { timeout: 6000 }).toMatchObject({ tag: 'h2', text: 'Results for “lambda”', inMain: true });
    await expect.poll(title).toBe('Search: “lambda” · DVA-C02 Study');
    await page.getByRole('searchbox', { name: 'Search the guide' }).fill('dynamodb');
    await page.keyboard.press('Enter');
    await page.waitForURL('**/search?q=dynamodb');
    await expect.poll(async () => (await focused()).text).toBe('Results for “dynamodb”');
  });

  it('a bottom-navigation tab focuses the new screen’s heading', async () => {
    await page.goto(`${origin}/read`);
    await page.locator('.chapter-list').waitFor();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Progress' }).click();
    await page.waitForURL('**/progress');
    await expect.poll(focused, { timeout: 6000 }).toMatchObject({ tag: 'h1', text: 'Progress', inHeader: true });
    expect(await title()).toBe('Progress · DVA-C02 Study');
  });
});

describe('practice by keyboard', () => {
  it('Start practice, Check, Next: focus lands on the heading, the Next button, then the new question', async () => {
    await page.goto(`${origin}/practice/d1-bundle-2`);
    await page.getByRole('button', { name: 'Start practice' }).click();
    await page.waitForURL('**/practice/d1-bundle-2/q');
    await expect.poll(focused, { timeout: 6000 }).toMatchObject({ tag: 'h1', text: 'Practice' });
    await expect.poll(title).toBe('Practice: Domain 1 Bundle 2 · DVA-C02 Study');
    // The stem is a heading (h2 under the screen's one h1).
    expect(await page.locator('main h1').count()).toBe(0);
    expect(await page.locator('h1').count()).toBe(1);
    const stem = (await page.locator('h2.stem').textContent())!;
    expect(stem.length).toBeGreaterThan(20);
    // The verdict's live region is in the page before Check, empty.
    expect(await page.locator('[role=status].verdict').textContent()).toBe('');

    await option('a').check();
    await page.getByRole('button', { name: 'Check' }).click();
    await expect.poll(() => page.locator('.verdict').textContent()).toMatch(/^(Right\.|Not quite\.)$/);
    expect(await focused()).toMatchObject({ tag: 'button', text: 'Next' });
    // The verdict sits beside that button, in view and clear of the bottom navigation.
    const verdict = await page.locator('.verdict').boundingBox();
    const nav = await page.locator('nav.bottom-nav').boundingBox();
    expect(verdict!.y + verdict!.height).toBeLessThanOrEqual(nav!.y);
    expect(verdict!.y).toBeGreaterThan(0);
    await page.screenshot({ path: join(SHOTS, 'practice-checked-keyboard-light.png') });

    await page.keyboard.press('Enter'); // on the focused Next button
    await expect.poll(() => page.locator('.question-meta').textContent()).toContain('Question 2 of 50');
    await expect.poll(async () => (await focused()).tag).toBe('h2');
    expect((await focused()).text).not.toBe(stem);
    expect(await page.evaluate(() => document.activeElement?.classList.contains('stem'))).toBe(true);
  });

  it('"Choose TWO" says why a third tick is refused, in the hint tied to the options', async () => {
    await page.goto(`${origin}/practice/d1-bundle-1/q`);
    await page.locator('.question-meta').waitFor();
    for (let i = 0; i < 50 && (await page.locator('.option input[type=checkbox]').count()) === 0; i++) {
      const meta = await page.locator('.question-meta').textContent();
      await page.keyboard.press('n');
      await expect.poll(() => page.locator('.question-meta').textContent()).not.toBe(meta);
    }
    const boxes = page.locator('.option input[type=checkbox]');
    const hintId = await page.locator('fieldset.options').getAttribute('aria-describedby');
    const hint = page.locator(`#${hintId}`);
    expect(await hint.getAttribute('aria-live')).toBe('polite');
    await boxes.nth(0).check();
    await boxes.nth(1).check();
    await expect.poll(() => hint.textContent()).toBe('Select 2. 2 selected.');
    await boxes.nth(2).click();
    await expect.poll(() => hint.textContent()).toBe('Select 2. 2 selected. Only 2 can be chosen: untick one to pick another.');
    expect(await boxes.nth(2).isChecked()).toBe(false);
  });

  it('shortcuts pick, check, flag and move, and the help sheet opens on ? and closes on Escape', async () => {
    await page.goto(`${origin}/practice/d2-bundle-1`);
    await page.getByRole('button', { name: /Start practice|Start over/ }).click();
    await page.waitForURL('**/practice/d2-bundle-1/q');
    await page.locator('.question-meta').waitFor();
    await page.keyboard.press('2');
    expect(await option('b').isChecked()).toBe(true);
    await page.keyboard.press('c');
    expect(await option('c').isChecked()).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.verdict').textContent()).toMatch(/^(Right\.|Not quite\.)$/);
    await page.keyboard.press('f');
    await expect.poll(() => page.getByRole('button', { name: 'Flagged ⚑' }).count()).toBe(1);
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.locator('.question-meta').textContent()).toContain('Question 2 of');
    await page.keyboard.press('p');
    await expect.poll(() => page.locator('.question-meta').textContent()).toContain('Question 1 of');
    await page.keyboard.press('?');
    const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await sheet.waitFor();
    expect(await sheet.textContent()).toContain('Flag or unflag');
    await page.screenshot({ path: join(SHOTS, 'shortcuts-light.png') });
    await page.keyboard.press('Escape');
    await expect.poll(() => sheet.isVisible()).toBe(false);

    // Never while typing: the problem report's text field takes letters as text.
    await page.getByRole('button', { name: 'Report a problem' }).click();
    const field = page.getByLabel(/What looks wrong with question/);
    await field.click();
    await page.keyboard.type('fn2');
    expect(await field.inputValue()).toBe('fn2');
    expect(await page.locator('.question-meta').textContent()).toContain('Question 1 of');
    expect(await page.getByRole('button', { name: 'Flagged ⚑' }).count()).toBe(1);
  });
});

describe('progress and settings actions keep focus', () => {
  it('Save plan, quick-add, the log form, the timer and Export', async () => {
    await page.goto(`${origin}/progress`);
    const start = page.getByLabel('Start date');
    await start.waitFor();
    await page.getByRole('button', { name: 'Save plan' }).click();
    await expect.poll(focused, { timeout: 6000 }).toMatchObject({ tag: 'h2', text: 'This week' });

    const quick = page.getByRole('button', { name: '+30 min practice' });
    await quick.click();
    await expect.poll(() => page.getByTestId('week-total').textContent()).toBe('30 min');
    expect(await focused()).toMatchObject({ tag: 'button', text: '+30 min practice' });

    await page.getByRole('link', { name: 'Log study time' }).click();
    await page.waitForURL('**/progress/log');
    await expect.poll(focused, { timeout: 6000 }).toMatchObject({ tag: 'h1', text: 'Log study time' });
    await page.getByRole('button', { name: 'Save' }).click();
    await page.waitForURL(/\/progress$/);
    await expect.poll(focused, { timeout: 6000 }).toMatchObject({ tag: 'h1', text: 'Progress' });

    await page.goto(`${origin}/progress/timer`);
    await page.getByRole('button', { name: 'Start' }).click();
    await expect.poll(async () => (await focused()).text).toBe('Pause');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await focused()).text).toBe('Resume');
    await page.getByRole('button', { name: 'Stop & log' }).click();
    await expect.poll(async () => (await focused()).text).toBe('Log the timer');
    await page.getByRole('button', { name: 'Discard' }).click();
    await expect.poll(async () => (await focused()).text).toBe('Start');

    await page.goto(`${origin}/settings`);
    await page.evaluate(() => Object.defineProperty(navigator, 'canShare', { value: undefined, configurable: true }));
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export backup' }).click();
    await download;
    await expect.poll(() => page.getByTestId('backup-last').textContent()).toBe('Last backup: today.');
    expect(await page.getByTestId('backup-last').getAttribute('role')).toBe('status');
    expect(await focused()).toMatchObject({ tag: 'button', text: 'Export backup' });
  });
});

describe('exam by keyboard', () => {
  it('Start exam, Next, a navigator jump and Escape; Submit lands on the results heading', async () => {
    await page.goto(`${origin}/practice/d3-bundle-1`);
    await page.getByRole('button', { name: 'Start exam' }).click();
    await page.waitForURL('**/exam/*');
    await expect.poll(focused, { timeout: 6000 }).toMatchObject({ tag: 'h1', text: 'Exam' });
    await expect.poll(title).toMatch(/^Exam: Domain 3 Bundle 1 · DVA-C02 Study$/);

    await page.keyboard.press('1');
    await page.getByRole('button', { name: 'Next' }).click();
    await expect.poll(() => page.locator('.question-meta').textContent()).toContain('Question 2 of');
    await expect.poll(async () => page.evaluate(() => document.activeElement?.classList.contains('stem'))).toBe(true);

    // The navigator: a jump focuses the question; Escape closes it and returns to its toggle.
    const toggle = page.getByRole('button', { name: 'Questions' });
    await toggle.click();
    await page.getByRole('button', { name: 'Question 5, unanswered' }).click();
    await expect.poll(() => page.locator('.question-meta').textContent()).toContain('Question 5 of');
    await expect.poll(async () => page.evaluate(() => document.activeElement?.classList.contains('stem'))).toBe(true);
    expect(await page.locator('#question-navigator').count()).toBe(0);

    await toggle.click();
    await page.getByRole('button', { name: 'Question 1, answered' }).focus();
    await page.keyboard.press('Escape');
    expect(await page.locator('#question-navigator').count()).toBe(0);
    expect(await focused()).toMatchObject({ tag: 'button', text: 'Questions' });
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');

    // Focus leaving it closes it too.
    await toggle.click();
    await page.getByRole('button', { name: 'Question 1, answered' }).focus();
    await page.keyboard.down('Shift');
    for (let i = 0; i < 3 && (await page.locator('#question-navigator').count()) > 0; i++) await page.keyboard.press('Tab');
    await page.keyboard.up('Shift');
    expect(await page.locator('#question-navigator').count()).toBe(0);

    // Shortcuts in the exam: flag, next.
    await page.keyboard.press('f');
    await expect.poll(() => page.getByRole('button', { name: 'Flagged ⚑' }).count()).toBe(1);
    await page.keyboard.press('n');
    await expect.poll(() => page.locator('.question-meta').textContent()).toContain('Question 6 of');
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole('link', { name: 'Review all questions before submitting' }).click();
    await page.waitForURL('**/review');
    await expect.poll(focused, { timeout: 6000 }).toMatchObject({ tag: 'h1' });
    await expect.poll(title).toBe('Review before submitting: Domain 3 Bundle 1 · DVA-C02 Study');
    await page.getByRole('button', { name: 'Submit exam' }).click();
    await page.getByRole('button', { name: 'Submit anyway' }).click();
    await page.waitForURL('**/results/*');
    await expect.poll(focused, { timeout: 6000 }).toMatchObject({ tag: 'h1', text: 'Results' });
    await expect.poll(title).toBe('Results: Domain 3 Bundle 1 · DVA-C02 Study');

    // Every question says right, wrong or not answered in words.
    const first = (await page.locator('.result-questions summary').first().textContent())!;
    expect(first).toMatch(/^✓ Right · 1\.|^✗ Wrong · 1\./);
    expect(await page.locator('.result-questions summary', { hasText: 'Not answered' }).count()).toBeGreaterThan(0);
    // Saving the note keeps focus on its button and says so.
    await page.getByLabel(/Action items/).fill('Revisit DynamoDB capacity.');
    await page.getByRole('button', { name: 'Save note' }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Saved.' }).count()).toBe(1);
    expect(await focused()).toMatchObject({ tag: 'button', text: 'Save note' });
  });

  it('speaks pacing only when it changes category or a time warning falls due, over 10 simulated minutes', async () => {
    await page.clock.install();
    await page.goto(`${origin}/practice/d2-bundle-2`);
    await page.getByRole('button', { name: 'Start exam' }).click();
    await page.waitForURL('**/exam/*');
    const meta = page.locator('.question-meta');
    await meta.waitFor();
    const total = Number((await meta.textContent())!.match(/of (\d+)/)![1]);
    const limit = total * 2;
    // Answer up to the first checkpoint, so a pace hint shows.
    const firstCheckpoint = Math.round((15 / 65) * total);
    for (let i = 0; i < firstCheckpoint; i++) {
      await page.keyboard.press('1');
      await expect.poll(() => page.locator('.exam-bar').textContent()).toContain(`${i + 1}/${total} answered`);
      await page.keyboard.press('n');
      await expect.poll(() => meta.textContent()).toContain(`Question ${i + 2} of`);
    }
    await expect.poll(() => page.locator('.pace').count()).toBe(1);
    const announcer = page.getByTestId('pace-announcer');
    await expect.poll(() => announcer.textContent()).toMatch(/^On pace after question \d+\.$/);

    /** Ten simulated minutes in 15-second steps: what the hint showed and what was spoken. */
    async function tenMinutes(): Promise<{ shown: Set<string>; spoken: string[] }> {
      const shown = new Set<string>();
      const spoken = [(await announcer.textContent()) ?? ''];
      for (let s = 0; s < 10 * 60; s += 15) {
        await page.clock.fastForward(15_000);
        await page.locator('.clock').textContent();
        const text = (await announcer.textContent()) ?? '';
        if (text !== spoken.at(-1)) spoken.push(text);
        shown.add((await page.locator('.pace').textContent()) ?? '');
      }
      return { shown, spoken: spoken.slice(1) };
    }

    // On pace for the first ten minutes: the hint counts the minutes down, nothing is said.
    const early = await tenMinutes();
    expect(early.shown.size).toBeGreaterThan(5);
    expect(early.spoken).toEqual([]);

    // Around the 30-minute mark (the pace turned "behind" on the way there): one warning, once.
    await page.clock.fastForward((limit - 10 - 35) * 60_000);
    await expect.poll(() => page.locator('.clock').textContent()).toMatch(/^3[45]:/);
    await expect.poll(() => announcer.textContent()).toMatch(/^A little behind after question/);
    const late = await tenMinutes();
    expect(late.spoken).toEqual(['30 minutes left.']);
    expect(await page.locator('.clock').getAttribute('role')).toBe('timer');
  });
});
