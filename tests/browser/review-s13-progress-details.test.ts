// Review s13 (commit 9166f27). PASSING PIN, not a failure: Progress loads its
// weekly log, coach, checklist and readiness in a chunk of their own, with "Try
// again" when it cannot load. progress-first-screen.test.ts fails only that
// chunk; this pins the retry when one of ITS dependencies (the coach) failed.
// Build served live with service workers blocked, so the test can fail chunks.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWithoutServiceWorker, type LiveApp } from './support/no-service-worker';

let app: LiveApp;

beforeAll(async () => {
  app = await openWithoutServiceWorker();
});

afterAll(async () => {
  await app?.close();
});

describe('Progress details when one of its chunks fails once', () => {
  it('loads on Try again after a chunk the details depend on (the coach) failed once', async () => {
    const { page, server } = app;
    let fail = true;
    const COACH = /\/assets\/CoachSection-[\w-]+\.js$/;
    let aborted = 0;
    await page.route(COACH, (route) => {
      if (fail) {
        aborted++;
        return route.abort();
      }
      return route.continue();
    });
    await page.goto(`${server.origin}/progress`);
    const alert = page.getByRole('alert').filter({ hasText: 'The rest of Progress' });
    await alert.waitFor();
    expect(aborted).toBeGreaterThan(0);
    // The link is back (the phone left the tunnel): Try again must load it.
    fail = false;
    await alert.getByRole('button', { name: 'Try again' }).click();
    await page.getByRole('heading', { name: 'Chapter Completion Checklist' }).waitFor({ timeout: 5_000 });
    expect(await alert.count()).toBe(0);
    await page.unroute(COACH);
  });
});
