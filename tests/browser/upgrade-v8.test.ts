// Found by the second adversarial review: a real schema-8 database in real Chromium, offline, upgraded by
// the production build: indexedDB.databases() must see version 8, the lazy
// positional-id map must load from the precache, and migration 9 must move
// ticks, stars and card schedules; a second v8-era row that maps to an id
// already saved must not be lost or duplicated.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from './support/chrome';
import { openOfflineApp } from './support/offline-app';
import { readStored } from './support/idb';
import { movedInV9 } from '../unit/fixtures/db/v8';

let browser: Browser;
let page: Page;
let origin: string;

beforeAll(async () => {
  ({ browser, page, origin } = await openOfflineApp('/practice'));
});

afterAll(async () => {
  await browser?.close();
});

const card = { due: 1773655200000, stability: 3.2, difficulty: 5.5, elapsed_days: 2, scheduled_days: 3, learning_steps: 0, reps: 2, lapses: 0, state: 2, last_review: 1773396000000 };

/** Replaces the app's database by a schema-8 one holding these rows. */
async function makeV8(p: Page, rows: Record<string, unknown[]>): Promise<void> {
  await p.evaluate(async (rows) => {
    await new Promise<void>((resolve, reject) => {
      const del = indexedDB.deleteDatabase('dva-study');
      del.onsuccess = () => resolve();
      del.onerror = () => reject(del.error);
    });
    await new Promise<void>((resolve, reject) => {
      const open = indexedDB.open('dva-study', 8);
      open.onupgradeneeded = () => {
        const db = open.result;
        db.createObjectStore('settings', { keyPath: 'key' });
        db.createObjectStore('studySessions', { keyPath: 'id' }).createIndex('byDay', 'day');
        db.createObjectStore('reading', { keyPath: 'chapterId' }).createIndex('byUpdatedAt', 'updatedAt');
        db.createObjectStore('checklist', { keyPath: 'id' }).createIndex('byChapter', 'chapterId');
        db.createObjectStore('stars', { keyPath: 'id' }).createIndex('byCreatedAt', 'createdAt');
        db.createObjectStore('practice', { keyPath: 'id' });
        const attempts = db.createObjectStore('attempts', { keyPath: 'id' });
        attempts.createIndex('byPack', 'packId');
        attempts.createIndex('byStartedAt', 'startedAt');
        db.createObjectStore('flags', { keyPath: 'questionId' });
        db.createObjectStore('results', { keyPath: 'questionId' });
        db.createObjectStore('timer', { keyPath: 'id' });
        db.createObjectStore('cards', { keyPath: 'id' }).createIndex('byDue', 'card.due');
        db.createObjectStore('chapterReviews', { keyPath: 'id' });
        db.createObjectStore('reports', { keyPath: 'id' }).createIndex('byCreatedAt', 'createdAt');
        db.createObjectStore('ownPacks', { keyPath: 'id' });
        const tx = open.transaction!;
        for (const [store, list] of Object.entries(rows)) for (const row of list) tx.objectStore(store).put(row);
      };
      open.onsuccess = () => {
        open.result.close();
        resolve();
      };
      open.onerror = () => reject(open.error);
    });
  }, rows);
}

describe('a schema-8 database opened by this build, offline', () => {
  it('moves positional ticks, stars and cards to the text ids', async () => {
    const check = '00-overview:chapter-completion-checklist:0';
    const star = '02-domain-1-development#detailed-example-3-iot-device-management--fact-4';
    const mistake = 'common-mistake:01-fundamentals#detailed-example-3-scheduled-data-processing/2';
    await makeV8(page, {
      checklist: [{ id: check, chapterId: '00-overview', checked: true, updatedAt: 1773570000000 }],
      stars: [{ id: star, chapterId: '02-domain-1-development', anchor: star.split('#')[1], label: 'Must Know fact 4', createdAt: 1773570300000 }],
      cards: [{ id: mistake, card, updatedAt: 1773396100000 }],
    });
    await page.goto(`${origin}/read/00-overview`);
    await expect.poll(() => page.evaluate(async () => (await indexedDB.databases()).find((d) => d.name === 'dva-study')?.version), { timeout: 10_000 }).toBe(10);
    const ticks = await readStored<{ id: string }[]>(page, 'checklist');
    const stars = await readStored<{ id: string; anchor: string }[]>(page, 'stars');
    const cards = await readStored<{ id: string }[]>(page, 'cards');
    expect(ticks.map((r) => r.id)).toEqual([movedInV9[check]]);
    expect(stars.map((r) => r.id)).toEqual([movedInV9[star]]);
    expect(cards.map((r) => r.id)).toEqual([movedInV9[mistake]]);
  });
});
