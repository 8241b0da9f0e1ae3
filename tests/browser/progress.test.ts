// The study tracker with the server stopped: set a plan and see this week's
// Read/Focus/Practice/Goal, log time with a quick-add and edit it, run a timer
// segment on a controlled clock and log it, tick a checklist item that stays
// ticked after a reload, and see what readiness still misses.
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
  ({ browser, page, origin } = await openOfflineApp('/progress'));
});

afterAll(async () => {
  await browser?.close();
});

const weekTotal = () => page.getByTestId('week-total').textContent();
const today = () =>
  page.evaluate(() => {
    const d = new Date();
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  });

describe('study tracker, offline', () => {
  it('sets a plan and shows week 1 of the guide’s schedule with links', async () => {
    await page.goto(`${origin}/progress`);
    await page.getByLabel('Start date').fill(await today());
    await page.getByRole('button', { name: 'Save plan' }).click();
    const card = page.getByTestId('plan-week');
    await card.waitFor();
    expect(await card.getByRole('heading', { name: 'This week' }).count()).toBe(1);
    const text = await card.textContent();
    expect(text).toContain('Week 1 of 8');
    expect(text).toContain('Foundations');
    expect(text).toContain('Explore AWS Console');
    expect(text).toContain('Set up AWS Free Tier account');
    expect(text).toContain('Understand AWS basics and core services');
    expect(await card.getByRole('link', { name: 'Fundamentals' }).getAttribute('href')).toBe('/read/01-fundamentals');
    expect(await card.getByRole('link', { name: 'Creating Your Free Tier Account' }).getAttribute('href')).toBe(
      '/read/00-overview#creating-your-free-tier-account',
    );
  });

  it('logs time with a quick-add, then edits it', async () => {
    await page.goto(`${origin}/progress`);
    await expect.poll(weekTotal).toBe('0 min');
    await page.getByRole('button', { name: '+30 min practice' }).click();
    await expect.poll(weekTotal).toBe('30 min');
    await page.getByText('Logged 30 min').waitFor();
    await page.screenshot({ path: join(SHOTS, 'progress-top-light.png') });
    await page.getByRole('link', { name: /^Edit 30 min/ }).click();
    await page.waitForURL('**/progress/log/*');
    await expect.poll(() => page.getByLabel('Minutes studied').inputValue()).toBe('30');
    await page.getByLabel('Minutes studied').fill('40');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.waitForURL('**/progress');
    await expect.poll(weekTotal).toBe('40 min');
    expect(await page.getByRole('link', { name: /^Edit / }).count()).toBe(1);
  });

  it('ticks a checklist item that stays ticked after a reload, and shows what readiness still misses', async () => {
    await page.goto(`${origin}/progress`);
    const box = page.getByRole('checkbox', { name: 'Exercises done' });
    await box.check();
    await expect.poll(() => box.isChecked()).toBe(true);
    // The count changes once the tick is committed and read back.
    await expect.poll(() => page.getByTestId('completion-count').textContent()).toContain('1 of 24 done');
    await page.reload();
    await expect.poll(() => page.getByRole('checkbox', { name: 'Exercises done' }).isChecked()).toBe(true);
    expect(await page.getByTestId('completion-count').textContent()).toContain('1 of 24 done');
    const ready = page.getByTestId('readiness');
    expect(await ready.textContent()).toContain('Not ready yet');
    expect(await ready.getByRole('heading', { name: 'Still missing' }).count()).toBe(1);
    expect(await ready.textContent()).toContain('Read Chapter 0: Essential Background and mark it read.');
    // The plan card, just below the sticky header.
    await page.getByTestId('plan-week').evaluate((el) => window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - 76));
    await page.screenshot({ path: join(SHOTS, 'progress-plan-light.png') });
    await page.screenshot({ path: join(SHOTS, 'progress-full-light.png'), fullPage: true });
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('runs a timer segment on a controlled clock and logs its focus minutes', async () => {
    // Today at noon: a segment started near midnight is split across two days (two minute fields).
    const noon = new Date();
    noon.setHours(12, 0, 0, 0);
    await page.clock.install({ time: noon });
    await page.goto(`${origin}/progress/timer`);
    await page.getByRole('button', { name: 'Start' }).click();
    await expect.poll(() => page.getByTestId('timer-phase').textContent()).toBe('Focus');
    await page.clock.fastForward('00:26:00');
    await expect.poll(() => page.getByTestId('timer-phase').textContent()).toBe('Short break');
    expect(await page.locator('.timer-cycle').textContent()).toBe('Session 1 of 4 · cycle 1');
    await page.screenshot({ path: join(SHOTS, 'timer-light.png') });
    expect(await seriousViolations(page)).toEqual([]);
    // The phase comes from stored timestamps: a reload shows the same.
    await page.reload();
    await expect.poll(() => page.getByTestId('timer-phase').textContent()).toBe('Short break');
    await page.getByRole('button', { name: 'Stop & log' }).click();
    const minutes = page.getByLabel(/^Minutes on/);
    await expect.poll(() => minutes.inputValue()).toBe('25');
    await page.getByRole('button', { name: 'Save to study log' }).click();
    await page.waitForURL('**/progress');
    await expect.poll(weekTotal).toBe('1 h 5 min');
  });
});
