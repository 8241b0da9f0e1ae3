// "Updated" notes on dated guide statements, with the server stopped: beside
// the sentence in Chapter 1, found by search, listed from the Read tab, on a
// flashcard's back and under a practice question's explanation; light and dark.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from './support/chrome';
import { seriousViolations } from './support/axe';
import { ROOT } from './support/global-setup';
import { openOfflineApp } from './support/offline-app';

let browser: Browser;
let page: Page;
let origin: string;
const SHOTS = join(ROOT, 'test-results/screens');
const CHAPTER_1 = '02-domain-1-development';
const NOTE = '#erratum-lambda-vpc-cold-start';
const SENTENCE = 'Functions in VPCs have longer cold starts (5-10 seconds)';

beforeAll(async () => {
  ({ browser, page, origin } = await openOfflineApp('/read'));
});

afterAll(async () => {
  await browser?.close();
});

const chapterReady = (): Promise<unknown> => page.waitForFunction(() => performance.getEntriesByName('chapter-interactive').length > 0);
const topOf = (selector: string): Promise<number> => page.$eval(selector, (el) => el.getBoundingClientRect().top);

/** Screenshots in light and dark, each audited for serious accessibility problems. */
async function bothThemes(name: string): Promise<void> {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.screenshot({ path: join(SHOTS, `${name}-${scheme}.png`) });
    expect(await seriousViolations(page), `${name} (${scheme})`).toEqual([]);
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

describe('guide errata, offline', () => {
  it('shows the VPC cold-start note beside its sentence in Chapter 1, the guide’s words unchanged', async () => {
    await page.goto(`${origin}/read`);
    await page.locator('.chapter-link', { hasText: 'Development with AWS Services' }).click();
    await page.waitForURL(`**/read/${CHAPTER_1}`);
    await chapterReady();
    expect(await page.locator('.prose h1').textContent()).toMatch(/^Chapter 1:/);
    const note = page.locator(NOTE);
    // In the same Must Know fact as the sentence, right after it.
    const fact = page.locator('li.fact', { has: note });
    expect(await fact.count()).toBe(1);
    expect(await fact.locator('mark.dated').textContent()).toBe(SENTENCE);
    expect(await fact.evaluate((li, id) => li.textContent!.replace(li.querySelector(id)!.textContent!, ''), NOTE)).toContain(`${SENTENCE} due to ENI provisioning. Only use VPC when necessary.`);
    expect(await note.getAttribute('role')).toBe('note');
    expect(await note.textContent()).toMatch(/^Updated since September 2019Since September 2019, Lambda .*Hyperplane.*Source: Announcing improved VPC networking for AWS Lambda functions$/);
    const source = note.getByRole('link', { name: 'Announcing improved VPC networking for AWS Lambda functions' });
    expect(await source.getAttribute('href')).toBe('https://aws.amazon.com/blogs/compute/announcing-improved-vpc-networking-for-aws-lambda-functions/');
    expect(await source.getAttribute('target')).toBe('_blank');
    // Visibly set apart from the guide's text, in both themes.
    const colours = async () => note.evaluate((el) => [getComputedStyle(el).backgroundColor, getComputedStyle(el.closest('li')!).backgroundColor]);
    const [light] = await colours();
    await page.emulateMedia({ colorScheme: 'dark' });
    const [dark] = await colours();
    expect(light).not.toBe(dark);
    await page.emulateMedia({ colorScheme: 'light' });
    await note.evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await bothThemes('errata-chapter-note');
  });

  it('finds the note in search and opens the chapter at it', async () => {
    await page.goto(`${origin}/read`);
    await page.getByRole('searchbox', { name: 'Search the guide' }).fill('Hyperplane');
    await page.getByRole('button', { name: 'Search' }).click();
    const hit = page.locator(`.search-results a[href^="/read/${CHAPTER_1}"][href$="${NOTE}"]`); // with ?hl= (the words to mark)
    await hit.waitFor();
    expect(await hit.textContent()).toContain('Updated:');
    await expect.poll(() => hit.locator('mark').first().textContent()).toMatch(/hyperplane/i);
    await hit.click();
    await page.waitForURL(`**/read/${CHAPTER_1}?*${NOTE}`);
    await expect.poll(() => topOf(NOTE)).toBeLessThan(200);
    expect(await topOf(NOTE)).toBeGreaterThanOrEqual(0);
  });

  it('lists every note from the Read tab, with the guide’s words and a link to the note', async () => {
    await page.goto(`${origin}/read`);
    await page.getByRole('link', { name: /What has changed since the guide was written/ }).click();
    await page.waitForURL('**/read/updates');
    await page.locator('.errata-list li').first().waitFor();
    expect(await page.locator('.app-title').textContent()).toBe('What has changed');
    const item = page.locator('#lambda-vpc-cold-start');
    expect(await item.locator('blockquote').textContent()).toContain(`“${SENTENCE}”`);
    expect(await item.getByRole('note').textContent()).toContain('Since September 2019');
    expect(await item.locator('.errata-link').getAttribute('href')).toBe(`/read/${CHAPTER_1}${NOTE}`);
    expect(await page.locator('.errata-list > li').count()).toBeGreaterThanOrEqual(3);
    await bothThemes('errata-list');
    await item.locator('.errata-link').click();
    await page.waitForURL(`**/read/${CHAPTER_1}${NOTE}`);
    await expect.poll(() => topOf(NOTE)).toBeLessThan(200);
  });

  it('shows the correction on the back of the VPC fact’s flashcard', async () => {
    // Make the card due now, so it is the first one shown.
    const id = 'must-know:02-domain-1-development#fact-vpc-adds-cold-start-latency-functions-1j7w57i';
    await page.evaluate(
      (cardId) =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('dva-study');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const db = open.result;
            const tx = db.transaction('cards', 'readwrite');
            const now = Date.now();
            const day = 86_400_000;
            tx.objectStore('cards').put({
              id: cardId,
              card: { due: now - day, stability: 3, difficulty: 5, elapsed_days: 3, scheduled_days: 3, learning_steps: 0, reps: 2, lapses: 0, state: 2, last_review: now - 3 * day },
              updatedAt: now - 3 * day,
              introducedAt: now - 4 * day,
            });
            tx.oncomplete = () => {
              db.close();
              resolve();
            };
            tx.onerror = () => reject(tx.error);
          };
        }),
      id,
    );
    await page.goto(`${origin}/review/cards?kind=must-know`);
    await page.locator('.flashcard-front').waitFor();
    expect(await page.locator('.flashcard-front').textContent()).toContain('VPC adds cold start latency');
    expect(await page.locator('.updated-badge').textContent()).toBe('Updated since the guide');
    await page.getByRole('button', { name: 'Show answer' }).click();
    const back = page.locator('.flashcard-back');
    await back.waitFor();
    expect(await back.textContent()).toContain(SENTENCE);
    expect(await back.getByRole('note').textContent()).toMatch(/Since September 2019, .*no longer adds seconds to a cold start/);
    await bothThemes('errata-flashcard');
  });

  it('links a practice question’s explanation to the note it relies on', async () => {
    await page.goto(`${origin}/practice/q-d1-009/q`);
    await page.locator('.option input').nth(0).check(); // d1-009 asks for two
    await page.locator('.option input').nth(1).check();
    await page.getByRole('button', { name: 'Check' }).click();
    const link = page.getByRole('link', { name: /^What changed: “Functions in VPCs have longer cold starts/ });
    await link.waitFor();
    expect(await link.getAttribute('href')).toBe(`/read/${CHAPTER_1}${NOTE}`);
    await link.click();
    await page.waitForURL(`**/read/${CHAPTER_1}${NOTE}`);
    await expect.poll(() => topOf(NOTE)).toBeLessThan(200);
  });
});
