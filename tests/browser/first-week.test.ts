// What a candidate trips over in a first week (issue 12), offline, on a phone.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openOfflineApp, type OfflineApp } from './support/offline-app';

let app: OfflineApp;

beforeAll(async () => {
  app = await openOfflineApp('/review');
});

afterAll(async () => {
  await app?.browser.close();
});

describe('a phone on its side (844×390)', () => {
  it('leaves a flashcard’s answer most of the screen: the header scrolls away, bars shrink', async () => {
    const { page, origin } = app;
    await page.setViewportSize({ width: 844, height: 390 });
    try {
      await page.goto(`${origin}/review/cards`);
      await page.getByRole('button', { name: /Show answer/ }).click();
      const back = page.locator('.flashcard-back');
      await back.waitFor();
      await back.evaluate((el) => el.scrollIntoView({ block: 'start' }));
      // What the bars that stay on screen (fixed or sticky) leave of the viewport's height.
      const room = await page.evaluate(() => {
        const height = (sel: string): number => {
          const el = document.querySelector(sel)!;
          return ['fixed', 'sticky'].includes(getComputedStyle(el).position) ? el.getBoundingClientRect().height : 0;
        };
        return innerHeight - height('.app-header') - height('.rating-bar') - height('.bottom-nav');
      });
      await page.screenshot({ path: 'test-results/screens/flashcard-landscape-light.png' });
      expect(room).toBeGreaterThanOrEqual(220); // was about 30 px
    } finally {
      await page.setViewportSize({ width: 390, height: 844 });
    }
  });
});

describe('the study plan form', () => {
  it('puts each radio button beside its label, on one line', async () => {
    const { page, origin } = app;
    await page.goto(`${origin}/progress`);
    const radios = page.locator('input[name="plan-kind"]');
    await radios.first().waitFor();
    for (let i = 0; i < (await radios.count()); i++) {
      const { input, label } = await radios.nth(i).evaluate((el) => {
        const l = el.closest('label')!;
        const r = document.createRange();
        r.selectNodeContents(l);
        r.setStartAfter(el);
        const text = r.getBoundingClientRect();
        return { input: el.getBoundingClientRect().toJSON() as DOMRect, label: text.toJSON() as DOMRect };
      });
      expect(input.right).toBeLessThanOrEqual(label.left + 1); // beside, not above
      expect(Math.abs(input.top + input.height / 2 - (label.top + label.height / 2))).toBeLessThan(12);
    }
  });
});
