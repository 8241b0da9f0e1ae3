// Backup and restore with the server stopped: log study time, export the file
// (captured as a download), reject bad files with a clear error and no change,
// then restore the good file with "Replace everything".
import type { Page } from 'playwright-core';
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from './support/chrome';
import { openOfflineApp } from './support/offline-app';
import { seriousViolations } from './support/axe';

let browser: Browser;
let page: Page;
let origin: string;
let exported = '';

beforeAll(async () => {
  ({ browser, page, origin } = await openOfflineApp('/settings'));
});

afterAll(async () => {
  await browser?.close();
});

const weekTotal = () => page.getByTestId('week-total').textContent();
const fileInput = () => page.getByLabel('Import a backup file');

async function openSettings(): Promise<void> {
  await page.goto(`${origin}/settings`);
  await page.getByRole('heading', { name: 'Back up your progress' }).waitFor();
  // Desktop path: a download, never the share sheet.
  await page.evaluate(() => Object.defineProperty(navigator, 'canShare', { value: undefined, configurable: true }));
}

async function choose(name: string, text: string): Promise<void> {
  await fileInput().setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
}

describe('backup and restore, offline', () => {
  it('exports what was logged as a download', async () => {
    await page.goto(`${origin}/progress`);
    await expect.poll(weekTotal).toBe('0 min');
    await page.getByRole('button', { name: '+30 min practice' }).click();
    await expect.poll(weekTotal).toBe('30 min');

    await openSettings();
    // The line is held blank until the last backup time is read (no shift when it arrives).
    await expect.poll(() => page.getByTestId('backup-last').textContent()).toContain('not backed up yet');
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export backup' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^dva-study-backup-\d{4}-\d\d-\d\d\.json$/);
    exported = await readFile(await file.path(), 'utf8');
    const backup = JSON.parse(exported) as { app: string; data: { studySessions: { minutes: number }[] } };
    expect(backup.app).toBe('dva-study');
    expect(backup.data.studySessions.map((s) => s.minutes)).toEqual([30]);
    await expect.poll(() => page.getByTestId('backup-last').textContent()).toBe('Last backup: today.');
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('rejects bad files with a clear error and changes nothing', async () => {
    await openSettings();
    await choose('broken.json', exported.slice(0, exported.length / 2));
    await expect.poll(() => page.getByTestId('backup-error').textContent()).toContain('not JSON');
    await choose('other.json', JSON.stringify({ questions: [] }));
    await expect.poll(() => page.getByTestId('backup-error').textContent()).toContain('not a backup of this app');
    await choose('newer.json', exported.replace('"format":1', '"format":99'));
    await expect.poll(() => page.getByTestId('backup-error').textContent()).toContain('newer version');
    await choose('bad-field.json', exported.replace('"minutes":30', '"minutes":"thirty"'));
    await expect.poll(() => page.getByTestId('backup-error').textContent()).toBe(
      'Record 1 of kind "study sessions" has an invalid field "minutes".',
    );
    expect(await page.getByTestId('backup-preview').count()).toBe(0);
    await page.goto(`${origin}/progress`);
    await expect.poll(weekTotal).toBe('30 min');
  });

  it('restores the good file with Replace everything', async () => {
    await page.goto(`${origin}/progress`);
    await page.getByRole('button', { name: '+30 min practice' }).click();
    await expect.poll(weekTotal).toBe('1 h');

    await openSettings();
    await choose('backup.json', exported);
    const preview = page.getByTestId('backup-preview');
    await preview.waitFor();
    expect(await preview.textContent()).toContain('1 study sessions');
    await page.getByLabel('Replace everything').check();
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await expect.poll(() => page.getByTestId('backup-status').textContent()).toBe('Imported.');

    await page.goto(`${origin}/progress`);
    await expect.poll(weekTotal).toBe('30 min');
  });
});
