#!/usr/bin/env node
// Renders every content/diagrams/NAME.mmd to content/diagrams/NAME.svg (committed).
//
//   npm run diagrams
//
// Method (b) of /work/shared/docs/DIAGRAMS.md: one headless system Chromium
// (CHROME_PATH, else /usr/bin/chromium) via playwright-core; mermaid's ESM
// build and the Inter woff2 are served from node_modules on a fake origin and
// every other request is aborted, so the render is fully offline.
//
// Each SVG is made safe to inline next to the others on one page: root id
// `d-NAME`, every other id prefixed with it, its <style> scoped by `#d-NAME`
// (mermaid does that) and its @keyframes renamed. role="img" with the guide's
// caption as aria-label, width="100%" and the natural size only in viewBox (no
// fixed width or max-width: the app's CSS decides). SVGO runs with the SAFE
// override list only. First line: `<!-- stamp: <sha256> -->`, see
// scripts/lib/diagram-stamp.mjs; tests/unit/content/diagram-stamps.test.ts fails
// when a stamp is stale.
//
// Fails (exit 1, nothing written for that diagram) on a mermaid parse/render
// error, a label overflowing its box, output that is not well-formed XML, or an
// id/style that is not scoped.

import { readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROME_ARGS, findChrome } from './lib/chrome.mjs';
import { optimize } from 'svgo';
import { DIAGRAM_SETTINGS, diagramId, svgoConfig } from './lib/diagram-settings.mjs';
import { diagramStamp, stampLine } from './lib/diagram-stamp.mjs';
import { diagramLabel } from './lib/diagram-labels.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DIR = path.join(ROOT, 'content', 'diagrams');
const require = createRequire(import.meta.url);
const MERMAID_DIST = path.dirname(require.resolve('mermaid/dist/mermaid.esm.min.mjs'));
const MERMAID_VERSION = JSON.parse(readFileSync(path.join(ROOT, 'node_modules/mermaid/package.json'), 'utf8')).version;
const FONT_FILE = require.resolve(DIAGRAM_SETTINGS.font);
const ORIGIN = 'https://diagrams.invalid';

const PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<style>
@font-face { font-family: Inter; font-style: normal; font-weight: 400; font-display: block; src: url(/font/inter.woff2) format("woff2"); }
html, body { margin: 0; font-family: Inter, sans-serif; }
</style></head>
<body><div id="stage"></div>
<script type="module">
import mermaid from '/mermaid/mermaid.esm.min.mjs';
window.__mermaid = mermaid;
window.__ready = true;
</script></body></html>`;

// ---------------------------------------------------------------------------
// In the page: render one diagram, measure it at natural size, serialise as XML.

/** @param {{ id: string, source: string, tolerance: number }} arg */
async function renderInPage({ id, source, tolerance }) {
  const mermaid = /** @type {any} */ (window).__mermaid;
  const stage = /** @type {HTMLElement} */ (document.getElementById('stage'));
  let svgText;
  try {
    await mermaid.parse(source);
    ({ svg: svgText } = await mermaid.render(id, source));
  } catch (e) {
    document.getElementById(`d${id}`)?.remove(); // mermaid's error container
    return { error: String(/** @type {any} */ (e)?.message ?? e) };
  }
  stage.innerHTML = svgText;
  const svg = /** @type {SVGSVGElement | null} */ (stage.querySelector('svg'));
  if (!svg) return { error: 'mermaid returned no <svg>' };
  const vb = svg.viewBox.baseVal;
  // Natural size: 1 user unit = 1 CSS px, so client rects are in user units.
  svg.style.maxWidth = 'none';
  svg.style.width = `${vb.width}px`;
  svg.style.height = `${vb.height}px`;

  const overflows = [];
  const svgBox = svg.getBoundingClientRect();
  const shapeSel = ':scope > rect, :scope > polygon, :scope > path, :scope > circle, :scope > ellipse';
  for (const text of svg.querySelectorAll('text')) {
    const content = (text.textContent ?? '').trim();
    if (!content) continue;
    const t = text.getBoundingClientRect();
    /** @type {[string, DOMRect][]} */
    const boxes = [['svg viewport', svgBox]];
    const node = text.closest('g.node');
    const clusterLabel = text.closest('g.cluster-label');
    if (node) {
      const shape = node.querySelector(':scope > .label-container') ?? node.querySelector(shapeSel);
      if (shape) boxes.push([`node ${node.id}`, shape.getBoundingClientRect()]);
    } else if (clusterLabel) {
      const rect = clusterLabel.parentElement?.querySelector(':scope > rect');
      if (rect) boxes.push([`subgraph ${clusterLabel.parentElement?.id}`, rect.getBoundingClientRect()]);
    } else {
      const cls = text.classList;
      const parent = text.parentElement;
      const sibling = cls.contains('actor')
        ? parent?.querySelector(':scope > rect.actor')
        : cls.contains('noteText')
          ? parent?.querySelector(':scope > rect.note')
          : cls.contains('labelText')
            ? parent?.querySelector(':scope > polygon.labelBox')
            : null;
      if (sibling) boxes.push([`${[...cls].join('.')} box`, sibling.getBoundingClientRect()]);
    }
    for (const [what, b] of boxes) {
      const vertOk = what.startsWith('labelText');
      const sides = { left: b.left - t.left, right: t.right - b.right, top: b.top - t.top, bottom: t.bottom - b.bottom };
      for (const [side, over] of Object.entries(sides)) {
        // Sequence loop tabs ("alt", "opt", "par"): mermaid puts the 20-unit-high tab's text 3 units low, so the
        // line box (not the ink) of a descender sticks out below; SVG does not clip it. Only the width can fail.
        if (vertOk && (side === 'top' || side === 'bottom')) continue;
        if (over > tolerance) overflows.push(`"${content}" overflows ${what} at the ${side} by ${over.toFixed(1)}`);
      }
    }
  }
  const labels = svg.querySelectorAll('text').length;
  const xml = new XMLSerializer().serializeToString(svg);
  stage.innerHTML = '';
  return { xml, overflows, labels };
}

// ---------------------------------------------------------------------------
// In Node: make the serialised SVG self-contained and inline-safe.

const esc = (/** @type {string} */ s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const attrEsc = (/** @type {string} */ s) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** @param {string} xml @param {string} id @param {string} label */
function postProcess(xml, id, label) {
  let out = xml;
  // 1. Root element: role="img" + aria-label, width 100%, no fixed/max width.
  const rootMatch = /^<svg\b[^>]*>/.exec(out);
  if (!rootMatch) throw new Error('output does not start with <svg');
  let root = rootMatch[0];
  if (!root.includes(` id="${id}"`)) throw new Error(`root <svg> has no id="${id}"`);
  root = root
    .replace(/ style="[^"]*"/, '')
    .replace(/ (?:width|height|role|aria-roledescription|aria-label|aria-labelledby|aria-describedby)="[^"]*"/g, '')
    .replace(/^<svg\b/, `<svg width="100%" role="img" aria-label="${attrEsc(label)}"`);
  if (!/ viewBox="[^"]+"/.test(root)) throw new Error('root <svg> has no viewBox');
  out = root + out.slice(rootMatch[0].length);

  // 2. Every id inside carries the diagram's id as prefix (sequence diagrams emit bare actor0/root-0 …).
  const ids = [...out.matchAll(/ id="([^"]+)"/g)].map((m) => /** @type {string} */ (m[1]));
  for (const x of new Set(ids)) {
    if (x === id || x.startsWith(`${id}-`) || x.startsWith(`${id}_`)) continue;
    const nx = `${id}-${x}`;
    out = out
      .replace(new RegExp(` id="${esc(x)}"`, 'g'), ` id="${nx}"`)
      .replace(new RegExp(`url\\(#${esc(x)}\\)`, 'g'), `url(#${nx})`)
      .replace(new RegExp(`href="#${esc(x)}"`, 'g'), `href="#${nx}"`);
  }

  // 3. @keyframes names are global: prefix them and their uses.
  out = out.replace(/<style>([\s\S]*?)<\/style>/g, (_m, css) => {
    let c = /** @type {string} */ (css);
    for (const [, k] of c.matchAll(/@keyframes\s+([\w-]+)/g)) {
      if (!k || k.startsWith(`${id}-`)) continue;
      c = c
        .replace(new RegExp(`@keyframes\\s+${esc(k)}(?![\\w-])`, 'g'), `@keyframes ${id}-${k}`)
        .replace(new RegExp(`(animation(?:-name)?\\s*:\\s*)${esc(k)}(?![\\w-])`, 'g'), `$1${id}-${k}`);
    }
    return `<style>${c}</style>`;
  });
  return out;
}

