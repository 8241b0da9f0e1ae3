// Data correctness of exams and practice under pressure: a stale second tab,
// a database held busy by another tab, quick second taps. Production build,
// server stopped, 390×844. Each scenario lost or corrupted data before.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from './support/chrome';
import { openOfflineApp } from './support/offline-app';
import { busyDone, holdBusy, putStored, readStored } from './support/idb';
import type { Attempt, PracticeSession } from '../../src/lib/db/schema';

let browser: Browser;
let a: Page;
let origin: string;

beforeAll(async () => {
  ({ browser, page: a, origin } = await openOfflineApp('/practice', { writtenOrder: true }));
});

afterAll(async () => {
  await browser?.close();
});

const option = (p: Page, letter: string) => p.locator(`.option input[value="${letter}"]`);
const attemptId = (p: Page): string => new URL(p.url()).pathname.split('/')[2]!;

async function startExam(p: Page): Promise<string> {
  await p.goto(`${origin}/practice/d1-bundle-1`);
  await p.getByRole('button', { name: /Start exam|Resume exam/ }).click();
  await p.waitForURL('**/exam/*');
  await p.locator('.question-meta').waitFor();
  return attemptId(p);
}

async function jumpTo(p: Page, n: number): Promise<void> {
  await p.getByRole('button', { name: 'Questions' }).click();
  await p.getByRole('button', { name: new RegExp(`^Question ${n}, `) }).click();
  await expect.poll(() => p.locator('.question-meta').textContent()).toContain(`Question ${n} of`);
}

describe('an exam open in two tabs', () => {
  it('a stale tab can neither un-submit, nor re-score, nor drop the answers of an exam submitted in the other tab', async () => {
    const id = await startExam(a);
    const b = await browser.context.newPage();
    await b.goto(`${origin}/exam/${id}`);
    await b.locator('.question-meta').waitFor();
    for (const [i, letter] of ['b', 'c', 'a'].entries()) {
      if (i > 0) await b.getByRole('button', { name: 'Next' }).click();
      await option(b, letter).check();
    }
    await expect.poll(() => b.locator('.exam-bar').textContent()).toContain('3/50 answered');
    await b.getByRole('link', { name: 'Review all questions before submitting' }).click();
    await b.getByRole('button', { name: 'Submit exam' }).click();
    await b.getByRole('button', { name: 'Submit anyway' }).click();
    await b.waitForURL('**/results/*');
    const submitted = await readStored<Attempt>(b, 'attempts', id);
    expect(submitted.submittedAt).not.toBeNull();
    expect(Object.keys(submitted.answers)).toHaveLength(3);

    // Tab A still shows question 1 of the running exam: it follows the other tab to the results.
    await a.waitForURL('**/results/*', { timeout: 5_000 }).catch(() => undefined);
    if (a.url().includes('/exam/')) await option(a, 'd').check().catch(() => undefined);
    await expect.poll(() => a.url()).toContain(`/results/${id}`);
    const after = await readStored<Attempt>(a, 'attempts', id);
    expect(after.submittedAt).toBe(submitted.submittedAt);
    expect(after.answers).toEqual(submitted.answers);
    expect(after.score).toEqual(submitted.score);
    expect(after.timedOut).toBe(false);
    await b.close();
  });

  it('a stale tab left open past the deadline does not submit its own copy over the other tab\'s submission', async () => {
    await a.clock.install();
    const id = await startExam(a);
    const b = await browser.context.newPage();
    await b.goto(`${origin}/exam/${id}`);
    await b.locator('.question-meta').waitFor();
    await option(b, 'a').check();
    await expect.poll(() => b.locator('.exam-bar').textContent()).toContain('1/50 answered');
    // Tab A never hears of it (as when the other tab's message is lost), then its clock passes the deadline.
    await a.evaluate(() => {
      (window as unknown as { BroadcastChannel: unknown }).BroadcastChannel = undefined;
    });
    await b.getByRole('link', { name: 'Review all questions before submitting' }).click();
    await b.getByRole('button', { name: 'Submit exam' }).click();
    await b.getByRole('button', { name: 'Submit anyway' }).click();
    await b.waitForURL('**/results/*');
    const submitted = await readStored<Attempt>(b, 'attempts', id);
    await a.clock.fastForward('01:41:00');
    await expect.poll(() => a.url(), { timeout: 10_000 }).toContain(`/results/${id}`);
    const after = await readStored<Attempt>(a, 'attempts', id);
    expect(after.timedOut).toBe(false);
    expect(after.answers).toEqual(submitted.answers);
    expect(after.submittedAt).toBe(submitted.submittedAt);
    await b.close();
  });
});

