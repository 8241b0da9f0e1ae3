// Helpers for the sync tests: two browser profiles, rows seeded straight into
// the app's IndexedDB, Settings → Sync driven as a user would.
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { readStored } from './idb';

export interface StoredStatus {
  lastSuccessAt: number;
  last: { sent: number; received: number; skipped: number; skippedIds: string[] } | null;
  error: string | null;
  errorAt: number;
  startedAt?: number;
}

/** Puts rows into one store of the app's database (as another version of the app, or a long study history, would have). */
export async function seed(page: Page, store: string, rows: unknown[]): Promise<void> {
  await page.evaluate(
    ([s, list]) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('dva-study');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(s, 'readwrite');
          for (const row of list) tx.objectStore(s).put(row);
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    [store, rows] as const,
  );
}

export async function removeRow(page: Page, store: string, key: string, deletedAt: number): Promise<void> {
  await page.evaluate(
    ([s, k, at]) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('dva-study');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction([s, 'deletions'], 'readwrite');
          tx.objectStore(s).delete(k);
          tx.objectStore('deletions').put({ id: `${s}:${k}`, store: s, key: k, deletedAt: at });
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    [store, key, deletedAt] as const,
  );
}

const DEVICE_KEYS = new Set(['theme', 'offlineReadyShown', 'iosInstallGuideDismissed', 'persistRequested', 'lastBackupAt', 'firstSessionDoneAt', 'installOfferDone', 'persistOfferDone', 'sync', 'syncStatus']);
const STORES = ['results', 'attempts', 'practice', 'flags', 'studySessions', 'timer', 'cards', 'chapterReviews', 'reading', 'checklist', 'stars', 'reports', 'ownPacks', 'settings', 'deletions'];

/** Everything the user owns on a device, as comparable data (device settings left out). */
export async function userData(page: Page): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const store of STORES) {
    let rows = await readStored<Record<string, unknown>[]>(page, store);
    if (store === 'settings') rows = rows.filter((r) => !DEVICE_KEYS.has(r['key'] as string));
    out[store] = rows;
  }
  return out;
}

export async function status(page: Page): Promise<StoredStatus | null> {
  const row = await readStored<{ value: StoredStatus } | undefined>(page, 'settings', 'syncStatus');
  return row?.value ?? null;
}

/** Opens Settings and connects this device to the database. */
export async function connect(page: Page, origin: string, url: string, user: string, password: string): Promise<void> {
  await page.goto(`${origin}/settings`);
  const card = page.getByTestId('sync-card');
  await card.locator('form, button').first().waitFor();
  // Already connected: change the connection.
  if (await card.getByRole('button', { name: 'Change' }).isVisible()) await card.getByRole('button', { name: 'Change' }).click();
  await card.getByLabel('Database address').fill(url);
  await card.getByLabel('User name').fill(user);
  await card.getByLabel('Password').fill(password);
  await card.getByRole('button', { name: 'Save and sync' }).click();
}

/** Waits for a sync that began after `since` to end (well or not); returns its status. */
export async function syncEnded(page: Page, since: number): Promise<StoredStatus> {
  let last: StoredStatus | null = null;
  await expect
    .poll(
      async () => {
        last = await status(page);
        // A sync that began after `since` (one already running then may have read the data before a change).
        return !!last && (last.startedAt ?? 0) >= since;
      },
      { timeout: 60_000, interval: 200 },
    )
    .toBe(true);
  return last!;
}

/** "Sync now" on the Settings screen; resolves with how it ended. */
export async function syncNow(page: Page): Promise<StoredStatus> {
  const since = Date.now();
  await page.getByTestId('sync-card').getByRole('button', { name: 'Sync now' }).click();
  return syncEnded(page, since);
}
