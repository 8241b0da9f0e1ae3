// Practice and exams with the server stopped: answer, check, flag, reload
// mid-exam, resume, submit, and find the attempt in history and the flags in Review.
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
  ({ browser, page, origin } = await openOfflineApp('/practice', { writtenOrder: true }));
});

afterAll(async () => {
  await browser?.close();
});

const option = (letter: string) => page.locator(`.option input[value="${letter}"]`);
const heading = () => page.locator('h1.app-title').textContent();

describe('practice packs, offline', () => {
  it('lists every pack the guide names, with no empty bundle', async () => {
    await page.goto(`${origin}/practice`);
    await page.locator('.pack-link').first().waitFor();
    expect(await page.locator('.pack-link').count()).toBe(14);
    expect(await page.locator('.pack-link', { hasText: 'Domain 1 Bundle 1' }).textContent()).toContain('50 questions');
    expect(await page.locator('.pack-link', { hasText: 'Domain 1 Bundle 2' }).textContent()).toContain('50 questions');
    for (const title of ['Domain 2 Bundle 1', 'Domain 2 Bundle 2', 'Domain 3 Bundle 1', 'Domain 3 Bundle 2', 'Domain 4 Bundle 1', 'Lambda Serverless Bundle', 'API Integration Bundle', 'Security & Identity Bundle', 'CI/CD Deployment Bundle']) {
      expect(await page.locator('.pack-link', { hasText: title }).textContent(), title).toMatch(/\d+ questions · target/);
    }
    expect(await page.getByText('not written yet').count()).toBe(0);
    await page.screenshot({ path: join(SHOTS, 'practice-packs-light.png') });
  });

  it('practises with instant explanations and returns to the same place', async () => {
    await page.goto(`${origin}/practice/d1-bundle-1`);
    await page.getByRole('button', { name: 'Start practice' }).click();
    await page.waitForURL('**/practice/d1-bundle-1/q');
    await option('a').check();
    await page.getByRole('button', { name: 'Check' }).click();
    await page.locator('.explanation').first().waitFor();
    expect(await page.locator('.explanation').count()).toBe(await page.locator('.option').count());
    const guide = page.getByRole('link', { name: 'Read this in the guide' });
    expect(await guide.getAttribute('href')).toMatch(/^\/read\/\d\d-[a-z0-9-]+#[a-z0-9-]+$/);
    await page.screenshot({ path: join(SHOTS, 'practice-question-light.png') });
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Next' }).click();
    await expect.poll(() => page.locator('.question-meta').textContent()).toContain('Question 2 of 50');
    // The screen moves before the move is stored: reload once it is.
    await expect.poll(async () => (await readStored<{ index: number }>(page, 'practice', 'd1-bundle-1'))?.index).toBe(1);
    await page.reload();
    await expect.poll(() => page.locator('.question-meta').textContent()).toContain('Question 2 of 50');
  });

  it('keeps a problem report on a question, listed in Settings', async () => {
    await page.goto(`${origin}/practice/q-d1-003/q`);
    await option('a').check();
    await page.getByRole('button', { name: 'Check' }).click();
    await page.getByRole('button', { name: 'Report a problem' }).click();
    await page.getByRole('button', { name: 'Save report' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('Say in a few words');
    await page.getByLabel('What looks wrong with question d1-003?').fill('Option B also looks defensible.');
    await page.getByRole('button', { name: 'Save report' }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Saved on this device' }).count()).toBe(1);
    await page.goto(`${origin}/settings`);
    await expect.poll(() => page.locator('.card', { hasText: 'Problem reports' }).textContent()).toContain('Option B also looks defensible.');
  });

  it('enforces "Choose TWO" on multiple-response questions', async () => {
    await page.goto(`${origin}/practice/d1-bundle-1/q`);
    // Walk to the first multiple-response question.
    await page.locator('.question-meta').waitFor();
    for (let i = 0; i < 50 && (await page.locator('.option input[type=checkbox]').count()) === 0; i++) {
      const meta = await page.locator('.question-meta').textContent();
      if (await page.getByRole('button', { name: 'Check' }).count()) {
        await option('a').check();
        await page.getByRole('button', { name: 'Check' }).click();
      }
      await page.getByRole('button', { name: /Next|Finish/ }).click();
      await expect.poll(() => page.locator('.question-meta').textContent()).not.toBe(meta);
    }
    const boxes = page.locator('.option input[type=checkbox]');
    expect(await boxes.count()).toBeGreaterThanOrEqual(5);
    await boxes.nth(0).check();
    await expect.poll(() => page.getByRole('button', { name: 'Check' }).isDisabled()).toBe(true);
    await boxes.nth(1).check();
    await boxes.nth(2).click();
    await expect.poll(() => page.locator('.option input[type=checkbox]:checked').count()).toBe(2);
    await expect.poll(() => page.getByRole('button', { name: 'Check' }).isDisabled()).toBe(false);
  });

  it('runs a timed exam that survives a reload, then submits and records history and flags', async () => {
    await page.goto(`${origin}/practice/d1-bundle-1`);
    await page.getByRole('button', { name: 'Start exam' }).click();
    await page.waitForURL('**/exam/*');
    expect(await heading()).toBe('Exam');
    const examUrl = page.url();
    // While it runs, its pack says "Resume exam" (and reopens it), and other packs say whose exam is running.
    await page.goto(`${origin}/practice/d1-bundle-2`);
    await page.getByRole('button', { name: 'Resume Domain 1 Bundle 1 exam' }).waitFor();
    await page.goto(`${origin}/practice/d1-bundle-1`);
    await page.getByRole('button', { name: 'Resume exam' }).click();
    await page.waitForURL(examUrl);
    // No feedback during the exam.
    await option('b').check();
    expect(await page.locator('.explanation').count()).toBe(0);
    await page.getByRole('button', { name: 'Flag for review' }).click();
    await page.getByRole('button', { name: 'Next' }).click();
    await option('c').check();
    await page.getByRole('button', { name: 'Flag for review' }).click();
    await page.getByRole('button', { name: 'Next' }).click();
    await option('a').check();
    await expect.poll(() => page.locator('.exam-bar').textContent()).toContain('3/50 answered');
    // The taps were committed by the answer-writer worker, each well inside a frame.
    expect(page.workers().some((w) => /answer-writer/.test(w.url()))).toBe(true);
    const durable = await page.evaluate(() => performance.getEntriesByName('answer-durable').map((m) => m.duration));
    expect(durable.length).toBeGreaterThanOrEqual(1);
    const before = await page.locator('.clock').textContent();
    await page.screenshot({ path: join(SHOTS, 'exam-light.png') });
    expect(await seriousViolations(page)).toEqual([]);

    await page.reload(); // mid-exam
    await expect.poll(() => page.locator('.question-meta').textContent()).toContain('Question 3 of 50');
    expect(page.url()).toBe(examUrl);
    await expect.poll(() => page.locator('.exam-bar').textContent()).toContain('3/50 answered');
    expect(await option('a').isChecked()).toBe(true);
    const after = await page.locator('.clock').textContent();
    expect(after! <= before!).toBe(true); // the clock kept counting down from the stored deadline

    await page.getByRole('button', { name: 'Questions' }).click();
    expect(await page.locator('.nav-cell.flagged').count()).toBe(2);
    await page.getByRole('link', { name: 'Review all questions before submitting' }).click();
    await page.getByRole('button', { name: /^Flagged \(2\)/ }).click();
    expect(await page.locator('.review-list li').count()).toBe(2);
    // With questions open, Submit asks first; "Keep going" leaves the exam running.
    await page.getByRole('button', { name: 'Submit exam' }).click();
    expect(await page.locator('#submit-confirm').textContent()).toBe('47 unanswered, 2 flagged. Submit anyway?');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('submit-confirm');
    // The clock ticks every second; focus stays where the user moves it.
    await page.keyboard.press('Tab');
    await page.waitForTimeout(1200);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Submit anyway');
    await page.getByRole('button', { name: 'Keep going' }).click();
    expect(page.url()).toMatch(/\/exam\/[^/]+\/review$/);
    await page.getByRole('button', { name: 'Submit exam' }).click();
    await page.getByRole('button', { name: 'Submit anyway' }).click();
    await page.waitForURL('**/results/*');
    await expect.poll(() => page.getByTestId('correct').textContent()).toMatch(/^\d+ of 50 \(/);
    expect(await page.locator('.result-questions li').count()).toBe(50);
    await page.screenshot({ path: join(SHOTS, 'results-light.png') });
    expect(await seriousViolations(page)).toEqual([]);

    await page.goto(`${origin}/progress/scores`);
    await expect.poll(() => page.locator('table.scores tbody tr').count()).toBe(1);
    expect(await page.locator('table.scores').textContent()).toContain('Domain 1 Bundle 1');
    await page.screenshot({ path: join(SHOTS, 'score-history-light.png') });

    await page.goto(`${origin}/review`);
    await expect.poll(() => page.getByRole('button', { name: /^Flagged \(/ }).textContent()).toBe('Flagged (2)');
  });

  it('submits on its own when time runs out, with the answers given', async () => {
    await page.clock.install();
    await page.goto(`${origin}/practice/d1-bundle-1`);
    await page.getByRole('button', { name: 'Start exam' }).click();
    await page.waitForURL('**/exam/*');
    await option('a').check();
    await expect.poll(() => page.locator('.exam-bar').textContent()).toContain('1/50 answered');
    await page.clock.fastForward('01:40:05');
    await page.waitForURL('**/results/*');
    await expect.poll(() => page.locator('.card', { hasText: 'results' }).first().textContent()).toContain('time ran out');
  });
});