/** Throws unless the SVG text is well-formed XML (svgo's strict sax parser, no plugins). */
function assertWellFormed(/** @type {string} */ svg) {
  optimize(svg, { plugins: [] });
}

/** Checks the finished SVG is inline-safe. Returns problems (empty = fine). */
function audit(/** @type {string} */ svg, /** @type {string} */ id) {
  const problems = [];
  const root = /<svg\b[^>]*>/.exec(svg)?.[0] ?? '';
  if (!root.includes(`id="${id}"`)) problems.push('root id missing');
  if (!root.includes('role="img"')) problems.push('role="img" missing');
  if (!/aria-label="[^"]+"/.test(root)) problems.push('aria-label missing');
  if (!/viewBox="[^"]+"/.test(root)) problems.push('viewBox missing');
  if (/max-width|(?<![-\w])width="(?!100%)/.test(root)) problems.push(`fixed width on root: ${root.slice(0, 200)}`);
  if (/<foreignObject/i.test(svg)) problems.push('foreignObject present (htmlLabels must be off)');
  const ids = [...svg.matchAll(/ id="([^"]+)"/g)].map((m) => m[1] ?? '');
  const dup = ids.filter((x, i) => ids.indexOf(x) !== i);
  if (dup.length) problems.push(`duplicate ids: ${[...new Set(dup)].join(', ')}`);
  const stray = ids.filter((x) => x !== id && !x.startsWith(`${id}-`) && !x.startsWith(`${id}_`));
  if (stray.length) problems.push(`unprefixed ids: ${stray.slice(0, 5).join(', ')}`);
  for (const [, css = ''] of svg.matchAll(/<style>([\s\S]*?)<\/style>/g)) {
    const text = css.replace(/^\s*<!\[CDATA\[|\]\]>\s*$/g, '').replace(/&gt;/g, '>').replace(/&lt;/g, '<').replace(/&amp;/g, '&');
    // Rule preludes outside @keyframes blocks must all start with #id.
    const noKeyframes = text.replace(/@keyframes\s+[\w-]+\s*\{(?:[^{}]*\{[^{}]*\})*[^{}]*\}/g, (m) =>
      m.includes(`@keyframes ${id}-`) ? '' : m,
    );
    for (const [, prelude = ''] of noKeyframes.matchAll(/(?:^|[};])\s*([^{};]+)\{/g)) {
      for (const sel of prelude.split(',')) {
        const s = sel.trim();
        if (!s.startsWith(`#${id}`)) problems.push(`unscoped CSS selector: ${s.slice(0, 80)}`);
      }
    }
  }
  return problems;
}

// ---------------------------------------------------------------------------

async function main() {
  const t0 = performance.now();
  const names = readdirSync(DIR)
    .filter((f) => f.endsWith('.mmd'))
    .map((f) => f.slice(0, -4))
    .sort();
  if (names.length === 0) throw new Error(`no .mmd files in ${DIR}`);
  const strays = readdirSync(DIR)
    .filter((f) => f.endsWith('.svg') && !existsSync(path.join(DIR, f.replace(/\.svg$/, '.mmd'))))
    .sort();

  const browser = await chromium.launch({ executablePath: findChrome(), headless: true, args: CHROME_ARGS });
  const failures = [];
  let written = 0;
  let raw = 0;
  try {
    const context = await browser.newContext({ viewport: DIAGRAM_SETTINGS.viewport, deviceScaleFactor: 1 });
    const page = await context.newPage();
    const pageErrors = [];
    page.on('pageerror', (e) => pageErrors.push(String(e)));
    const font = readFileSync(FONT_FILE);
    await page.route('**/*', async (route) => {
      const url = new URL(route.request().url());
      if (url.origin !== ORIGIN) return route.abort('blockedbyclient');
      if (url.pathname === '/') return route.fulfill({ contentType: 'text/html; charset=utf-8', body: PAGE });
      if (url.pathname === '/font/inter.woff2') return route.fulfill({ contentType: 'font/woff2', body: font });
      if (url.pathname.startsWith('/mermaid/')) {
        const file = path.join(MERMAID_DIST, decodeURIComponent(url.pathname.slice('/mermaid/'.length)));
        if (file.startsWith(MERMAID_DIST + path.sep) && existsSync(file)) {
          return route.fulfill({ contentType: 'text/javascript; charset=utf-8', body: readFileSync(file) });
        }
      }
      return route.abort('blockedbyclient');
    });
    await page.goto(`${ORIGIN}/`);
    await page.waitForFunction(() => /** @type {any} */ (window).__ready === true, null, { timeout: 30_000 });
    const fontOk = await page.evaluate(async (settings) => {
      await document.fonts.load('16px Inter');
      /** @type {any} */ (window).__mermaid.initialize(settings);
      return document.fonts.check('16px Inter');
    }, DIAGRAM_SETTINGS.mermaid);
    if (!fontOk) throw new Error('Inter did not load in the page');
    const tStart = performance.now();
    console.log(`Chromium ${browser.version()}, mermaid ${MERMAID_VERSION}; ready in ${Math.round(tStart - t0)} ms`);

    for (const name of names) {
      const id = diagramId(name);
      const source = readFileSync(path.join(DIR, `${name}.mmd`), 'utf8');
      const t = performance.now();
      const res = await page.evaluate(renderInPage, { id, source, tolerance: DIAGRAM_SETTINGS.overflowTolerance });
      const ms = Math.round(performance.now() - t);
      if ('error' in res && res.error) {
        failures.push(`${name}.mmd: mermaid error: ${res.error}`);
        console.error(`✗ ${name}: ${res.error}`);
        continue;
      }
      const problems = [...(res.overflows ?? [])];
      let svg = '';
      try {
        assertWellFormed(res.xml);
        const processed = postProcess(res.xml, id, diagramLabel(name));
        svg = optimize(processed, svgoConfig()).data;
        assertWellFormed(svg);
        problems.push(...audit(svg, id));
      } catch (e) {
        problems.push(`post-processing: ${/** @type {Error} */ (e).message}`);
      }
      if (problems.length) {
        failures.push(`${name}.mmd:\n    ${problems.join('\n    ')}`);
        console.error(`✗ ${name}: ${problems.length} problem(s)`);
        continue;
      }
      const stamp = diagramStamp({ source, mermaidVersion: MERMAID_VERSION, settings: DIAGRAM_SETTINGS });
      const file = `${stampLine(stamp)}\n${svg}\n`;
      const target = path.join(DIR, `${name}.svg`);
      const old = existsSync(target) ? readFileSync(target, 'utf8') : null;
      if (old !== file) {
        writeFileSync(target, file);
        written++;
      }
      raw += Buffer.byteLength(file);
      console.log(`✓ ${name}.svg  ${Buffer.byteLength(file).toLocaleString('en')} B  ${res.labels} labels  ${ms} ms${old === file ? '  (unchanged)' : ''}`);
    }
    if (pageErrors.length) failures.push(`page errors:\n    ${pageErrors.join('\n    ')}`);
  } finally {
    await browser.close();
  }

  const secs = ((performance.now() - t0) / 1000).toFixed(1);
  console.log(`\n${names.length - failures.length}/${names.length} rendered, ${written} file(s) changed, ${raw.toLocaleString('en')} B raw, ${secs} s`);
  if (strays.length) console.warn(`stray .svg without .mmd (delete them): ${strays.join(', ')}`);
  if (failures.length) {
    console.error(`\nFAILED:\n  ${failures.join('\n  ')}`);
    process.exitCode = 1;
  }
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
