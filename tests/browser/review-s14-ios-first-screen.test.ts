// Review (session 14): work the launch screen does not need (registering the
// service worker, the study clock) waits until "<main> holds something of the
// app's" and that is painted (app/after-first-screen.ts). On an iPhone's first
// visit <main> first holds the Add-to-Home-Screen guide (IosInstallGuide, drawn
// as soon as one setting is read), so the wait ends there, while the question
// the user opened is still on its way: on the slow link the change is for,
// workbox-window and the study clock share the question's round trips again, on
// the phones this app is mainly for. (A returning user's study offer card in
// <main> does the same, but there the service worker answers from its cache.)
import { describe, expect, it } from 'vitest';
import { useFirstVisits } from './support/first-visit';

const IPHONE_SAFARI =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1';

const visits = useFirstVisits();

/** A first visit on a question whose chunk takes 1.5 s to arrive: what was fetched before it was there? */
async function fetchedBeforeTheQuestion(userAgent?: string): Promise<{ guide: boolean; early: string[] }> {
  const page = await visits.newDevice({ userAgent });
  // When the question's options enter <main>, by the page's own clock.
  await page.addInitScript(() => {
    new MutationObserver((_, observer) => {
      if (!document.querySelector('main .option input')) return;
      (window as unknown as { questionAt: number }).questionAt = performance.now();
      observer.disconnect();
    }).observe(document, { childList: true, subtree: true });
  });
  await page.route(/\/assets\/\d+-[\w-]+\.js$/, async (route) => {
    await new Promise((r) => setTimeout(r, 1500));
    await route.continue().catch(() => undefined);
  });
  await page.goto(`${visits.origin()}/practice/d1-bundle-1/q`);
  await page.locator('main .option input').first().waitFor();
  const guide = (await page.getByRole('complementary', { name: 'Install the app on your iPhone' }).count()) === 1;
  await page.waitForTimeout(1000);
  const early = await page.evaluate(() => {
    const at = (window as unknown as { questionAt: number }).questionAt;
    return performance
      .getEntriesByType('resource')
      .filter((e) => e.startTime < at)
      .map((e) => /\/(workbox-window|study-clock)[\w.-]*\.js$/.exec(new URL(e.name).pathname)?.[1])
      .filter((name): name is string => !!name)
      .sort();
  });
  return { guide, early };
}

describe('a first visit on an iPhone, opened on a question', () => {
  it('(control) elsewhere: nothing the question does not need is fetched before it is there', async () => {
    expect(await fetchedBeforeTheQuestion()).toEqual({ guide: false, early: [] });
  });

  it('the install guide in <main> does not count as the question screen being drawn', async () => {
    expect(await fetchedBeforeTheQuestion(IPHONE_SAFARI)).toEqual({ guide: true, early: [] });
  });
});
