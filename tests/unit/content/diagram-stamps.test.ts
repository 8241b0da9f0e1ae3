// Every content/diagrams/NAME.mmd has a rendered NAME.svg whose freshness stamp
// matches the source, mermaid version and render settings. No browser needed:
// the stamp is recomputed here and compared with the SVG's first line.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { optimize } from 'svgo';
import { describe, expect, it } from 'vitest';
import { DIAGRAM_SETTINGS, diagramId } from '../../../scripts/lib/diagram-settings.mjs';
import { diagramLabel } from '../../../scripts/lib/diagram-labels.mjs';
import { diagramStamp, readStamp } from '../../../scripts/lib/diagram-stamp.mjs';
import { CONTENT, ROOT } from './helpers';

const DIR = path.join(CONTENT, 'diagrams');
const FIX = 'run npm run diagrams';
const files = readdirSync(DIR).sort();
const names = files.filter((f) => f.endsWith('.mmd')).map((f) => f.slice(0, -'.mmd'.length));
const mermaidVersion = (JSON.parse(readFileSync(path.join(ROOT, 'node_modules/mermaid/package.json'), 'utf8')) as { version: string }).version;

function expectedStamp(name: string): string {
  const source = readFileSync(path.join(DIR, `${name}.mmd`), 'utf8');
  return diagramStamp({ source, mermaidVersion, settings: DIAGRAM_SETTINGS });
}

/** Problems with NAME.svg (empty = fresh and well-formed). */
function problemsOf(name: string): string[] {
  const file = `${name}.svg`;
  const svgPath = path.join(DIR, file);
  if (!existsSync(svgPath)) return [`${file} is missing for ${name}.mmd: ${FIX}`];
  const svg = readFileSync(svgPath, 'utf8');
  const problems: string[] = [];
  const stamp = readStamp(svg);
  if (stamp === null) problems.push(`${file} has no "<!-- stamp: … -->" first line: ${FIX}`);
  else if (stamp !== expectedStamp(name)) problems.push(`${file} is stale (stamp does not match ${name}.mmd, mermaid ${mermaidVersion} and the render settings): ${FIX}`);
  try {
    optimize(svg, { plugins: [] }); // svgo's strict XML parser: throws on malformed markup
  } catch (e) {
    problems.push(`${file} is not well-formed XML (${(e as Error).message.split('\n')[0] ?? ''}): ${FIX}`);
  }
  const root = /<svg\b[^>]*>/.exec(svg)?.[0];
  if (!root) problems.push(`${file} contains no <svg: ${FIX}`);
  else {
    if (!root.includes(` id="${diagramId(name)}"`)) problems.push(`${file}: root id is not ${diagramId(name)}: ${FIX}`);
    if (!root.includes(' role="img"')) problems.push(`${file}: root has no role="img": ${FIX}`);
    const label = diagramLabel(name).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    if (!root.includes(` aria-label="${label}"`)) problems.push(`${file}: aria-label is not "${diagramLabel(name)}": ${FIX}`);
  }
  return problems;
}

describe('rendered diagrams (content/diagrams/*.svg)', () => {
  it('there are diagram sources', () => {
    expect(names.length).toBeGreaterThan(0);
  });

  it.each(names)('%s.svg exists, is fresh and well-formed', (name) => {
    expect(problemsOf(name)).toEqual([]);
  });

  it('no stray .svg without its .mmd', () => {
    const strays = files
      .filter((f) => f.endsWith('.svg') && !names.includes(f.slice(0, -'.svg'.length)))
      .map((f) => `${f} has no ${f.replace(/\.svg$/, '.mmd')}: delete it or ${FIX}`);
    expect(strays).toEqual([]);
  });

  it('ids are unique across all diagrams, so they can share one page', () => {
    const seen = new Map<string, string>();
    const clashes: string[] = [];
    for (const name of names) {
      const file = `${name}.svg`;
      if (!existsSync(path.join(DIR, file))) continue;
      for (const m of readFileSync(path.join(DIR, file), 'utf8').matchAll(/ id="([^"]+)"/g)) {
        const id = m[1] ?? '';
        const other = seen.get(id);
        if (other !== undefined) clashes.push(`id "${id}" in ${file} and ${other}`);
        else seen.set(id, file);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('a changed source makes the stamp stale', () => {
    const name = names[0];
    if (name === undefined) throw new Error('no diagrams');
    const source = readFileSync(path.join(DIR, `${name}.mmd`), 'utf8');
    const edited = diagramStamp({ source: `${source}%% edited\n`, mermaidVersion, settings: DIAGRAM_SETTINGS });
    expect(edited).not.toBe(expectedStamp(name));
    expect(diagramStamp({ source, mermaidVersion: '0.0.0', settings: DIAGRAM_SETTINGS })).not.toBe(expectedStamp(name));
    expect(diagramStamp({ source, mermaidVersion, settings: { ...DIAGRAM_SETTINGS, format: -1 } })).not.toBe(expectedStamp(name));
    // CRLF checkouts give the same stamp.
    expect(diagramStamp({ source: source.replace(/\n/g, '\r\n'), mermaidVersion, settings: DIAGRAM_SETTINGS })).toBe(expectedStamp(name));
  });
});
