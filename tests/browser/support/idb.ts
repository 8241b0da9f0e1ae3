// Reading the app's IndexedDB from a test, and holding it busy as another
// tab's long export would.
import type { Page } from 'playwright-core';

/** One stored row (or every row when key is omitted), read through a second connection. */
export async function readStored<T = unknown>(page: Page, store: string, key?: string): Promise<T> {
  return page.evaluate(
    ([s, k]) =>
      new Promise<T>((resolve, reject) => {
        const open = indexedDB.open('dva-study');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const os = db.transaction(s!, 'readonly').objectStore(s!);
          const req = k === undefined ? os.getAll() : os.get(k);
          req.onsuccess = () => {
            db.close();
            resolve(req.result as T);
          };
          req.onerror = () => reject(req.error);
        };
      }),
    [store, key] as const,
  );
}

/**
 * Holds a readwrite transaction on these stores for `ms`, so every other write
 * to them waits (an export in another tab does this). Resolves once it holds;
 * `window.__busyDone` resolves when it lets go.
 */
export async function holdBusy(page: Page, stores: string[], ms: number): Promise<void> {
  await page.evaluate(
    ([names, duration]) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('dva-study');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(names, 'readwrite');
          const os = tx.objectStore(names[0]!);
          const end = performance.now() + duration;
          const spin = (): void => {
            if (performance.now() < end) os.get('__busy__').onsuccess = spin;
          };
          spin();
          (window as unknown as { __busyDone: Promise<void> }).__busyDone = new Promise((done) => {
            tx.oncomplete = () => {
              db.close();
              done();
            };
          });
          resolve();
        };
      }),
    [stores, ms] as const,
  );
}

export async function busyDone(page: Page): Promise<void> {
  await page.evaluate(() => (window as unknown as { __busyDone: Promise<void> }).__busyDone);
}

/** Puts a raw row, as another version of the app (or a damaged file) might have left it. */
export async function putStored(page: Page, store: string, row: unknown): Promise<void> {
  await page.evaluate(
    ([s, r]) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('dva-study');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(s as string, 'readwrite');
          tx.objectStore(s as string).put(r);
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    [store, row] as const,
  );
}
