// npm run bench: 10,000 answers and 1,000 study sessions sync from one device
// to an empty one, through pouchdb-server on 127.0.0.1 (in memory), driven
// through Settings → Sync as a user would. Times the first device's upload
// (its first sync) and the empty device's download (its first sync).
import { chromium } from 'playwright-core';
import { startCouch } from './couch-server.mjs';

const ANSWERS = 10_000;
const SESSIONS = 1_000;

async function seed(page, store, rows) {
  await page.evaluate(
    ([s, list]) =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('dva-study');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(s, 'readwrite');
          for (const row of list) tx.objectStore(s).put(row);
          tx.oncomplete = () => (db.close(), resolve());
          tx.onerror = () => reject(tx.error);
        };
      }),
    [store, rows],
  );
}

async function count(page, store) {
  return page.evaluate(
    (s) =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('dva-study');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const req = db.transaction(s, 'readonly').objectStore(s).count();
          req.onsuccess = () => (db.close(), resolve(req.result));
          req.onerror = () => reject(req.error);
        };
      }),
    store,
  );
}

/** Connects through Settings and waits for the first sync to end; returns ms from the click and the status. */
async function connectAndSync(page, origin, url) {
  await page.goto(`${origin}/settings`);
  const card = page.getByTestId('sync-card');
  await card.getByLabel('Database address').fill(url);
  await card.getByLabel('User name').fill('bench');
  await card.getByLabel('Password').fill('bench-pw');
  const start = Date.now();
  await card.getByRole('button', { name: 'Save and sync' }).click();
  await page.waitForFunction(
    () => /^(Last synced|The |Could not|That )/.test(document.querySelector('[data-testid="sync-status"]')?.textContent ?? ''),
    undefined,
    { timeout: 600_000, polling: 100 },
  );
  const ms = Date.now() - start;
  const text = await card.getByTestId('sync-status').textContent();
  if (!text.startsWith('Last synced')) throw new Error(`sync bench: ${text}`);
  return { ms, status: text };
}

export async function measureSync(origin, executablePath, args) {
  const couch = await startCouch();
  const browser = await chromium.launch({ executablePath, args });
  try {
    const url = await couch.addUser('bench', 'bench-pw');
    const phone = await (await browser.newContext({ viewport: { width: 390, height: 844 } })).newPage();
    await phone.goto(`${origin}/read`);
    await phone.locator('main h2').first().waitFor();
    const t = Date.now() - ANSWERS - SESSIONS;
    await seed(phone, 'results', Array.from({ length: ANSWERS }, (_, i) => ({ questionId: `bench-${i}`, packId: 'd1-bundle-1', selected: ['a'], correct: i % 3 !== 0, answeredAt: t + i })));
    await seed(phone, 'studySessions', Array.from({ length: SESSIONS }, (_, i) => ({ id: `bench-${i}`, day: '2026-01-05', minutes: 30, activity: 'reading', note: '', updatedAt: t + i })));
    const upload = await connectAndSync(phone, origin, url);
    const laptop = await (await browser.newContext({ viewport: { width: 390, height: 844 } })).newPage();
    await laptop.goto(`${origin}/read`);
    await laptop.locator('main h2').first().waitFor();
    const download = await connectAndSync(laptop, origin, url);
    const got = { results: await count(laptop, 'results'), studySessions: await count(laptop, 'studySessions') };
    if (got.results !== ANSWERS || got.studySessions !== SESSIONS) throw new Error(`sync bench: the empty device got ${JSON.stringify(got)}`);
    return { answers: ANSWERS, studySessions: SESSIONS, uploadMs: upload.ms, downloadMs: download.ms };
  } finally {
    await browser.close();
    await couch.stop();
  }
}

// Run alone: node scripts/lib/bench-sync.mjs ORIGIN (a served build).
if (import.meta.url === `file://${process.argv[1]}`) {
  const { CHROME_ARGS, findChrome } = await import('./chrome.mjs');
  console.log(await measureSync(process.argv[2], findChrome(), CHROME_ARGS));
}
