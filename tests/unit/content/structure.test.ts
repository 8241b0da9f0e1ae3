import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { convertAll } from '../../../scripts/lib/convert.mjs';
import { CHAPTERS, loadSeed } from '../../../scripts/lib/seed-data.mjs';
import { htmlToText, renderHtml } from '../../../scripts/lib/render-text.mjs';
import { CONTENT, chapterOfLine, readChapter } from './helpers.ts';

const seed = loadSeed();
const NAV_LINES = [428, 1496, 2417, 3967, 5064, 5578, 5874, 6278, 6756];

describe('chapter structure', () => {
  it('navigation lines link to the next chapter file', () => {
    for (const n of NAV_LINES) {
      const ch = chapterOfLine(n);
      const next = CHAPTERS[CHAPTERS.indexOf(ch) + 1]!;
      const html = renderHtml(readChapter(ch));
      const label = /^(Next Chapter|Next File|Next Step):/.exec(seed.line(n))![1]!;
      const para = [...html.matchAll(/<p>([\s\S]*?)<\/p>/g)].map((m) => m[1] ?? '').find((p) => p.startsWith(`<strong>${label}</strong>:`));
      expect(para, `line ${n}`).toContain(`<a href="./${next.file}">`);
      expect(existsSync(path.join(CONTENT, 'chapters', next.file))).toBe(true);
    }
  });

  it('Markdown-special characters in prose render literally', () => {
    const text = CHAPTERS.map((ch) => htmlToText(renderHtml(readChapter(ch)))).join('\n');
    for (const s of ['s3:*', 's3:Get*', '0 0 * * ? *', '${aws:username}', '"* ERROR *"', '02_domain_1_development', 'Consistency > intensity', 'C#']) {
      expect(text).toContain(s);
    }
  });

  it('only intended emphasis: no stray <em>, <del> or raw HTML besides diagram markers', () => {
    for (const ch of CHAPTERS) {
      const html = renderHtml(readChapter(ch));
      expect(html, ch.file).not.toMatch(/<del>/);
      const ems = [...html.matchAll(/<em>([\s\S]*?)<\/em>/g)].map((m) => m[1]);
      for (const em of ems) expect(em, ch.file).toMatch(/^(End of .*|Comprehensive Study Materials &amp; Key Concepts)$/);
      const comments = [...html.matchAll(/<!--[\s\S]*?-->/g)].map((m) => m[0]);
      for (const c of comments) expect(c).toMatch(/^<!-- diagram: [A-Za-z0-9_]+ -->$/);
    }
  });

  it('⭐ is restored on the 28 Must Know labels and the legend item', () => {
    const all = CHAPTERS.map(readChapter).join('\n');
    expect(all.match(/^⭐ \*\*Must Know \(Critical Facts\)\*\*:$/gm)).toHaveLength(28);
    expect(all).toContain('- ⭐ **Must Know**: Critical information for the exam - memorize this');
  });

  it('each flattened thematic break (two empty lines inside a file) is an <hr>', () => {
    const masked = new Set<number>();
    for (const b of [...seed.codeBlocks, ...seed.diagrams]) for (let n = b.start; n <= b.end; n++) masked.add(n);
    let total = 0;
    for (const ch of CHAPTERS) {
      let expected = 0;
      for (let n = ch.start; n < ch.end; n++) {
        if (!masked.has(n) && seed.line(n) === '' && seed.line(n + 1) === '') expected++;
      }
      const hrs = renderHtml(readChapter(ch)).match(/<hr>/g)?.length ?? 0;
      expect(hrs, ch.file).toBe(expected);
      total += hrs;
    }
    expect(total).toBe(20);
  });

  it('the converter is deterministic', () => {
    expect(convertAll()).toEqual(convertAll());
  });
});
