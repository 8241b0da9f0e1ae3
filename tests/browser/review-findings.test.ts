// Bugs found in review (offline, production build): each test describes what the
// user hits. They failed when written; each fix makes its test pass.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from './support/chrome';
import { openOfflineApp } from './support/offline-app';

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
    await page.locator('.option input').first().check();
    await page.keyboard.press('Enter');
    await page.waitForTimeout(300);
    if ((await verdict()) === '') await page.getByRole('button', { name: 'Check' }).click();
    await expect.poll(verdict, { timeout: 3000 }).toMatch(/^(Right\.|Not quite\.)$/);
  });
});
