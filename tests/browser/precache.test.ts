// The built service worker must precache every file the app can request:
// anything missing would break on the train with no signal.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST } from './support/global-setup';

function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? listFiles(full) : [relative(DIST, full).split('\\').join('/')];
  });
}

function precacheList(): string[] {
  const sw = readFileSync(join(DIST, 'sw.js'), 'utf8');
  const match = /precacheAndRoute\((\[.*?\])\s*,/s.exec(sw);
  if (!match?.[1]) throw new Error('dist/sw.js has no precacheAndRoute([...]) list');
  return [...match[1].matchAll(/"?url"?\s*:\s*"([^"]+)"/g)].map((m) => m[1]!);
}

describe('precache', () => {
  const precached = new Set(precacheList());
  // The worker loads these itself; the page never requests them.
  const workerOwn = (f: string): boolean => f === 'sw.js' || /^workbox-[\w-]+\.js$/.test(f);
  // Install screenshots: only the browser's install dialog shows them, online (vite.config.ts globIgnores).
  const installOnly = (f: string): boolean => f.startsWith('screenshots/');
  // The sync engine (PouchDB): fetched with the first sync and kept by a runtime cache (sync-engine-cache.test.ts).
  const syncOnly = (f: string): boolean => /^assets\/engine-[\w-]+\.js$/.test(f);

  it('includes every file in the build but the install screenshots, and not those', () => {
    const files = listFiles(DIST);
    const missing = files.filter((f) => !workerOwn(f) && !installOnly(f) && !syncOnly(f) && !precached.has(f));
    expect(missing).toEqual([]);
    // Exactly one file is the sync engine, it holds PouchDB, and nothing precached does.
    const engine = files.filter(syncOnly);
    expect(engine).toHaveLength(1);
    expect(readFileSync(join(DIST, engine[0]!), 'utf8')).toMatch(/\b_revs_diff\b/);
    expect([...precached].filter(syncOnly)).toEqual([]);
    const pouchInPrecache = [...precached].filter((f) => f.endsWith('.js') && /\b_revs_diff\b/.test(readFileSync(join(DIST, f), 'utf8')));
    expect(pouchInPrecache).toEqual([]);
    expect(files.filter(installOnly).length).toBeGreaterThan(0);
    expect([...precached].filter(installOnly)).toEqual([]);
  });

  it('includes the shell, manifest, every lazy chunk and every manifest icon', () => {
    expect(precached).toContain('index.html');
    expect(precached).toContain('manifest.webmanifest');
    const manifest = JSON.parse(readFileSync(join(DIST, 'manifest.webmanifest'), 'utf8')) as {
      icons: { src: string }[];
      screenshots: { src: string }[];
    };
    for (const { src } of manifest.icons) expect(precached).toContain(src);
    const chunks = listFiles(join(DIST, 'assets')).map((f) => `assets/${f.split('/').pop()!}`);
    expect(chunks.length).toBeGreaterThan(3);
    for (const chunk of chunks.filter((c) => !syncOnly(c))) expect(precached).toContain(chunk);
  });

  it('does not precache the service worker itself', () => {
    expect(precached).not.toContain('sw.js');
  });

  it('lists only files that exist', () => {
    const files = new Set(listFiles(DIST));
    expect([...precached].filter((u) => !files.has(u))).toEqual([]);
  });
});
