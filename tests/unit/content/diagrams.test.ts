import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHAPTERS, DIAGRAM_PATCHES, loadSeed } from '../../../scripts/lib/seed-data.mjs';
import { CONTENT, chapterOfLine, lex, readChapter } from './helpers.ts';

const seed = loadSeed();
const nameOf = (file: string) => file.replace(/^diagrams\//, '').replace(/\.mmd$/, '');

/** Seed block lines with the listed patches applied (independently of the converter). */
function expectedMmd(d: (typeof seed.diagrams)[number]): string {
  const name = nameOf(d.file);
  const out: string[] = [];
  for (let n = d.start; n <= d.end; n++) {
    const line = seed.line(n);
    const patches = DIAGRAM_PATCHES.filter((p) => p.diagram === name && p.line === n);
    if (patches.length === 0) {
      out.push(line);
      continue;
    }
    expect(patches).toHaveLength(1);
    const p = patches[0]!;
    expect(line.split(p.from)).toHaveLength(2);
    if (p.to !== null) out.push(line.replace(p.from, p.to));
  }
  return out.join('\n') + '\n';
}

describe('diagrams', () => {
  it('content/diagrams holds exactly the 25 diagrams named by their See: lines', () => {
    const files = readdirSync(path.join(CONTENT, 'diagrams')).filter((f) => f.endsWith('.mmd')).sort();
    const expected = seed.diagrams.map((d) => `${nameOf(d.file)}.mmd`).sort();
    expect(seed.diagrams).toHaveLength(25);
    expect(files).toEqual(expected);
    for (const d of seed.diagrams) expect(seed.line(d.see_line)).toBe(`See: ${d.file}`);
  });

  it('every .mmd equals its seed block apart from the listed patches', () => {
    for (const d of seed.diagrams) {
      const file = readFileSync(path.join(CONTENT, 'diagrams', `${nameOf(d.file)}.mmd`), 'utf8');
      expect(file, nameOf(d.file)).toBe(expectedMmd(d));
    }
  });

  it('patches touch only the six diagrams that do not parse, each inside its block', () => {
    const broken = new Set(seed.diagrams.filter((d) => !d.parses_mermaid_11_17_2).map((d) => nameOf(d.file)));
    expect(broken.size).toBe(6);
    expect(new Set(DIAGRAM_PATCHES.map((p) => p.diagram))).toEqual(broken);
    for (const p of DIAGRAM_PATCHES) {
      const d = seed.diagrams.find((x) => nameOf(x.file) === p.diagram)!;
      expect(p.line).toBeGreaterThanOrEqual(d.start);
      expect(p.line).toBeLessThanOrEqual(d.end);
      expect(p.why.length).toBeGreaterThan(20);
    }
    // The 19 valid diagrams are byte-identical to the seed.
    for (const d of seed.diagrams.filter((x) => x.parses_mermaid_11_17_2)) {
      const file = readFileSync(path.join(CONTENT, 'diagrams', `${nameOf(d.file)}.mmd`), 'utf8');
      const lines: string[] = [];
      for (let n = d.start; n <= d.end; n++) lines.push(seed.line(n));
      expect(file).toBe(lines.join('\n') + '\n');
    }
  });

  it('a modified diagram is detected', () => {
    const d = seed.diagrams[0]!;
    expect(expectedMmd(d)).not.toBe(expectedMmd(d).replace('Lambda, EC2', 'Lambda'));
  });

  it('each chapter has a block-level marker per diagram, in place, between caption and See: line', () => {
    for (const ch of CHAPTERS) {
      const md = readChapter(ch);
      const inChapter = seed.diagrams.filter((d) => chapterOfLine(d.start) === ch);
      const markers = [...md.matchAll(/^<!-- diagram: ([A-Za-z0-9_]+) -->$/gm)].map((m) => m[1]);
      expect(markers, ch.file).toEqual(inChapter.map((d) => nameOf(d.file)));
      expect(md.match(/diagram:/g)?.length ?? 0).toBe(inChapter.length);
      const lines = md.split('\n');
      for (const d of inChapter) {
        const i = lines.indexOf(`<!-- diagram: ${nameOf(d.file)} -->`);
        expect(lines[i - 1]).toBe('');
        expect(lines[i + 1]).toBe('');
        const caption = d.caption.replace(/^📊 /, '').replace(/:$/, '');
        expect(lines[i - 2], d.file).toContain(caption);
        expect(lines[i + 2], d.file).toMatch(/^\*\*See\*\*: diagrams\//);
      }
      // Markers are HTML blocks, not inline text inside a paragraph.
      const htmlBlocks = lex(md).filter((t) => t.type === 'html' && /diagram:/.test(t.raw));
      expect(htmlBlocks).toHaveLength(inChapter.length);
    }
  });
});
