import { describe, expect, it } from 'vitest';
import { CHAPTERS, LANG_MAP, loadSeed } from '../../../scripts/lib/seed-data.mjs';
import { chapterOfLine, codeTokens, readChapter } from './helpers.ts';

const seed = loadSeed();

function codeProblems(file: string, md: string): string[] {
  const expected = seed.codeBlocks.filter((c) => chapterOfLine(c.start).file === file);
  const got = codeTokens(md);
  const problems: string[] = [];
  if (got.length !== expected.length) problems.push(`${file}: ${got.length} code blocks, expected ${expected.length}`);
  expected.forEach((c, i) => {
    const t = got[i];
    const lines: string[] = [];
    for (let n = c.start; n <= c.end; n++) lines.push(seed.line(n));
    if (!t) return;
    if (t.codeBlockStyle === 'indented' || !/^```/.test(t.raw)) problems.push(`${file} C@${c.start}: not fenced`);
    if (t.lang !== LANG_MAP[c.lang]) problems.push(`${file} C@${c.start}: lang ${t.lang} ≠ ${LANG_MAP[c.lang]}`);
    // Verbatim: same lines, same leading indentation, trailing spaces and space-only lines kept.
    if (t.text !== lines.join('\n')) problems.push(`${file} C@${c.start}: text differs`);
  });
  return problems;
}

describe('code blocks', () => {
  it('all 58 code blocks are fenced with a language and equal to their seed lines', () => {
    expect(seed.codeBlocks).toHaveLength(58);
    expect(seed.codeBlocks.reduce((n, c) => n + c.end - c.start + 1, 0)).toBe(891);
    const problems: string[] = [];
    let count = 0;
    for (const ch of CHAPTERS) {
      const md = readChapter(ch);
      problems.push(...codeProblems(ch.file, md));
      count += codeTokens(md).length;
    }
    expect(problems).toEqual([]);
    expect(count).toBe(58);
    for (const lang of Object.values(LANG_MAP)) expect(lang).toMatch(/^[a-z-]+$/);
  });

  it('a changed code line or lost indentation is detected', () => {
    const ch = CHAPTERS[4]!; // 04: YAML with deep indentation
    const md = readChapter(ch);
    expect(md).toContain('        AllowMethods: "\'GET,POST,PUT,DELETE\'"');
    expect(codeProblems(ch.file, md.replace('        AllowMethods:', '      AllowMethods:')).length).toBeGreaterThan(0);
    expect(codeProblems(ch.file, md.replace('```yaml', '```')).length).toBeGreaterThan(0);
  });
});
