// The study log over time: a Progress screen left open overnight logs to the
// new day, and a session logged for an earlier week can be found, edited and
// deleted. Production build, server stopped, 390×844.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from './support/chrome';
import { openOfflineApp } from './support/offline-app';
import { readStored } from './support/idb';
import type { StudySession } from '../../src/lib/db/schema';

let browser: Browser;
let page: Page;
let origin: string;

beforeAll(async () => {
  ({ browser, page, origin } = await openOfflineApp('/progress'));
});

afterAll(async () => {
  await browser?.close();
});

describe('the study log', () => {
  it('a quick-add tapped after midnight, on a Progress screen opened before it, logs to the new day and the new week', async () => {
    // Sunday 23:55 local time; the screen stays open past midnight (Monday starts a new week).
    await page.clock.install({ time: new Date(2026, 11, 6, 23, 55, 0) });
    await page.goto(`${origin}/progress`);
    await page.getByTestId('week-total').waitFor();
    const rangeBefore = await page.locator('.week-range').textContent();
    await page.clock.runFor('00:10:00');
    await expect.poll(() => page.locator('.week-range').textContent()).not.toBe(rangeBefore);
    await page.getByRole('button', { name: '+15 min reading' }).click();
    await expect.poll(() => page.getByTestId('week-total').textContent()).toBe('15 min');
    const sessions = await readStored<StudySession[]>(page, 'studySessions');
    expect(sessions.map((s) => s.day)).toEqual(['2026-12-07']);
  });

  it('a session logged for an earlier week can be found, edited and deleted', async () => {
    await page.goto(`${origin}/progress/log`);
    await page.getByLabel('Day').fill('2026-11-29');
    await page.getByLabel('Minutes studied').fill('600');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.waitForURL('**/progress');
    // Not this week: it is under "Earlier study", with Edit and Delete.
    await page.getByText(/^Earlier study \(1\)$/).click();
    const earlier = page.locator('.earlier-sessions');
    await expect.poll(() => earlier.textContent()).toContain('10 h');
    await earlier.getByRole('link', { name: /^Edit 10 h/ }).click();
    await page.getByLabel('Minutes studied').fill('60');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.waitForURL('**/progress');
    await page.getByText(/^Earlier study \(1\)$/).click();
    await expect.poll(() => earlier.textContent()).toContain('1 h');
    expect((await readStored<StudySession[]>(page, 'studySessions')).find((s) => s.day === '2026-11-29')?.minutes).toBe(60);
    await earlier.getByRole('button', { name: /^Delete 1 h/ }).click();
    await expect.poll(() => page.locator('.earlier-sessions').count()).toBe(0);
    expect((await readStored<StudySession[]>(page, 'studySessions')).map((s) => s.day)).toEqual(['2026-12-07']);
  });
});
