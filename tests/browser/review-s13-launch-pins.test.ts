// Review s13 (commit 8273c49). PASSING PINS, not failures: the launch rolls a
// starting place for a NEW shuffled sitting; these pin what it must never touch
// (no test covered them): a stored session, and Shuffle turned off.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWithoutServiceWorker, type LiveApp } from './support/no-service-worker';
import { putStored, readStored } from './support/idb';
import { loadPacks, loadQuestions } from '../../scripts/content/load-questions';
import { ROOT } from './support/global-setup';
import type { PracticeSession } from '../../src/lib/db/schema';

let app: LiveApp;
const pack = loadPacks(ROOT, loadQuestions(ROOT)).find((p) => p.id === 'd1-bundle-1')!;

beforeAll(async () => {
  app = await openWithoutServiceWorker();
});
afterAll(async () => {
  await app?.close();
});

async function wipe(): Promise<void> {
  const { page, server } = app;
  await page.goto(`${server.origin}/manifest.webmanifest`);
  await page.evaluate(() => new Promise<void>((resolve) => {
    const r = indexedDB.deleteDatabase('dva-study');
    r.onsuccess = r.onerror = r.onblocked = () => resolve();
  }));
}

async function launch(path: string, value: number): Promise<{ p: Page; shown: string }> {
  const fresh = await app.page.context().newPage();
  await fresh.addInitScript((v) => { Math.random = () => v; }, value);
  await fresh.goto(`${app.server.origin}${path}`);
  await fresh.locator('.option input').first().waitFor();
  const shown = await fresh.locator('.option input').first().evaluate((i) => (i as HTMLInputElement).name.replace(/^q-/, ''));
  return { p: fresh, shown };
}

describe('a launch on /practice/<pack>/q (review s13, passing pins)', () => {
  it('resumes a stored session as it was: the launch\'s roll does not reorder or restart it', async () => {
    await wipe();
    const { page, server } = app;
    await page.goto(`${server.origin}/practice`);
    await page.locator('.pack-link').first().waitFor();
    const ids = [...pack.questionIds].reverse();
    const stored: PracticeSession = { id: pack.id, packId: pack.id, title: pack.title, questionIds: ids, index: 3, answers: {}, updatedAt: 1, shuffleSeed: 'abc' } as PracticeSession;
    await putStored(page, 'practice', stored);
    await page.goto(`${server.origin}/manifest.webmanifest`);
    const { p, shown } = await launch(`/practice/${pack.id}/q`, 0.5);
    expect(shown).toBe(ids[3]);
    const after = (await readStored<PracticeSession>(p, 'practice', pack.id))!;
    expect(after.questionIds).toEqual(ids);
    expect(after.index).toBe(3);
    await p.close();
  });

  it('with Shuffle off, a new sitting keeps the written order whatever the roll', async () => {
    await wipe();
    const { page, server } = app;
    await page.goto(`${server.origin}/practice`);
    await page.locator('.pack-link').first().waitFor();
    await putStored(page, 'settings', { key: 'shuffle', value: false, updatedAt: Date.now() });
    await page.goto(`${server.origin}/manifest.webmanifest`);
    const { p, shown } = await launch(`/practice/${pack.id}/q`, 0.7);
    const s = (await readStored<PracticeSession>(p, 'practice', pack.id))!;
    expect(s.questionIds).toEqual(pack.questionIds);
    expect(s.shuffleSeed).toBeUndefined();
    expect(shown).toBe(pack.questionIds[0]);
    await p.close();
  });
});
