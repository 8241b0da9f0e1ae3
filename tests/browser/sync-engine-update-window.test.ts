// The runtime-cached sync engine must
// never keep something that is not the engine.
//
// A host that answers unknown paths with index.html and 200 does exactly that
// for a chunk that is no longer deployed. `vite preview`, which `npm start` uses, is such a host.
// Netlify "/* /index.html 200", Firebase/Vercel SPA rewrites and Cloudflare Pages without a
// 404.html are too. This happens in the update window: the page and service
// worker are still the old version, the host already serves the new deploy, and
// the user syncs for the first time on this device. CacheFirst then stores the
// HTML under the engine's URL. Every later sync in this version fails with
// "Connect to the internet" while online, even after a reload and even after
// the real file is back.
import { cpSync, createReadStream, existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { launchBrowser, type Browser } from './support/chrome';
import { waitForOfflineReady } from './support/app';
import { DIST } from './support/global-setup';
import { connect, syncEnded, syncNow } from './support/sync';

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.webmanifest': 'application/manifest+json', '.svg': 'image/svg+xml', '.png': 'image/png', '.ico': 'image/x-icon', '.woff2': 'font/woff2' };

/** A host with an SPA fallback for every path, assets included (what vite preview does when Accept is *\/*). */
async function spaHost(initialRoot: string): Promise<{ origin: string; setRoot: (r: string) => void; stop: () => Promise<void> }> {
  let root = initialRoot;
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    let file = normalize(join(root, decodeURIComponent(path)));
    if (!existsSync(file) || statSync(file).isDirectory()) file = join(root, 'index.html');
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache' });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    setRoot: (r) => (root = r),
    stop: () => new Promise<void>((r) => { server.close(() => r()); server.closeAllConnections(); }),
  };
}

const engineEntries = (page: Page): Promise<{ path: string; type: string | null }[]> =>
  page.evaluate(async () => {
    const cache = await caches.open('sync-engine');
    const out: { path: string; type: string | null }[] = [];
    for (const req of await cache.keys()) out.push({ path: new URL(req.url).pathname, type: (await cache.match(req))!.headers.get('content-type') });
    return out;
  });

const browsers: Browser[] = [];
const temp: string[] = [];
afterAll(async () => {
  for (const b of browsers) await b.close();
  for (const d of temp) rmSync(d, { recursive: true, force: true });
});

describe('the sync engine cache, in an app update window', () => {
  it('never keeps a host fallback page as the engine, and recovers once the file is served', async () => {
    // The "new deploy": the same build without this version's engine chunk.
    const next = mkdtempSync(join(tmpdir(), 'dva-next-deploy-'));
    temp.push(next);
    cpSync(DIST, next, { recursive: true });
    const engine = readdirSync(join(next, 'assets')).find((f) => /^engine-[\w-]+\.js$/.test(f))!;
    rmSync(join(next, 'assets', engine));

    const host = await spaHost(DIST);
    const browser = await launchBrowser();
    browsers.push(browser);
    const page = browser.context.pages()[0] ?? (await browser.context.newPage());
    await page.goto(`${host.origin}/settings`);
    await waitForOfflineReady(page);

    host.setRoot(next);
    const t = Date.now();
    // Any unreachable CouchDB will do: what matters is whether the engine loads.
    await connect(page, host.origin, 'http://127.0.0.1:9/db', 'bob', 'pw');
    const first = await syncEnded(page, t);
    // Nothing but JavaScript is kept under the engine's URL.
    for (const e of await engineEntries(page)) expect.soft(e.type, e.path).toMatch(/javascript/);
    // Online: the message must not tell the user to connect to the internet.
    expect.soft(first.error).not.toMatch(/Connect to the internet/);

    // The file is back (a host that keeps old assets, or a rollback): sync must load its engine again.
    host.setRoot(DIST);
    await page.reload();
    await page.getByTestId('sync-card').waitFor();
    const again = await syncNow(page);
    expect.soft(again.error).not.toMatch(/could not load its code/);
    await host.stop();
  });
});
