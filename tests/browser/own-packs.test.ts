// Your own question banks with the server stopped: import Markdown (hostile
// HTML included) and JSON, see per-question errors with line numbers, practise,
// sit an exam, flag, find it in Review and history, rename and delete.
import type { Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from './support/chrome';
import { openOfflineApp } from './support/offline-app';
import { seriousViolations } from './support/axe';
import { ROOT } from './support/global-setup';
import { readStored } from './support/idb';

let browser: Browser;
let page: Page;
let origin: string;
const dialogs: string[] = [];
const SHOTS = join(ROOT, 'test-results/screens');
const hostile = readFileSync(join(ROOT, 'tests/fixtures/packs/hostile-bank.md'));

beforeAll(async () => {
  ({ browser, page, origin } = await openOfflineApp('/practice', { writtenOrder: true }));
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
});

afterAll(async () => {
  await browser?.close();
});

const option = (n: number) => page.locator('.option input').nth(n);

/** Nothing that can run: no scripts, frames, SVG, styles, forms, images, handlers or javascript: links. */
async function activeContent(): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const w = window as unknown as { __pwned?: string };
    if (w.__pwned) found.push(`executed: ${w.__pwned}`);
    const root = document.querySelector('main') ?? document.body;
    for (const el of root.querySelectorAll('*')) {
      if (/^(script|iframe|svg|style|form|img|object|embed)$/i.test(el.tagName)) found.push(`<${el.tagName.toLowerCase()}>`);
      for (const a of el.attributes) {
        if (/^on/i.test(a.name)) found.push(`${el.tagName}[${a.name}]`);
        if (/^\s*javascript:/i.test(a.value)) found.push(`${el.tagName}[${a.name}=${a.value}]`);
      }
    }
    return found;
  });
}

async function importFile(name: string, mimeType: string, buffer: Buffer): Promise<void> {
  await page.goto(`${origin}/practice`);
  await page.getByLabel('Choose a .json or .md file').setInputFiles({ name, mimeType, buffer });
}

