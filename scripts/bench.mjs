// npm run bench: Lighthouse 12 (mobile) on each main screen, three runs each,
// medians; first-route JS and precache sizes. Writes bench-results/bench.json,
// prints a table, and exits 1 when a budget is missed. Not part of npm test.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { preview } from 'vite';

const SCREENS = ['/read', '/practice', '/review', '/progress', '/settings'];
const RUNS = 3;
const BUDGET = { performance: 100, lcpMs: 1500, tbtMs: 50, cls: 0, firstRouteJsGzipKb: 30 };
const CHROME = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const gz = (file) => gzipSync(readFileSync(file), { level: 9 }).length;

execFileSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn'], { stdio: 'inherit' });

// First route: the entry script and everything it preloads, as index.html lists them.
const html = readFileSync('dist/index.html', 'utf8');
const firstRouteJs = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]);
const firstRouteJsGzip = firstRouteJs.reduce((sum, f) => sum + gz(join('dist', f)), 0);

const sw = readFileSync('dist/sw.js', 'utf8');
const precache = [...sw.matchAll(/"?url"?\s*:\s*"([^"]+)"/g)].map((m) => m[1]);
const precacheBytes = precache.reduce((s, f) => s + statSync(join('dist', f)).size, 0);
const precacheGzip = precache.reduce((s, f) => s + gz(join('dist', f)), 0);

const server = await preview({ preview: { host: '127.0.0.1', port: 0 }, logLevel: 'warn' });
const origin = server.resolvedUrls.local[0].replace(/\/$/, '');
const chrome = await chromeLauncher.launch({ chromePath: CHROME, chromeFlags: FLAGS });

const screens = [];
for (const path of SCREENS) {
  const runs = [];
  for (let i = 0; i < RUNS; i++) {
    const result = await lighthouse(`${origin}${path}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] });
    const { categories, audits } = result.lhr;
    runs.push({
      performance: Math.round((categories.performance.score ?? 0) * 100),
      lcpMs: audits['largest-contentful-paint'].numericValue,
      tbtMs: audits['total-blocking-time'].numericValue,
      cls: audits['cumulative-layout-shift'].numericValue,
    });
  }
  screens.push({
    path,
    performance: median(runs.map((r) => r.performance)),
    lcpMs: Math.round(median(runs.map((r) => r.lcpMs))),
    tbtMs: Math.round(median(runs.map((r) => r.tbtMs))),
    cls: Number(median(runs.map((r) => r.cls)).toFixed(3)),
    runs,
  });
}
await chrome.kill();
await server.close();

const results = {
  date: new Date().toISOString(),
  lighthouse: '12.2.3 mobile (default throttling), median of 3',
  budget: BUDGET,
  screens,
  firstRoute: { files: firstRouteJs, jsGzipBytes: firstRouteJsGzip },
  precache: { files: precache.length, bytes: precacheBytes, gzipBytes: precacheGzip },
};
mkdirSync('bench-results', { recursive: true });
writeFileSync('bench-results/bench.json', `${JSON.stringify(results, null, 2)}\n`);

const misses = [];
const mark = (ok, what) => {
  if (!ok) misses.push(what);
  return ok ? 'ok' : 'OVER';
};
console.table(
  screens.map((s) => ({
    screen: s.path,
    performance: `${s.performance} ${mark(s.performance >= BUDGET.performance, `${s.path} performance`)}`,
    'LCP ms': `${s.lcpMs} ${mark(s.lcpMs <= BUDGET.lcpMs, `${s.path} LCP`)}`,
    'TBT ms': `${s.tbtMs} ${mark(s.tbtMs <= BUDGET.tbtMs, `${s.path} TBT`)}`,
    CLS: `${s.cls} ${mark(s.cls <= BUDGET.cls, `${s.path} CLS`)}`,
  })),
);
console.table({
  'first-route JS (gzip)': { value: `${(firstRouteJsGzip / 1024).toFixed(1)} KB`, budget: `${BUDGET.firstRouteJsGzipKb} KB`, status: mark(firstRouteJsGzip <= BUDGET.firstRouteJsGzipKb * 1024, 'first-route JS') },
  'precache files': { value: precache.length, budget: '', status: '' },
  'precache stored': { value: `${(precacheBytes / 1024).toFixed(1)} KB`, budget: '', status: '' },
  'precache gzip': { value: `${(precacheGzip / 1024).toFixed(1)} KB`, budget: '', status: '' },
});
console.log(misses.length ? `Over budget: ${misses.join(', ')}` : 'All budgets met.');
process.exit(misses.length ? 1 : 0);
