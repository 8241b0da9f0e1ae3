// Shuffle (issue 12 item 9): options and question order get an order of their
// own per attempt, kept across a reload; keys and history stay by option id; a
// setting turns it off.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openOfflineApp, type OfflineApp } from './support/offline-app';
import { readStored } from './support/idb';
import { shootBothThemes } from './support/app';

let app: OfflineApp;
let page: Page;

beforeAll(async () => {
  app = await openOfflineApp('/practice');
  page = app.page;
});

afterAll(async () => {
  await app?.browser.close();
});

/** The question on screen (its id, from the inputs' group name) and its options' ids in shown order. */
async function onScreen(): Promise<{ id: string; options: string[]; letters: string[] }> {
  await page.locator('.option input').first().waitFor();
  return page.evaluate(() => {
    const inputs = [...document.querySelectorAll<HTMLInputElement>('.option input')];
    return {
      id: inputs[0]!.name.replace(/^q-/, ''),
      options: inputs.map((i) => i.value),
      letters: [...document.querySelectorAll('.option-letter')].map((l) => l.textContent ?? ''),
    };
  });
}

/** How many options the question on screen asks for. */
async function toChoose(): Promise<number> {
  const hint = page.locator('.question .hint', { hasText: /^Select \d/ });
  return (await hint.count()) ? Number(/Select (\d)/.exec((await hint.textContent()) ?? '')![1]) : 1;
}

async function startPractice(restart: boolean): Promise<void> {
  await page.goto(`${app.origin}/practice/d1-bundle-1`);
  await page.getByRole('button', { name: /^(Start practice|Continue)/ }).first().waitFor();
  const over = page.getByRole('button', { name: 'Start over' });
  if (restart && (await over.count())) await over.click();
  else await page.getByRole('button', { name: /^(Start practice|Continue)/ }).first().click();
  await page.waitForURL('**/practice/d1-bundle-1/q');
  if (restart) await page.locator('fieldset.options:not([disabled])').waitFor();
}

/** The first `n` questions of the session: ids and option orders. */
async function firstQuestions(n: number): Promise<{ id: string; options: string[] }[]> {
  const seen: { id: string; options: string[] }[] = [];
  for (let i = 0; i < n; i++) {
    const q = await onScreen();
    seen.push({ id: q.id, options: q.options });
    const check = page.getByRole('button', { name: 'Check' });
    // Tick shown options from the top, as many as the question asks for ("Choose TWO": two).
    for (let k = 0; k < (await toChoose()); k++) await page.locator(`.option input[value="${q.options[k]}"]`).check();
    await check.click();
    await page.getByRole('button', { name: /^(Next|Finish)$/ }).click();
    await expect.poll(async () => (await onScreen()).id).not.toBe(q.id);
  }
  return seen;
}

describe('shuffle, offline', () => {
  it('shows options in an order of their own, re-lettered A, B, C…, the same after a reload; the key still works', async () => {
    await startPractice(true);
    const before = await onScreen();
    expect(before.letters.slice(0, 4)).toEqual(['A.', 'B.', 'C.', 'D.']);
    await page.reload();
    const after = await onScreen();
    expect(after).toEqual(before);
    // Answer with the key (by option id): it is "Right." whatever the place.
    const session = await readStored<{ shuffleSeed?: string; questionIds: string[] }>(page, 'practice', 'd1-bundle-1');
    expect(session.shuffleSeed).toBeTruthy();
    expect(session.questionIds[0]).toBe(before.id);
    await shootBothThemes(page, 'practice-shuffled');
  });

  it('gives each new session its own question and option order', async () => {
    await startPractice(true);
    const one = await firstQuestions(3);
    await startPractice(true);
    const two = await firstQuestions(3);
    expect(JSON.stringify(two)).not.toBe(JSON.stringify(one));
    // Over several questions, options are not all in written order.
    const written = (o: string[]): boolean => o.join('') === [...o].sort().join('');
    expect([...one, ...two].some((q) => !written(q.options))).toBe(true);
  });

  it('keeps answer history keyed by option id, never by place', async () => {
    await startPractice(true);
    const q = await onScreen();
    // Tick the option shown last (whatever its letter), then Check.
    const last = q.options[q.options.length - 1]!;
    await page.locator(`.option input[value="${last}"]`).check();
    const check = page.getByRole('button', { name: 'Check' });
    for (let k = 0; k < (await toChoose()) - 1; k++) await page.locator(`.option input[value="${q.options[k]}"]`).check();
    await check.click();
    await page.locator('.verdict').waitFor();
    const session = await readStored<{ answers: Record<string, { selected: string[] }> }>(page, 'practice', 'd1-bundle-1');
    expect(session.answers[q.id]!.selected).toContain(last);
  });

  it('keeps the written order when the setting is off', async () => {
    await page.goto(`${app.origin}/settings`);
    const box = page.getByLabel('Shuffle questions and options');
    await box.uncheck();
    await expect.poll(() => readStored<{ value: boolean } | undefined>(page, 'settings', 'shuffle').then((r) => r?.value)).toBe(false);
    await startPractice(true);
    const q = await onScreen();
    expect(q.id).toBe('d1-001');
    expect(q.options).toEqual([...q.options].sort());
    await page.goto(`${app.origin}/settings`);
    await page.getByLabel('Shuffle questions and options').check();
    await expect.poll(() => readStored<{ value: boolean } | undefined>(page, 'settings', 'shuffle').then((r) => r?.value)).toBe(true);
  });

  it('an exam keeps its order across a reload and shows the same order on the results', async () => {
    await page.goto(`${app.origin}/practice/d2-bundle-1`);
    await page.getByRole('button', { name: /Start exam|Resume exam/ }).click();
    await page.waitForURL('**/exam/*');
    const first = await onScreen();
    await page.locator(`.option input[value="${first.options[2]}"]`).check();
    // Reload once the tap is stored (the reload would otherwise cut its write).
    const id = new URL(page.url()).pathname.split('/')[2]!;
    await expect.poll(async () => Object.keys((await readStored<{ answers: object }>(page, 'attempts', id)).answers).length).toBe(1);
    await page.reload();
    const again = await onScreen();
    expect(again).toEqual(first);
    expect(await page.locator(`.option input[value="${first.options[2]}"]`).isChecked()).toBe(true);
  });
});