describe('your own question banks, offline', () => {
  it('imports a Markdown bank after a preview that names the broken question and its line', async () => {
    await importFile('hostile-bank.md', 'text/markdown', hostile);
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'questions ready' }).textContent()).toContain('2 questions ready');
    const issues = page.getByRole('list', { name: 'Questions that could not be read' });
    expect(await issues.textContent()).toBe('Line 32 (question 3): no option is marked correct: mark the right one(s) "- [x]"');
    expect(await page.getByLabel('Pack name').inputValue()).toBe("Hostile <script>window.__pwned = 'title'</script> bank");
    await page.getByRole('button', { name: 'Import 2 questions' }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SHOTS, 'import-pack-preview-light.png') });
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByLabel('Pack name').fill('Lambda <b>bank</b>');
    await page.getByRole('button', { name: 'Import 2 questions' }).click();
    await page.waitForURL(/\/practice\/my-[a-z0-9]+$/);
    await expect.poll(() => page.locator('h2').first().textContent()).toBe('Lambda <b>bank</b>');
    await page.getByRole('status').filter({ hasText: 'Imported “Lambda <b>bank</b>”: 2 questions.' }).waitFor();
    await page.getByRole('status').filter({ hasText: 'Imported' }).waitFor({ state: 'detached' }); // leaves by itself
    expect(await activeContent()).toEqual([]);
  });

  it('renders the Markdown (code, bold, safe links) and nothing in it runs', async () => {
    await page.getByRole('button', { name: 'Start practice' }).click();
    await page.waitForURL(/\/practice\/my-[a-z0-9]+\/q$/);
    await page.locator('.question .stem pre code').waitFor();
    expect(await page.locator('.question .stem code').first().textContent()).toBe('aws lambda invoke');
    expect(await page.locator('.option strong').first().textContent()).toBe('synchronously');
    expect(await page.locator('.question-meta').textContent()).toBe('Question 1 of 2');
    await option(0).check();
    await page.getByRole('button', { name: 'Check' }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: /Right\.|Not quite\./ }).textContent()).toBe('Right.');
    await page.getByRole('button', { name: 'Flag', exact: true }).click();
    const docs = page.locator('.takeaway a', { hasText: 'the docs' });
    expect(await docs.getAttribute('href')).toBe('https://docs.aws.amazon.com/lambda/');
    expect(await docs.getAttribute('rel')).toBe('noopener noreferrer');
    expect(await page.getByRole('link', { name: 'Read this in the guide' }).count()).toBe(0);
    // Give any payload that slipped through time to fire.
    await page.waitForTimeout(300);
    expect(await activeContent()).toEqual([]);
    expect(dialogs).toEqual([]);
    expect(await page.evaluate(() => getComputedStyle(document.body).display)).not.toBe('none');
    await page.screenshot({ path: join(SHOTS, 'own-question-light.png') });
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Next' }).click();
    await expect.poll(() => page.locator('.question-meta').textContent()).toBe('Question 2 of 2');
    await option(0).check();
    await option(2).check();
    await page.getByRole('button', { name: 'Check' }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: /Right\.|Not quite\./ }).textContent()).toBe('Right.');
  });

  it('sits an exam on the pack; the attempt is in history and the flag in Review', async () => {
    await page.goto(`${origin}/practice`);
    await page.locator('.pack-link', { hasText: 'Lambda <b>bank</b>' }).click();
    expect(await page.locator('.card', { hasText: 'Exam mode' }).textContent()).toContain('2 questions in 4 minutes');
    await page.getByRole('button', { name: 'Start exam' }).click();
    await page.waitForURL('**/exam/*');
    await option(1).check(); // wrong
    await page.getByRole('button', { name: 'Next' }).click();
    await option(0).check();
    await option(2).check();
    await page.getByRole('button', { name: 'Questions' }).click();
    await page.getByRole('link', { name: 'Review all questions before submitting' }).click();
    // Every question answered, none flagged: Submit goes straight through.
    await page.getByRole('button', { name: 'Submit exam' }).click();
    await page.waitForURL('**/results/*');
    await expect.poll(() => page.getByTestId('correct').textContent()).toBe('1 of 2 (50%)');
    expect(await page.locator('.card', { hasText: 'By domain' }).textContent()).toContain('not mapped to exam domains');
    expect(await activeContent()).toEqual([]);
    await page.goto(`${origin}/progress/scores`);
    await expect.poll(() => page.locator('table.scores').textContent()).toContain('Lambda <b>bank</b>');
    await page.goto(`${origin}/review`);
    await expect.poll(() => page.getByRole('button', { name: /^Flagged \(/ }).textContent()).toBe('Flagged (1)');
    expect(await page.locator('.review-questions, .card', { hasText: 'Questions to review' }).first().textContent()).toContain('Lambda <b>bank</b>');
  });

  it('imports the app\'s JSON format as a separate pack: the built-in pack is untouched', async () => {
    await importFile('d1-bundle-1-lambda.json', 'application/json', readFileSync(join(ROOT, 'content/questions/d1-bundle-1-lambda.json')));
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'questions ready' }).textContent()).toMatch(/^\d+ questions ready/);
    await page.getByRole('button', { name: /^Import \d+ questions$/ }).click();
    await page.waitForURL(/\/practice\/my-[a-z0-9]+$/);
    await page.getByRole('button', { name: 'Start practice' }).click();
    await expect.poll(() => page.locator('.question-meta').textContent()).toMatch(/^Question 1 of \d+ · Domain 1 · Task 1\.\d$/);
    await page.goto(`${origin}/practice`);
    await page.locator('.pack-link').first().waitFor();
    expect(await page.locator('.pack-link', { hasText: 'Domain 1 Bundle 1' }).textContent()).toContain('50 questions');
    expect(await page.locator('.pack-link').count()).toBe(16);
  });

  it('reports a guide link to a section the guide lacks, links to the chapter visibly, and shows a missed question\'s Markdown as Markdown on its flashcard', async () => {
    const pack = {
      title: 'Links bank',
      questions: [
        {
          stem: 'Which queue type keeps **strict order**?', options: [{ id: 'a', text: '`Standard`' }, { id: 'b', text: '`FIFO`' }], answer: ['b'],
          takeaway: 'FIFO keeps **order** per message group.', guide: { chapter: '02-domain-1-development', anchor: 'no-such-section' },
        },
      ],
    };
    await page.goto(`${origin}/practice`);
    await page.getByLabel('Choose a .json or .md file').setInputFiles({ name: 'links.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(pack, null, 2)) });
    await expect.poll(() => page.getByRole('list', { name: 'Guide links that were changed' }).textContent()).toContain('"no-such-section" is not in chapter 02-domain-1-development');
    await page.getByRole('button', { name: 'Import 1 question' }).click();
    await page.waitForURL(/\/practice\/my-[a-z0-9]+$/);
    const packUrl = page.url();
    await page.getByRole('button', { name: 'Start practice' }).click();
    await option(0).check();
    await page.getByRole('button', { name: 'Check' }).click();
    const link = page.getByRole('link', { name: 'Read the chapter in the guide' });
    expect(await link.getAttribute('href')).toBe('/read/02-domain-1-development');
    expect(await page.locator('.takeaway').textContent()).toContain('section link was not found');

    // Answered wrong: missed-question flashcards of imported packs show their Markdown rendered, never raw.
    await expect.poll(async () => (await readStored<{ correct: boolean }[]>(page, 'results')).some((r) => !r.correct)).toBe(true);
    await page.goto(`${origin}/review/cards?kind=missed-question`);
    const front = page.locator('.flashcard-front');
    await expect.poll(() => front.locator('strong, code').count()).toBeGreaterThan(0);
    expect(await front.textContent()).not.toMatch(/\*\*|`/);
    await page.getByRole('button', { name: 'Show answer' }).click();
    expect(await page.locator('.flashcard-back').textContent()).not.toMatch(/\*\*|`/);

    await page.goto(packUrl);
    await page.getByRole('button', { name: 'Delete' }).click();
    await page.getByRole('button', { name: 'Delete pack' }).click();
    await page.waitForURL('**/practice');
  });

  it('says clearly why a file is not a pack, and imports nothing', async () => {
    await importFile('notes.json', 'application/json', Buffer.from('{"questions": [ {"stem": "x"'));
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('not valid JSON (the problem is on line 1)');
    await importFile('all-bad.md', 'text/markdown', Buffer.from('### One\n- [ ] a\n- [ ] b\n'));
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('The question in this file could not be read');
    expect(await page.getByRole('alert').textContent()).toContain('Line 1 (question 1): no option is marked correct');
    expect(await page.locator('.pack-link').count()).toBe(16);
  });

  for (const [file, type] of [['payloads.md', 'text/markdown'], ['json-payloads.json', 'application/json']] as const) {
    it(`shows every question of the hostile corpus's ${file} with nothing running`, async () => {
      await importFile(file, type, readFileSync(join(ROOT, 'tests/fixtures/hostile/packs', file)));
      const ready = page.getByRole('status').filter({ hasText: 'questions ready' });
      await expect.poll(() => ready.textContent()).toMatch(/^\d+ questions ready/);
      const count = Number(/^(\d+)/.exec((await ready.textContent())!)![1]);
      expect(count).toBeGreaterThanOrEqual(38);
      await page.getByRole('button', { name: `Import ${count} questions` }).click();
      await page.waitForURL(/\/practice\/my-[a-z0-9]+$/);
      await page.getByRole('button', { name: 'Start practice' }).click();
      for (let n = 1; n <= count; n++) {
        await expect.poll(() => page.locator('.question-meta').textContent()).toBe(`Question ${n} of ${count}`);
        await option(0).check();
        await page.getByRole('button', { name: 'Check' }).click();
        await page.locator('.takeaway').waitFor();
        await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
        expect(await activeContent(), `question ${n}`).toEqual([]);
        await page.getByRole('button', { name: n === count ? 'Finish' : 'Next' }).click();
      }
      await page.waitForTimeout(300);
      expect(await activeContent()).toEqual([]);
      expect(dialogs).toEqual([]);
    });
  }

  it('renames and deletes an imported pack', async () => {
    await page.goto(`${origin}/practice`);
    await page.locator('.pack-link', { hasText: 'Lambda <b>bank</b>' }).click();
    await page.getByRole('button', { name: 'Rename' }).click();
    await page.getByLabel('Pack name').fill('Lambda drills');
    await page.getByRole('button', { name: 'Save name' }).click();
    await expect.poll(() => page.locator('h2').first().textContent()).toBe('Lambda drills');
    await page.reload();
    await expect.poll(() => page.locator('h2').first().textContent()).toBe('Lambda drills');
    await page.getByRole('button', { name: 'Delete' }).click();
    await page.getByRole('button', { name: 'Delete pack' }).click();
    await page.waitForURL(`${origin}/practice`);
    await page.locator('.pack-link').first().waitFor();
    expect(await page.locator('.pack-link', { hasText: 'Lambda drills' }).count()).toBe(0);
    expect(await page.locator('.pack-link').count()).toBe(17);
    await page.goto(`${origin}/review`);
    await expect.poll(() => page.getByRole('button', { name: /^Flagged \(/ }).textContent()).toBe('Flagged (0)');
    await page.goto(`${origin}/progress/scores`);
    await expect.poll(() => page.locator('table.scores').textContent()).toContain('Lambda <b>bank</b>'); // history is kept
    await page.locator('table.scores tr', { hasText: 'Lambda <b>bank</b>' }).getByRole('link').first().click();
    await expect.poll(() => page.getByTestId('correct').textContent()).toBe('1 of 2 (50%)');
    expect(await page.locator('main').textContent()).toContain('The questions of this attempt are no longer on this device');
    expect(await page.getByRole('button', { name: /^Retake wrong only/ }).isDisabled()).toBe(true);
  });
});
