import { describe, expect, it } from 'vitest';
import { loadSeed, taskItemLines } from '../../../scripts/lib/seed-data.mjs';
import { chapterAt, chapterOfLine, flatten, listItems, readChapter } from './helpers.ts';

const seed = loadSeed();

describe('checklists', () => {
  it('the 47 self-assessment items are task-list items, in order, in their chapter', () => {
    let count = 0;
    for (const tracker of Object.values(seed.trackers.self_assessment)) {
      const items = tracker.groups.flatMap((g) => g.items);
      const ch = chapterOfLine(items[0]!.line);
      const tasks = flatten(listItems(readChapter(ch))).filter((i) => i.task);
      const texts = tasks.map((t) => t.text);
      let from = 0;
      for (const it of items) {
        const at = texts.indexOf(it.text, from);
        expect(at, `${ch.file}: ${it.text}`).toBeGreaterThanOrEqual(0);
        expect(tasks[at]!.checked).toBe(false);
        from = at + 1;
        count++;
      }
    }
    expect(count).toBe(47);
  });

  it('the Chapter Completion Checklist has 7 groups with 24 task-list children', () => {
    const cc = seed.trackers.chapter_completion_checklist;
    const parents = cc.groups.flatMap((g) => g.items);
    expect(parents).toHaveLength(7);
    const items = listItems(readChapter(chapterAt('00-overview.md')));
    let children = 0;
    for (const p of parents) {
      const got = items.find((i) => i.text === p.text);
      expect(got, p.text).toBeDefined();
      expect(got!.children.map((c) => c.text)).toEqual((p.children ?? []).map((c) => c.text));
      for (const c of got!.children) {
        expect(c.task).toBe(true);
        expect(c.checked).toBe(false);
        children++;
      }
    }
    expect(children).toBe(24);
  });

  it('every listed checklist line is a task item and no other item is', () => {
    const lines = taskItemLines();
    let expected = 0;
    let got = 0;
    for (const file of new Set([...lines].map((l) => chapterOfLine(l).file))) {
      expected += [...lines].filter((l) => chapterOfLine(l).file === file).length;
      got += flatten(listItems(readChapter(chapterAt(file)))).filter((i) => i.task).length;
    }
    expect(got).toBe(expected);
    expect(expected).toBe(217);
  });

  it('fill-in blanks are structures, not underscores', () => {
    const md = readChapter(chapterAt('08-final-checklist.md'));
    expect(md).not.toMatch(/_{3,}|(\\_){3,}/);
    expect(md).toContain('- [ ] **Score**: `    `% (target: 60%+)');
    const overview = readChapter(chapterAt('00-overview.md'));
    expect(overview).not.toMatch(/_{3,}|(\\_){3,}/);
    expect(overview).toContain('| Week | Hours studied | Chapters completed |\n| --- | --- | --- |\n| Week 1 | | |');
  });

  it('a checklist item turned back into a plain bullet is detected', () => {
    const md = readChapter(chapterAt('01-fundamentals.md')).replace('- [ ] I understand when to use Lambda vs EC2', '- I understand when to use Lambda vs EC2');
    const tasks = flatten(listItems(md)).filter((i) => i.task).map((i) => i.text);
    expect(tasks).not.toContain('I understand when to use Lambda vs EC2');
  });
});
