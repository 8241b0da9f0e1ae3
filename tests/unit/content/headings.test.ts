import { describe, expect, it } from 'vitest';
import { CHAPTERS, loadSeed } from '../../../scripts/lib/seed-data.mjs';
import { renderHtml } from '../../../scripts/lib/render-text.mjs';
import { htmlHeadings, readChapter } from './helpers.ts';

const seed = loadSeed();

/**
 * Expected outline per file: heading_outline.tsv levels 1–4 as given; the 72
 * "Detailed Example" titles (level EX) one level below the nearest preceding
 * non-example heading (documented deviation-free choice, see IMPORT-NOTES).
 */
function expectedOutline(key: string): { level: number; text: string }[] {
  let parent = 1;
  return seed.outline
    .filter((h) => h.file === key)
    .map((h) => {
      if (h.level === 'EX') return { level: parent + 1, text: h.text };
      parent = Number(h.level);
      return { level: parent, text: h.text };
    });
}

describe('headings', () => {
  it('match heading_outline.tsv (levels and text, in order)', () => {
    let total = 0;
    for (const ch of CHAPTERS) {
      const got = htmlHeadings(renderHtml(readChapter(ch)));
      expect(got, ch.file).toEqual(expectedOutline(ch.key));
      expect(got[0]?.level).toBe(1);
      expect(got.filter((h) => h.level === 1)).toHaveLength(1);
      total += got.length;
    }
    expect(total).toBe(355);
    expect(seed.outline.filter((h) => h.level === 'EX')).toHaveLength(72);
  });

  it('Detailed Example titles are headings below their topic', () => {
    for (const ch of CHAPTERS) {
      const got = htmlHeadings(renderHtml(readChapter(ch)));
      got.forEach((h, i) => {
        if (!/^Detailed Example( \d+)?: /.test(h.text)) return;
        const parent = got.slice(0, i).reverse().find((p) => !/^Detailed Example/.test(p.text));
        expect(h.level).toBe((parent?.level ?? 0) + 1);
      });
    }
  });

  it('a wrong heading level is detected', () => {
    const ch = CHAPTERS[1]!;
    const md = readChapter(ch).replace('\n### Understanding Regions\n', '\n## Understanding Regions\n');
    expect(htmlHeadings(renderHtml(md))).not.toEqual(expectedOutline(ch.key));
  });
});
