// Regenerates the manifest's install screenshots (public/screenshots/) from
// the built app: `npm run build && npm run screenshots`. Needs Chromium.
import { mkdirSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROME_ARGS, findChrome } from './lib/chrome.mjs';
import { preview } from 'vite';

const OUT = 'public/screenshots';
const executablePath = findChrome();
const args = CHROME_ARGS;

const server = await preview({ preview: { port: 0, host: '127.0.0.1' }, logLevel: 'warn' });
const origin = server.resolvedUrls.local[0].replace(/\/$/, '');
mkdirSync(OUT, { recursive: true });

async function shoot(name, viewport, deviceScaleFactor) {
  const dir = await mkdtemp(join(tmpdir(), 'dva-shot-'));
  const context = await chromium.launchPersistentContext(dir, { executablePath, headless: true, args, viewport, deviceScaleFactor });
  const page = context.pages()[0] ?? (await context.newPage());
  // A believable week: three logged sessions.
  for (const [minutes, note] of [['60', 'Lambda concurrency and destinations'], ['45', 'API Gateway practice'], ['30', 'Flashcards']]) {
    await page.goto(`${origin}/progress/log`);
    await page.getByLabel('Minutes studied').fill(minutes);
    await page.getByLabel('Note (optional)').fill(note);
    await page.getByRole('button', { name: 'Save' }).click();
    await page.waitForURL('**/progress');
  }
  await page.getByTestId('week-total').waitFor();
  await page.evaluate(() => document.querySelector('.toasts')?.remove());
  await page.screenshot({ path: join(OUT, `${name}.png`) });
  await context.close();
  await rm(dir, { recursive: true, force: true });
}

await shoot('narrow-progress', { width: 390, height: 844 }, 2);
await shoot('wide-progress', { width: 1280, height: 800 }, 1);
await server.close();
console.log(`Wrote ${OUT}/narrow-progress.png (780x1688) and ${OUT}/wide-progress.png (1280x800)`);
