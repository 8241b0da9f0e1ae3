// Study time logs itself (issue 12 item 12): time on study screens, per day and
// activity, without idle or background time, never counted twice with the
// study timer; shown in the log as "logged by the app", editable. Offline,
// with Playwright's clock standing in for the minutes.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openOfflineApp, type OfflineApp } from './support/offline-app';
import { readStored } from './support/idb';
import type { StudySession } from '../../src/lib/db/schema';
import { shootBothThemes, studyClockStart } from './support/app';

let app: OfflineApp;
let page: Page;

beforeAll(async () => {
  app = await openOfflineApp('/read');
  page = app.page;
});

afterAll(async () => {
  await app?.browser.close();
});

const tracked = async (): Promise<StudySession[]> => (await readStored<StudySession[]>(page, 'studySessions')).filter((s) => s.tracked);

/** A reader's sign of life every minute for `minutes` minutes. */
async function activeFor(minutes: number): Promise<void> {
  for (let i = 0; i < minutes; i++) {
    await page.mouse.move(200, 400);
    await page.mouse.wheel(0, 120);
    await page.clock.runFor(60_000);
  }
  await page.mouse.wheel(0, 120);
}

async function setHidden(hidden: boolean): Promise<void> {
  await page.evaluate((h) => {
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => (h ? 'hidden' : 'visible') });
    document.dispatchEvent(new Event('visibilitychange'));
  }, hidden);
}

/** Leaves the study screen the way a user does: the Progress tab. */
async function toProgress(): Promise<void> {
  await page.getByRole('link', { name: 'Progress' }).click();
  await page.waitForURL('**/progress');
  await page.locator('[data-testid="week-total"]').waitFor();
}

describe('study time logs itself', () => {
  it('counts active reading, stops at the idle limit, skips the background, and shows it as logged by the app', async () => {
    await page.clock.install({ time: new Date(2026, 11, 3, 10, 0, 0) });
    const clockRuns = studyClockStart(page);
    await page.goto(`${app.origin}/read/01-fundamentals`);
    await page.locator('article.chapter h1').waitFor(); // (the clock fakes performance, so no chapter-interactive mark)
    await clockRuns();
    await activeFor(5); // 5 minutes of reading
    await page.clock.runFor(10 * 60_000); // then the phone lies still: 3 minutes count (the idle limit)
    await activeFor(1);
    await setHidden(true); // another app for 20 minutes: nothing counts
    await page.clock.runFor(20 * 60_000);
    await setHidden(false);
    await activeFor(2);
    await toProgress();
    await expect.poll(async () => (await tracked()).map((s) => [s.day, s.activity])).toEqual([['2026-12-03', 'reading']]);
    const minutes = (await tracked())[0]!.minutes;
    expect(minutes).toBeGreaterThanOrEqual(10); // 5 + 3 + 1 + 2 = 11, give or take the minute in flight
    expect(minutes).toBeLessThanOrEqual(12);
    await expect.poll(() => page.locator('.plain-list li', { hasText: 'logged by the app' }).count()).toBe(1);
    await shootBothThemes(page, 'study-time-tracked', { fullPage: true });
  });

  it('adds to the row the user corrected, keeps its day and activity fixed, and splits at midnight', async () => {
    const row = (await tracked())[0]!;
    await page.goto(`${app.origin}/progress/log/${encodeURIComponent(row.id)}`);
    await expect.poll(() => page.getByLabel('Minutes studied').inputValue()).toBe(String(row.minutes));
    expect(await page.locator('input[type="date"]').isDisabled()).toBe(true);
    await page.getByLabel('Minutes studied').fill('30');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.waitForURL('**/progress');
    // Four minutes of reading across midnight.
    await page.clock.setSystemTime(new Date(2026, 11, 3, 23, 58, 0));
    const clockRuns = studyClockStart(page);
    await page.goto(`${app.origin}/read/02-domain-1-development`);
    await page.locator('article.chapter h1').waitFor(); // (the clock fakes performance, so no chapter-interactive mark)
    await clockRuns();
    await activeFor(4);
    await toProgress();
    await expect.poll(async () => (await tracked()).map((s) => [s.day, s.minutes >= 1])).toEqual([
      ['2026-12-03', true],
      ['2026-12-04', true],
    ]);
    const [today, tomorrow] = await tracked();
    expect(today!.minutes).toBeGreaterThanOrEqual(31); // the user's 30, plus the minutes before midnight
    expect(today!.minutes + tomorrow!.minutes).toBeLessThanOrEqual(30 + 5);
  });

  it('never counts a minute the study timer is logging', async () => {
    const before = await tracked();
    await page.goto(`${app.origin}/progress/timer`);
    await page.getByRole('button', { name: /^Start/ }).first().click();
    // Leave only once the running timer is stored (leaving at once could drop its write).
    await expect.poll(() => readStored<{ record: unknown } | undefined>(page, 'timer', 'current').then((r) => Boolean(r?.record))).toBe(true);
    await page.goto(`${app.origin}/review/cards`);
    await page.getByRole('button', { name: /Show answer/ }).waitFor();
    await activeFor(3);
    await toProgress();
    await page.clock.runFor(1_000);
    const after = await tracked();
    expect(after.filter((s) => s.activity === 'flashcards')).toEqual([]);
    // Reading rows may still take the part minute the chapter left in flight; they never shrink.
    expect(after.filter((s) => s.activity !== 'flashcards').map((s) => s.minutes >= before.find((b) => b.id === s.id)!.minutes)).not.toContain(false);
  });
});
