// Review (session 15), found while probing the start script with odd paths. The
// start script itself copes (it checks hasOwnProperty), but the app does not:
// App.tsx's `loaders[startChapter]` and ChapterScreen's `loaders[id]` read
// inherited properties of a plain object. /read/__proto__ calls Object.prototype
// while the entry is evaluated: the app never draws (blank frame, "pn is not a
// function"). /read/constructor calls Object() and then reads `.default.rest`
// of what it returns: an uncaught error. Both should be "Chapter not found".
// Older than commit 0f4012c (since 7d30c51). Fixed: the content compiler emits
// every id-keyed lookup with no prototype (byId in scripts/content/vite-plugin-content.ts).
import { afterAll, beforeAll, expect, it } from 'vitest';
import { openWithoutServiceWorker, type LiveApp } from './support/no-service-worker';

let app: LiveApp;
beforeAll(async () => {
  app = await openWithoutServiceWorker();
});
afterAll(() => app?.close());

for (const id of ['__proto__', 'constructor', 'hasOwnProperty', 'toString']) {
  it(`/read/${id} says the chapter is not found, with no uncaught error`, async () => {
    const page = await app.browser.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${app.server.origin}/read/${id}`);
    await page.getByText('Chapter not found').waitFor({ timeout: 10_000 });
    await page.waitForTimeout(500);
    expect(errors).toEqual([]);
    await page.close();
  });
}

// The same names in the other screens' ids (a pack, a session, an exam, a result, a day): a screen of the app is drawn,
// whatever it says, and nothing is thrown.
for (const path of ['/practice/__proto__', '/practice/constructor/q', '/practice/__proto__/q', '/exam/constructor', '/exam/__proto__/review', '/results/hasOwnProperty', '/progress/log/__proto__']) {
  it(`${path} draws a screen with no uncaught error`, async () => {
    const page = await app.browser.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${app.server.origin}${path}`);
    await page.locator('main .screen').first().waitFor({ timeout: 10_000 });
    await page.waitForTimeout(1000);
    expect(errors).toEqual([]);
    await page.close();
  });
}
