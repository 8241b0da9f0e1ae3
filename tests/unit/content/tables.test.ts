import { describe, expect, it } from 'vitest';
import { CHAPTERS, loadSeed } from '../../../scripts/lib/seed-data.mjs';
import { chapterOfLine, htmlTables, readChapter } from './helpers.ts';
import { renderHtml } from '../../../scripts/lib/render-text.mjs';

const seed = loadSeed();

const WEEKLY_LOG = [
  ['Week', 'Hours studied', 'Chapters completed'],
  ...Array.from({ length: 8 }, (_, i) => [`Week ${i + 1}`, '', '']),
];

/** Expected tables per chapter, in document order. */
function expectedTables(): Map<string, string[][][]> {
  const map = new Map<string, string[][][]>(CHAPTERS.map((c) => [c.file, []]));
  map.get('00-overview.md')!.push(WEEKLY_LOG);
  for (const t of seed.tables) map.get(chapterOfLine(t.header_line).file)!.push([t.header, ...t.rows]);
  return map;
}

function tableProblems(file: string, md: string, expected: string[][][]): string[] {
  const got = htmlTables(renderHtml(md));
  const problems: string[] = [];
  if (got.length !== expected.length) problems.push(`${file}: ${got.length} tables, expected ${expected.length}`);
  expected.forEach((table, ti) => {
    table.forEach((row, ri) => {
      row.forEach((cell, ci) => {
        const actual = got[ti]?.[ri]?.[ci];
        if (actual !== cell) problems.push(`${file} table ${ti} row ${ri} cell ${ci}: ${JSON.stringify(actual)} ≠ ${JSON.stringify(cell)}`);
      });
      if ((got[ti]?.[ri]?.length ?? 0) !== row.length) problems.push(`${file} table ${ti} row ${ri}: ${got[ti]?.[ri]?.length} cells`);
    });
    if ((got[ti]?.length ?? 0) !== table.length) problems.push(`${file} table ${ti}: ${got[ti]?.length} rows`);
  });
  return problems;
}

describe('tables', () => {
  it('golden cells re-join to the seed lines', () => {
    expect(seed.tables).toHaveLength(12);
    for (const t of seed.tables) {
      expect(t.header.join(' ')).toBe(seed.line(t.header_line));
      t.rows.forEach((r, i) => expect(r.join(' ').trimEnd()).toBe(seed.line(t.first_row_line + i)));
    }
  });

  it('every rendered table cell equals its golden cell (12 tables + the weekly log form)', () => {
    const expected = expectedTables();
    const problems: string[] = [];
    for (const ch of CHAPTERS) problems.push(...tableProblems(ch.file, readChapter(ch), expected.get(ch.file)!));
    expect(problems).toEqual([]);
    expect([...expected.values()].flat().reduce((n, t) => n + t.length - 1, 0)).toBe(80 + 8);
  });

  it('a changed cell is detected', () => {
    const expected = expectedTables();
    const md = readChapter(CHAPTERS[9]!);
    expect(md).toContain('| 15 minutes |');
    const broken = md.replace('| 15 minutes |', '| 16 minutes |');
    expect(tableProblems('99', broken, expected.get('99-appendices.md')!).length).toBeGreaterThan(0);
    const shifted = md.replace('| Pay per hour/second | Manual or Auto Scaling |', '| Pay per hour/second Manual | or Auto Scaling |');
    expect(tableProblems('99', shifted, expected.get('99-appendices.md')!).length).toBeGreaterThan(0);
  });
});