describe('with the database held busy by another tab (400 ms)', () => {
  it('answer then Next keeps the answer and the new place; the screen does not jump back', async () => {
    await a.goto(`${origin}/practice`);
    const id = await startExam(a);
    await holdBusy(a, ['attempts'], 400);
    await option(a, 'b').check();
    await a.getByRole('button', { name: 'Next' }).click();
    await busyDone(a);
    await expect.poll(async () => (await readStored<Attempt>(a, 'attempts', id)).current).toBe(1);
    const stored = await readStored<Attempt>(a, 'attempts', id);
    expect(Object.values(stored.answers)).toEqual([['b']]);
    expect(await a.locator('.question-meta').textContent()).toContain('Question 2 of');
    await a.waitForTimeout(300);
    expect(await a.locator('.question-meta').textContent()).toContain('Question 2 of');
  });

  it('ticking A then B on a "Choose TWO" stores both', async () => {
    const id = attemptId(a);
    await jumpTo(a, 9); // d1-009 is "Choose TWO"
    expect(await a.locator('.question-stem, .stem, h2, p').allTextContents()).toEqual(expect.arrayContaining([expect.stringContaining('Choose TWO')]));
    await holdBusy(a, ['attempts'], 400);
    await option(a, 'c').check();
    await option(a, 'e').check();
    await busyDone(a);
    await expect.poll(async () => (await readStored<Attempt>(a, 'attempts', id)).answers['d1-009']).toEqual(['c', 'e']);
    expect(await option(a, 'c').isChecked()).toBe(true);
    expect(await option(a, 'e').isChecked()).toBe(true);
  });

  it('the time-out submit waits for an answer still being saved', async () => {
    const id = attemptId(a);
    await jumpTo(a, 3);
    await holdBusy(a, ['attempts'], 400);
    await option(a, 'd').check();
    await a.clock.fastForward('01:41:00');
    await a.waitForURL('**/results/*', { timeout: 10_000 });
    const stored = await readStored<Attempt>(a, 'attempts', id);
    expect(stored.timedOut).toBe(true);
    expect(stored.answers['d1-003']).toEqual(['d']);
    expect(stored.answers['d1-009']).toEqual(['c', 'e']);
  });

  it('practice: ticking two boxes quickly then Check keeps both', async () => {
    await a.goto(`${origin}/practice/q-d1-009/q`);
    await a.locator('.question-meta').waitFor();
    await holdBusy(a, ['practice'], 400);
    await option(a, 'c').check();
    await option(a, 'e').check();
    await a.getByRole('button', { name: 'Check' }).click();
    await busyDone(a);
    await expect.poll(async () => (await readStored<PracticeSession>(a, 'practice', 'q-d1-009')).answers['d1-009']).toEqual({ selected: ['c', 'e'], checked: true });
    await expect.poll(() => a.locator('.verdict').textContent()).toBe('Right.');
  });
});

