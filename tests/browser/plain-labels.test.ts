// Every label a user sees is words from the guide or plain English: no file
// names ("01_fundamentals", "diagrams/….mmd"), no places standing in for words
// ("Must Know fact 1 in …"), no bare counts that mean nothing on their own.
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openOfflineApp, type OfflineApp } from './support/offline-app';
import { putStored } from './support/idb';
import { ROOT } from './support/global-setup';

const chapterIds = readdirSync(resolve(ROOT, 'content/chapters')).map((f) => f.replace(/\.md$/, ''));
const diagramNames = readdirSync(resolve(ROOT, 'content/diagrams'))
  .filter((f) => f.endsWith('.mmd'))
  .map((f) => f.replace(/\.mmd$/, ''));
const packs = (JSON.parse(readFileSync(resolve(ROOT, 'content/packs.json'), 'utf8')) as { packs: { id: string }[] }).packs.map((p) => p.id);

/** Chapter files as the guide writes them (01_fundamentals) or as the app names them (01-fundamentals). */
const fileNames = [...chapterIds, ...diagramNames];

let app: OfflineApp;

beforeAll(async () => {
  app = await openOfflineApp('/read');
});

afterAll(async () => {
  await app?.browser.close();
});

/** What a person can read or hear on the screen: text, accessible names, titles. */
async function wordsOnScreen(): Promise<string> {
  return app.page.evaluate(() => {
    const parts = [document.title, document.body.textContent ?? ''];
    for (const el of document.querySelectorAll('[aria-label], [title], [alt], [placeholder]')) {
      for (const a of ['aria-label', 'title', 'alt', 'placeholder']) {
        const v = el.getAttribute(a);
        if (v) parts.push(v);
      }
    }
    return parts.join('\n');
  });
}

function leaks(text: string): string[] {
  const t = text;
  const found: string[] = [];
  for (const name of fileNames) {
    const re = new RegExp(`(^|[^\\w-])${name.replace(/[-_]/g, '[-_]')}(?![\\w-])`);
    const m = re.exec(t);
    if (m) found.push(t.slice(Math.max(0, m.index - 30), m.index + name.length + 30).replace(/\s+/g, ' '));
  }
  for (const m of t.matchAll(/[\w/-]+\.(mmd|md)\b/g)) found.push(m[0]); // a file, not "a .md file"
  for (const m of t.matchAll(/Must Know fact \d+ in [^\n]{0,40}/g)) found.push(m[0]);
  for (const m of t.matchAll(/\b(?:d[1-4]|ft[1-3])-\d{2,3}\b/g)) found.push(m[0]); // a question's id
  return found;
}

async function visit(path: string, ready: string): Promise<string[]> {
  await app.page.goto(`${app.origin}${path}`);
  await app.page.locator(ready).first().waitFor();
  return (await leaks(await wordsOnScreen())).map((l) => `${path}: ${l}`);
}

describe('no file names or internal labels on any screen', () => {
  it('the detector finds the names it looks for', () => {
    expect(leaks('Chapter 0: Fundamentals (01_fundamentals)')).toHaveLength(1);
    expect(leaks('See: diagrams/01_fundamentals_regions.mmd')).not.toHaveLength(0);
    expect(leaks('Read Fundamentals (01-fundamentals) and mark it read.')).toHaveLength(1);
    expect(leaks('Must Know fact 1 in detailed example 3 iot device management')).toHaveLength(1);
    expect(leaks('Question d1-002: done')).toEqual(['d1-002']);
    expect(leaks('Read Chapter 0: Essential Background and mark it read.')).toEqual([]);
  });

  it('every chapter, pack and main screen reads as plain words', async () => {
    const found: string[] = [];
    for (const id of chapterIds) {
      await app.page.goto(`${app.origin}/read/${id}`);
      await app.page.waitForFunction(() => performance.getEntriesByName('chapter-interactive').length > 0);
      // The chapter's second part arrives after the first paint.
      await app.page.waitForFunction(() => document.querySelectorAll('.prose > div').length === 2);
      found.push(...leaks(await wordsOnScreen()).map((l) => `/read/${id}: ${l}`));
    }
    found.push(...(await visit('/read', '.chapter-list a')));
    found.push(...(await visit('/practice', 'h1, h2')));
    for (const p of packs) found.push(...(await visit(`/practice/${p}`, 'h1')));
    found.push(...(await visit('/review', 'h2')));
    found.push(...(await visit('/review/cards', '.kind-chips')));
    found.push(...(await visit('/progress', 'h2')));
    found.push(...(await visit('/progress/scores', 'h1, h2')));
    found.push(...(await visit('/progress/log', 'form')));
    found.push(...(await visit('/progress/timer', 'h1, h2')));
    found.push(...(await visit('/settings', 'h2')));
    found.push(...(await visit('/practice/q-d1-002/q', '.stem')));
    found.push(...(await visit('/search?q=lambda', '.search-results, [role="status"]')));
    expect(found).toEqual([]);
  });

  it('flashcard kind chips are plain names, not a count each that all read "(20)"', async () => {
    await app.page.goto(`${app.origin}/review/cards`);
    await app.page.locator('.kind-chips .chip').first().waitFor(); // the screen renders once its cards are read
    const chips = await app.page.locator('.kind-chips .chip').allTextContents();
    expect(chips.length).toBeGreaterThan(2);
    for (const c of chips) expect(c).not.toMatch(/\(\d+\)/);
  });

  it('a starred Must Know fact is listed by its words, also when it was starred with an old place label', async () => {
    const { page, origin } = app;
    await page.goto(`${origin}/read/01-fundamentals`);
    await page.waitForFunction(() => performance.getEntriesByName('chapter-interactive').length > 0);
    const fact = page.locator('li.fact').first();
    const factText = ((await fact.textContent()) ?? '').replace(/\s+/g, ' ').trim();
    await fact.locator('button.star').click();
    await expect.poll(() => fact.locator('button.star').getAttribute('aria-pressed')).toBe('true');
    // A star saved by an older version of the app, labelled by its place.
    const second = page.locator('li.fact').nth(1);
    const secondId = (await second.getAttribute('id'))!;
    const secondText = ((await second.textContent()) ?? '').replace(/\s+/g, ' ').trim();
    await putStored(page, 'stars', {
      id: `01-fundamentals#${secondId}`,
      chapterId: '01-fundamentals',
      anchor: secondId,
      label: 'Must Know fact 2 in regions',
      createdAt: Date.now(),
    });
    await page.goto(`${origin}/review`);
    const list = page.locator('.plain-list').last();
    await list.locator('li').nth(1).waitFor();
    const labels = (await list.locator('li strong').allTextContents()).map((t) => t.replace(/…$/, ''));
    expect(labels.some((l) => factText.startsWith(l.slice(0, 40)))).toBe(true);
    expect(labels.some((l) => secondText.includes(l.slice(l.indexOf(':') + 1, 60).trim()))).toBe(true);
    expect(labels.join('\n')).not.toMatch(/Must Know fact \d/);
  });
});
