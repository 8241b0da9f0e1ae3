// The study coach (issue 15) and short sessions (issue 12 item 10) with the
// server stopped: a short session of Domain 1 answered all right, one of
// Domain 2 answered all wrong; the forecast then ranks Domain 2's task
// statements first, names the domains it cannot judge, and "Drill my weakest"
// opens a practice session of unseen Domain 2 questions. Both sessions land in
// the score history beside the forecast trend.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from './support/chrome';
import { openOfflineApp } from './support/offline-app';
import { seriousViolations } from './support/axe';
import { readStored } from './support/idb';
import { ROOT } from './support/global-setup';

let browser: Browser;
let page: Page;
let origin: string;
const SHOTS = join(ROOT, 'test-results/screens');

interface Q { id: string; task: string; answer: string[]; options: { id: string }[] }
const bank = new Map<string, Q>(
  readdirSync(join(ROOT, 'content/questions'))
    .filter((f) => f.endsWith('.json'))
    .flatMap((f) => (JSON.parse(readFileSync(join(ROOT, 'content/questions', f), 'utf8')) as { questions: Q[] }).questions)
    .map((q) => [q.id, q]),
);

beforeAll(async () => {
  ({ browser, page, origin } = await openOfflineApp('/practice'));
});

afterAll(async () => {
  await browser?.close();
});

const option = (letter: string) => page.locator(`.option input[value="${letter}"]`);

/** Answers the session's questions in order: the key, or (wrong) as many options outside the key. */
async function answerSession(sessionId: string, right: boolean): Promise<void> {
  const session = await readStored<{ questionIds: string[] }>(page, 'practice', sessionId);
  for (const [i, id] of session.questionIds.entries()) {
    await expect.poll(() => page.locator('.question-meta').textContent()).toContain(`Question ${i + 1} of ${session.questionIds.length}`);
    const q = bank.get(id)!;
    const pick = right ? q.answer : q.options.map((o) => o.id).filter((o) => !q.answer.includes(o)).slice(0, q.answer.length);
    for (const letter of pick) await option(letter).check();
    await page.getByRole('button', { name: 'Check' }).click();
    await expect.poll(() => page.getByTestId('running-score').textContent()).toContain(`${right ? i + 1 : 0} of ${i + 1} right`);
    await page.getByRole('button', { name: i + 1 === session.questionIds.length ? 'Finish' : 'Next' }).click();
  }
  await page.getByTestId('short-summary').waitFor();
}

const sessionIdFromUrl = (): string => new URL(page.url()).pathname.split('/')[2]!;

describe('study coach, offline', () => {
  it('has no forecast before any answer, and says how many answers it needs', async () => {
    await page.goto(`${origin}/practice`);
    expect(await page.getByTestId('forecast-none').textContent()).toContain('Answer 10 more questions');
  });

  it('runs a short session of 10 from a pack with a running score; its summary lands in the score history', async () => {
    await page.goto(`${origin}/practice/d1-bundle-1`);
    await page.getByRole('button', { name: '10 questions' }).click();
    await page.waitForURL('**/practice/short-d1-bundle-1-*/q');
    await page.screenshot({ path: join(SHOTS, 'short-session-light.png') });
    await answerSession(sessionIdFromUrl(), true);
    expect(await page.locator('.big-number').textContent()).toBe('10 / 10');
  });

  it('takes a chosen number, refusing one that is not a whole number', async () => {
    await page.goto(`${origin}/practice/d2-bundle-1`);
    await page.getByLabel('Or choose how many').fill('ten');
    await page.getByRole('button', { name: 'Start', exact: true }).click();
    expect(await page.getByRole('alert').textContent()).toContain('whole number');
    await page.getByLabel('Or choose how many').fill('12');
    await page.getByRole('button', { name: 'Start', exact: true }).click();
    await page.waitForURL('**/practice/short-d2-bundle-1-*/q');
    const id = sessionIdFromUrl();
    expect((await readStored<{ questionIds: string[] }>(page, 'practice', id)).questionIds).toHaveLength(12);
    await answerSession(id, false);
  });

  it('forecasts, ranks Domain 2’s task statements first and names the domains it cannot judge', async () => {
    await page.goto(`${origin}/progress`);
    const coach = page.locator('#coach');
    await coach.getByTestId('forecast').waitFor();
    expect(await coach.getByTestId('forecast').textContent()).toMatch(/\d{3}–\d{3,4}most likely \d{3}/);
    expect(await coach.getByTestId('unjudged').textContent()).toContain('Domain 3, Domain 4');
    const tasks = await coach.getByTestId('coach-tasks').locator('li').evaluateAll((lis) => lis.map((li) => li.getAttribute('data-task')));
    const d2 = tasks.filter((t) => t!.startsWith('2.'));
    expect(d2.length).toBeGreaterThan(0);
    expect(tasks.slice(0, d2.length)).toEqual(d2);
    await coach.getByTestId('forecast-chart').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await coach.scrollIntoViewIfNeeded();
    await coach.screenshot({ path: join(SHOTS, 'coach-progress-light.png') });
    await page.emulateMedia({ colorScheme: 'dark' });
    await coach.screenshot({ path: join(SHOTS, 'coach-progress-dark.png') });
    await page.emulateMedia({ colorScheme: 'light' });
  });

  it('"Drill my weakest" opens 10 unseen questions of the top task statements, and its answers keep the first answer', async () => {
    await page.goto(`${origin}/practice`);
    const card = page.locator('.coach-card');
    await card.getByTestId('forecast').waitFor();
    await page.screenshot({ path: join(SHOTS, 'coach-practice-light.png') });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: join(SHOTS, 'coach-practice-dark.png') });
    await page.emulateMedia({ colorScheme: 'light' });
    await card.getByRole('button', { name: /Drill my weakest/ }).click();
    await page.waitForURL('**/practice/drill-*/q');
    const drill = await readStored<{ questionIds: string[]; kind: string }>(page, 'practice', sessionIdFromUrl());
    expect(drill.kind).toBe('drill');
    expect(drill.questionIds).toHaveLength(10);
    expect(drill.questionIds.every((id) => bank.get(id)!.task.startsWith('2.'))).toBe(true);
    const results = await readStored<{ questionId: string }[]>(page, 'results');
    const answered = new Set(results.map((r) => r.questionId));
    expect(drill.questionIds.filter((id) => answered.has(id))).toEqual([]); // unseen first
    await answerSession(sessionIdFromUrl(), true);
    const row = await readStored<{ correct: boolean; first: { correct: boolean } }>(page, 'results', drill.questionIds[0]!);
    expect(row).toMatchObject({ correct: true, first: { correct: true } });
  });

  it('shows both sessions and the drill in the score history beside the forecast trend', async () => {
    await page.goto(`${origin}/progress/scores`);
    const table = page.getByTestId('short-history');
    await table.waitFor();
    expect(await table.locator('tbody tr').count()).toBe(3);
    const text = await table.textContent();
    expect(text).toContain('10 / 10 (100%)');
    expect(text).toContain('0 / 12 (0%)');
    expect(text).toMatch(/Drill: tasks? 2\.\d(, 2\.\d)*/);
    await page.getByTestId('forecast-chart').waitFor();
    await page.screenshot({ path: join(SHOTS, 'scores-forecast-light.png'), fullPage: true });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: join(SHOTS, 'scores-forecast-dark.png'), fullPage: true });
    await page.emulateMedia({ colorScheme: 'light' });
  });
});