describe('an exam whose questions are gone', () => {
  it('ends cleanly with a clear message when its imported pack is deleted, and every other exam still starts', async () => {
    await a.clock.resume().catch(() => undefined);
    await a.goto(`${origin}/practice`);
    await a.getByLabel('Choose a .json or .md file').setInputFiles({
      name: 'gone.md', mimeType: 'text/markdown', buffer: Buffer.from('# Gone bank\n### First?\n- [x] yes\n- [ ] no\n### Second?\n- [ ] no\n- [x] yes\n'),
    });
    await a.getByRole('button', { name: 'Import 2 questions' }).click();
    await a.waitForURL(/\/practice\/my-[a-z0-9]+$/);
    const packUrl = a.url();
    await a.getByRole('button', { name: 'Start exam' }).click();
    await a.waitForURL('**/exam/*');
    const id = attemptId(a);
    await option(a, 'a').check();

    // Deleted in another tab while this exam runs.
    const b = await browser.context.newPage();
    await b.goto(packUrl);
    await b.getByRole('button', { name: 'Delete' }).click();
    await b.getByRole('button', { name: 'Delete pack' }).click();
    await b.waitForURL('**/practice');
    await b.close();

    // The running exam went with its pack: this tab says so at once, without a reload.
    await expect.poll(() => a.locator('h2').first().textContent()).toBe('Exam not found');
    expect(await a.locator('main').textContent()).toContain('removed with its pack');
    expect(await readStored<Attempt | undefined>(a, 'attempts', id)).toBeUndefined();

    // Practice no longer offers to resume it, and another pack's exam starts.
    await a.goto(`${origin}/practice/d1-bundle-1`);
    await a.getByRole('button', { name: 'Start exam' }).click();
    await a.waitForURL('**/exam/*');
    await expect.poll(() => a.locator('.question-meta').textContent()).toContain('Question 1 of 50');
    const running = attemptId(a);
    await a.getByRole('link', { name: 'Review all questions before submitting' }).click();
    await a.getByRole('button', { name: 'Submit exam' }).click();
    await a.getByRole('button', { name: 'Submit anyway' }).click();
    await a.waitForURL(`**/results/${running}`);
  });

  it('an exam left with none of its questions (a content update removed them) ends unscored, with a message', async () => {
    const now = await a.evaluate(() => Date.now());
    const orphan: Attempt = {
      id: 'orphan', packId: 'retired-pack', title: 'Retired pack', questionIds: ['zz-001', 'zz-002'], answers: { 'zz-001': ['a'] }, flagged: [], current: 1,
      startedAt: now, deadline: now + 4 * 60_000, limitMinutes: 4, targetPercent: 70, submittedAt: null, timedOut: false, score: null, note: '', updatedAt: now,
    };
    await putStored(a, 'attempts', orphan);
    await a.goto(`${origin}/exam/orphan`);
    await expect.poll(() => a.locator('h2').first().textContent()).toBe('This exam has ended');
    expect(await a.locator('main').textContent()).toContain('no longer in the app');
    await expect.poll(() => readStored<Attempt | undefined>(a, 'attempts', 'orphan')).toBeUndefined();
    await a.goto(`${origin}/exam/orphan/review`);
    await expect.poll(() => a.locator('h2').first().textContent()).toBe('Exam not found');
  });

  it('a render error shows a screen to recover from, never a blank app', async () => {
    // A practice session row damaged outside the app (a bad import of old data, a browser bug).
    await a.goto(`${origin}/practice`);
    await putStored(a, 'practice', { id: 'broken', packId: null, title: 'Broken', questionIds: null, index: 0, answers: {}, updatedAt: 1 });
    await a.goto(`${origin}/practice/broken/q`);
    await expect.poll(() => a.getByRole('alert').locator('h2').textContent()).toBe('This screen ran into a problem');
    await a.getByRole('link', { name: 'Read' }).first().click();
    await expect.poll(() => a.url()).toMatch(/\/read$/);
    await expect.poll(() => a.locator('main').textContent()).toMatch(/Chapter/);
    expect(await a.locator('main').textContent()).not.toContain('ran into a problem');
  });
});
