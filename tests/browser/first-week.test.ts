// What a candidate trips over in a first week (issue 12), offline, on a phone.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openOfflineApp, type OfflineApp } from './support/offline-app';
import { shootBothThemes } from './support/app';
import { readStored } from './support/idb';

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
      await shootBothThemes(page, 'flashcard-landscape');
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

describe('install and keep the data, at the right moment (item 13)', () => {
  it('offers both once after the first finished session, never before; each is dismissible; Settings keeps both', async () => {
    const { browser, origin } = app;
    // A browser that can install (its own prompt) and has not yet granted persistent storage.
    await browser.context.addInitScript(() => {
      // The grant outlives a navigation, as a browser's does.
      const w = window as unknown as Record<string, unknown>;
      Object.defineProperty(navigator.storage, 'persisted', { configurable: true, value: () => Promise.resolve(sessionStorage.getItem('granted') === '1') });
      Object.defineProperty(navigator.storage, 'persist', {
        configurable: true,
        value: () => {
          sessionStorage.setItem('granted', '1');
          w.__persistAsked = ((w.__persistAsked as number) ?? 0) + 1;
          return Promise.resolve(true);
        },
      });
      // Chromium may fire its own beforeinstallprompt (the app is installable): its prompt is the one stubbed.
      const proto = (window as unknown as { BeforeInstallPromptEvent?: { prototype: object } }).BeforeInstallPromptEvent?.prototype;
      if (proto) {
        Object.defineProperty(proto, 'prompt', { configurable: true, value: () => ((w.__prompted = true), Promise.resolve()) });
        Object.defineProperty(proto, 'userChoice', { configurable: true, get: () => Promise.resolve({ outcome: 'dismissed' }) });
      }
      addEventListener('DOMContentLoaded', () => {
        const e = new Event('beforeinstallprompt') as Event & { prompt: () => Promise<void>; userChoice: Promise<unknown> };
        e.prompt = () => {
          w.__prompted = true;
          return Promise.resolve();
        };
        e.userChoice = Promise.resolve({ outcome: 'dismissed' });
        dispatchEvent(e);
      });
    });
    const page = await browser.context.newPage();
    try {
      await page.goto(`${origin}/practice`);
      await page.locator('h1, h2').first().waitFor();
      expect(await page.locator('.study-offer').count()).toBe(0); // nothing to protect yet
      // A first session: one question, checked, to its end.
      await page.goto(`${origin}/practice/q-d1-002/q`);
      await page.locator('.option input[value="b"]').check();
      await page.getByRole('button', { name: 'Check' }).click();
      await page.getByRole('button', { name: /^(Finish|Next)$/ }).click();
      await page.getByText(/questions you checked right/).waitFor();
      expect(await page.locator('.study-offer').count()).toBe(0); // not over a question screen
      // Leave only once the milestone is stored (a reload a moment earlier would cut the write).
      await expect.poll(async () => (await readStored<{ value: number } | undefined>(page, 'settings', 'firstSessionDoneAt'))?.value ?? 0).toBeGreaterThan(0);
      await page.goto(`${origin}/practice`);
      const offer = page.locator('.study-offer');
      await offer.waitFor();
      await shootBothThemes(page, 'study-offer');
      // Never over a chapter (it would move the text) or a running exam.
      await page.goto(`${origin}/read/01-fundamentals`);
      await page.locator('article.chapter h1').waitFor();
      expect(await page.locator('.study-offer').count()).toBe(0);
      await page.goto(`${origin}/practice`);
      await offer.waitFor();
      await offer.getByRole('button', { name: 'Keep my data' }).click();
      await expect.poll(() => page.evaluate(() => (window as unknown as { __persistAsked?: number }).__persistAsked)).toBe(1);
      await offer.getByRole('status').waitFor();
      await offer.getByRole('button', { name: 'Install app' }).click();
      await expect.poll(() => page.evaluate(() => (window as unknown as { __prompted?: boolean }).__prompted)).toBe(true);
      await offer.getByRole('button', { name: 'OK' }).click();
      await expect.poll(() => page.locator('.study-offer').count()).toBe(0);
      // Once: another finished session, a reload, another screen: no offer.
      await page.reload();
      await page.goto(`${origin}/practice/q-d1-003/q`);
      await page.locator('.option input').first().check();
      await page.getByRole('button', { name: 'Check' }).click().catch(() => undefined);
      await page.goto(`${origin}/progress`);
      await page.locator('[data-testid="week-total"]').waitFor();
      expect(await page.locator('.study-offer').count()).toBe(0);
      // Settings keeps both.
      await page.goto(`${origin}/settings`);
      await page.getByRole('button', { name: 'Install app' }).waitFor();
      await expect.poll(() => page.getByTestId('persisted').textContent()).toMatch(/^Yes/);
    } finally {
      await page.close();
    }
  });
});

describe('Back closes what is open before it leaves the screen (item 4, every overlay)', () => {
  it('the exam navigator, the shortcut sheet and the submit question', async () => {
    const { page, origin } = app;
    await page.goto(`${origin}/practice/d3-bundle-1`);
    await page.getByRole('button', { name: /^(Start exam|Resume exam)$/ }).click();
    await page.waitForURL('**/exam/*');
    const examUrl = page.url();
    // The question navigator.
    const toggle = page.getByRole('button', { name: /^Questions/ });
    await toggle.click();
    await expect.poll(() => toggle.getAttribute('aria-expanded')).toBe('true');
    await page.goBack();
    await expect.poll(() => toggle.getAttribute('aria-expanded')).toBe('false');
    expect(page.url()).toBe(examUrl);
    // The keyboard shortcut sheet.
    await page.getByRole('button', { name: /Keyboard shortcuts/ }).click();
    const sheet = page.locator('dialog.shortcuts-sheet');
    await expect.poll(() => sheet.evaluate((d) => (d as HTMLDialogElement).open)).toBe(true);
    await page.goBack();
    await expect.poll(() => sheet.evaluate((d) => (d as HTMLDialogElement).open)).toBe(false);
    expect(page.url()).toBe(examUrl);
    // "Submit anyway?": Back keeps the exam running, on the review screen.
    await page.getByRole('link', { name: /Review all questions|Review and submit/ }).first().click();
    await page.waitForURL('**/review');
    await page.getByRole('button', { name: 'Submit exam' }).click();
    await page.getByRole('button', { name: 'Submit anyway' }).waitFor();
    await page.goBack();
    await expect.poll(() => page.getByRole('button', { name: 'Submit anyway' }).count()).toBe(0);
    expect(page.url()).toMatch(/\/exam\/[^/]+\/review$/);
    await page.getByRole('button', { name: 'Submit exam' }).waitFor();
  });
});
