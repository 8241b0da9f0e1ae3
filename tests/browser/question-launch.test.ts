// Opened straight on a pack's question screen with no session yet (a shared
// link, a plan link): shuffle is on by default, so the sitting starts at a
// place rolled at launch, and that question's chunk is asked for by the shell
// before the screen's code has even run, not after the session is made.
// Build served live with service workers blocked, so the test sees requests.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWithoutServiceWorker, type LiveApp } from './support/no-service-worker';
import { readStored } from './support/idb';
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

async function launchWithRandom(value: number): Promise<{ session: PracticeSession; shown: string; hintedBeforeScreen: boolean }> {
  const { page, server } = app;
  // A page of the origin that is not the app (no open connection): a new device each time.
  await page.goto(`${server.origin}/manifest.webmanifest`);
  await page.evaluate(() => new Promise<void>((resolve) => {
    const r = indexedDB.deleteDatabase('dva-study');
    r.onsuccess = r.onerror = r.onblocked = () => resolve();
  }));
  const context = page.context();
  const fresh = await context.newPage();
  await fresh.addInitScript((v) => {
    Math.random = () => v;
  }, value);
  const order: string[] = [];
  fresh.on('request', (r) => order.push(new URL(r.url()).pathname));
  await fresh.goto(`${server.origin}/practice/${pack.id}/q`);
  await fresh.locator('.option input').first().waitFor();
  const shown = await fresh.locator('.option input').first().evaluate((i) => (i as HTMLInputElement).name.replace(/^q-/, ''));
  const session = (await readStored<PracticeSession>(fresh, 'practice', pack.id))!;
  // The chunk that holds the shown question: the one whose text has its id.
  const chunks = order.filter((p) => /^\/assets\/\d+-[\w-]+\.js$/.test(p));
  let holder: string | undefined;
  for (const p of chunks) if ((await (await fetch(`${server.origin}${p}`)).text()).includes(`id:\`${shown}\``)) holder = p;
  const hintedBeforeScreen = holder !== undefined && order.indexOf(holder) < order.findIndex((p) => /\/assets\/resume-question-/.test(p));
  await fresh.close();
  return { session, shown, hintedBeforeScreen };
}

describe('a launch on a question screen', () => {
  it('starts a new shuffled sitting at the place rolled at launch, whose chunk was asked for first', async () => {
    for (const value of [0.5, 0.999]) {
      const place = Math.floor(value * pack.questionIds.length);
      const { session, shown, hintedBeforeScreen } = await launchWithRandom(value);
      expect(session.questionIds[0]).toBe(pack.questionIds[place]);
      expect(shown).toBe(pack.questionIds[place]);
      expect([...session.questionIds].sort()).toEqual([...pack.questionIds].sort());
      expect(session.shuffleSeed).toBeTruthy();
      expect(hintedBeforeScreen).toBe(true);
    }
  });
});
