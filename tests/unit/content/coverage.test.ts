import { describe, expect, it } from 'vitest';
import { CHAPTERS } from '../../../scripts/lib/seed-data.mjs';
import { chapterAt, coverage, readChapter } from './helpers.ts';

describe('seed words in the rendered chapters', () => {
  it('every seed word (minus diagrams and REMOVALS) appears, in order, and nothing else is added', () => {
    let matched = 0;
    let total = 0;
    const problems: string[] = [];
    for (const ch of CHAPTERS) {
      const r = coverage(ch, readChapter(ch));
      matched += r.matched;
      total += r.total;
      problems.push(...r.problems);
    }
    const pct = (100 * matched) / total;
    console.log(`seed word coverage: ${matched}/${total} words = ${pct.toFixed(3)}%`);
    expect(problems).toEqual([]);
    expect(total).toBeGreaterThan(57000);
    expect(matched).toBe(total);
  });

  it('fails when a word is deleted', () => {
    const ch = chapterAt('03-domain-2-security.md');
    const md = readChapter(ch);
    const target = 'The Customer Master Key is stored in HSMs and never leaves KMS.';
    expect(md).toContain(target);
    const r = coverage(ch, md.replace(target, target.replace('never ', '')));
    expect(r.problems.length).toBeGreaterThan(0);
  });

  it('fails when a word is changed or moved', () => {
    const ch = chapterAt('01-fundamentals.md');
    const md = readChapter(ch);
    expect(coverage(ch, md.replace('within 60 miles', 'within 80 miles')).problems.length).toBeGreaterThan(0);
    expect(coverage(ch, md.replace('Amazon Web Services (AWS) is a comprehensive', 'Amazon (AWS) is a Web Services comprehensive')).problems.length).toBeGreaterThan(0);
  });

  it('fails when a word is added', () => {
    const ch = chapterAt('05-domain-4-troubleshooting.md');
    const md = readChapter(ch);
    expect(coverage(ch, md.replace('Log Groups organize logs', 'Log Groups always organize logs')).problems.length).toBeGreaterThan(0);
  });

});
