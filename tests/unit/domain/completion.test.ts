import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileChapter } from '../../../scripts/content/compile-chapter';
import {
  autoTicks,
  bestScores,
  checklistTicks,
  COMPLETION_CHECKLIST,
  COMPLETION_ITEMS,
  completionProgress,
} from '../../../src/domain/study/completion';

const ROOT = resolve(import.meta.dirname, '../../..');
const trackers = JSON.parse(readFileSync(join(ROOT, 'scripts/lib/seed/trackers.json'), 'utf8')) as {
  chapter_completion_checklist: { groups: { items: { text: string; children: { text: string }[] }[] }[] };
};
const packs = (JSON.parse(readFileSync(join(ROOT, 'content/packs.json'), 'utf8')) as { packs: { id: string; title: string; targetPercent: number }[] }).packs;
const chapterIds = new Set(readdirSync(join(ROOT, 'content/chapters')).map((f) => f.replace(/\.md$/, '')));

const id = (n: number) => COMPLETION_ITEMS[n]!.id;

describe('the Chapter Completion Checklist is the guide’s (trackers.json chapter_completion_checklist)', () => {
  const source = trackers.chapter_completion_checklist.groups[0]!.items;

  // The guide's words, less the file names it adds in brackets ("(01_fundamentals)").
  const words = (s: string): string => s.replace(/\s*\(\d\d_[a-z0-9_]+\)/g, '');

  it('has 7 groups and 24 items with the guide’s texts (less file names), in order', () => {
    expect(COMPLETION_CHECKLIST).toHaveLength(7);
    expect(COMPLETION_ITEMS).toHaveLength(24);
    expect(COMPLETION_CHECKLIST.map((g) => g.title)).toEqual(source.map((g) => words(g.text)));
    expect(COMPLETION_CHECKLIST.map((g) => g.items.map((i) => i.text))).toEqual(source.map((g) => g.children.map((c) => words(c.text))));
    expect(COMPLETION_CHECKLIST[0]!.title).toBe('Chapter 0: Fundamentals');
  });

  it('uses the reader’s checkbox ids for the same boxes in 00-overview, so both share one stored state', () => {
    const markdown = readFileSync(join(ROOT, 'content/chapters/00-overview.md'), 'utf8');
    const compiled = compileChapter({ id: '00-overview', file: 'content/chapters/00-overview.md', markdown, diagrams: new Map(), chapterIds });
    // Every checkbox of 00-overview is one of the Chapter Completion Checklist's.
    const readerIds = compiled.checklistIds;
    expect(COMPLETION_ITEMS.map((i) => i.id)).toEqual(readerIds);
  });

  it('maps each "(NN%+)" practice item to its pack and the checklist’s target', () => {
    const packItems = COMPLETION_ITEMS.filter((i) => /\(\d+%\+\)/.test(i.text));
    expect(packItems).toHaveLength(8);
    for (const item of packItems) {
      const rule = item.auto;
      expect(rule.kind).toBe('pack-score');
      if (rule.kind !== 'pack-score') continue;
      const pack = packs.find((p) => p.id === rule.packId);
      expect(pack, item.text).toBeDefined();
      expect(item.text).toContain(pack!.title);
      expect(rule.targetPercent).toBe(Number(/\((\d+)%\+\)/.exec(item.text)![1]));
    }
    expect(packItems.map((i) => (i.auto.kind === 'pack-score' ? i.auto.packId : ''))).toEqual([
      'd1-bundle-1', 'd1-bundle-2', 'd2-bundle-1', 'd3-bundle-1', 'd4-bundle-1', 'full-test-1', 'full-test-2', 'full-test-3',
    ]);
  });

  it('ticks "Read complete" from the chapter of its group, and "Study strategies reviewed" from 07', () => {
    const reads = COMPLETION_ITEMS.filter((i) => i.auto.kind === 'chapter-read').map((i) => [i.text, i.auto.kind === 'chapter-read' ? i.auto.chapterId : '']);
    expect(reads).toEqual([
      ['Read complete', '01-fundamentals'],
      ['Read complete', '02-domain-1-development'],
      ['Read complete', '03-domain-2-security'],
      ['Read complete', '04-domain-3-deployment'],
      ['Read complete', '05-domain-4-troubleshooting'],
      ['Read complete', '06-integration'],
      ['Study strategies reviewed', '07-study-strategies'],
    ]);
    for (const i of COMPLETION_ITEMS) if (i.chapterId) expect(chapterIds).toContain(i.chapterId);
  });

  it('leaves exercises, self-assessments, the final checklist and "Ready for exam!" to the user', () => {
    expect(COMPLETION_ITEMS.filter((i) => i.auto.kind === 'manual').map((i) => i.text)).toEqual([
      'Exercises done',
      ...Array(6).fill('Self-assessment passed'),
      'Final checklist completed',
      'Ready for exam!',
    ]);
  });
});

describe('autoTicks', () => {
  it('ticks read chapters and packs at or above their target, and only automatic items', () => {
    const ticks = autoTicks(COMPLETION_ITEMS, {
      readChapters: ['01-fundamentals', '03-domain-2-security'],
      bestScores: { 'd1-bundle-1': 70, 'd1-bundle-2': 74.9, 'full-test-1': 92 },
    });
    expect(Object.keys(ticks)).toHaveLength(24 - 9);
    expect(ticks[id(0)]).toBe(true); // Fundamentals read
    expect(ticks[id(1)]).toBeUndefined(); // Exercises: manual
    expect(ticks[id(3)]).toBe(false); // Development not read
    expect(ticks[id(4)]).toBe(true); // D1 B1 70 ≥ 70
    expect(ticks[id(5)]).toBe(false); // D1 B2 74.9 < 75
    expect(ticks[id(7)]).toBe(true); // Security read
    expect(ticks[id(8)]).toBe(false); // D2 B1 never taken
    expect(ticks[id(17)]).toBe(true); // Full Practice Test 1 ≥ 70
  });

  it('accepts a Set of read chapters', () => {
    expect(autoTicks(COMPLETION_ITEMS, { readChapters: new Set(['07-study-strategies']), bestScores: {} })[id(19)]).toBe(true);
  });

  it('takes each pack’s best score', () => {
    expect(
      bestScores([
        { packId: 'd1-bundle-1', percent: 60 },
        { packId: 'd1-bundle-1', percent: 80 },
        { packId: 'd1-bundle-1', percent: 70 },
        { packId: null, percent: 100 },
      ]),
    ).toEqual({ 'd1-bundle-1': 80 });
  });
});

describe('checklistTicks', () => {
  it('ticks by the app or by hand, and counts progress', () => {
    const auto = autoTicks(COMPLETION_ITEMS, { readChapters: ['01-fundamentals'], bestScores: {} });
    const ticks = checklistTicks(COMPLETION_ITEMS, auto, { [id(1)]: true, [id(4)]: true, [id(2)]: false });
    expect(ticks[id(0)]).toEqual({ checked: true, by: 'auto' });
    expect(ticks[id(1)]).toEqual({ checked: true, by: 'manual' });
    expect(ticks[id(2)]).toEqual({ checked: false, by: null });
    expect(ticks[id(4)]).toEqual({ checked: true, by: 'manual' }); // scored on paper
    expect(completionProgress(ticks)).toEqual({ done: 3, total: 24 });
  });
});
