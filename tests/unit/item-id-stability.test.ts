// Found by the second adversarial review: item ids made "from the item's own
// text" still depended on OTHER items (a shared opening got a tie-break hash,
// same-text items under different headings were numbered by order).
import { marked } from 'marked';
import { describe, expect, it } from 'vitest';
import { chapterItemIds } from '../../scripts/content/item-ids';

const ids = (md: string): string[] => [...chapterItemIds('08-final-checklist', marked.lexer(md)).checks.values()].map((v) => v.id);

describe('checklist ids after an unrelated item is added', () => {
  it('an existing item keeps its id when a later item with a similar opening is added', () => {
    const before = ids('## Day 7\n\n- [ ] Reviewed all incorrect answers in the practice test\n- [ ] Identified weak domains\n');
    const after = ids(
      '## Day 7\n\n- [ ] Reviewed all incorrect answers in the practice test\n- [ ] Identified weak domains\n\n## Day 5\n\n- [ ] Reviewed all incorrect answers in the practice test twice\n',
    );
    expect(after).toContain(before[0]);
    expect(after).toContain(before[1]);
  });
});

describe('same-text items under different headings (the final checklist’s Day 7 and Day 5)', () => {
  const day = (n: number) => `## Day ${n}: Full Practice Test\n\n- [ ] Completed in 130 minutes (simulated exam)\n- [ ] Reviewed all incorrect answers\n`;
  const idsByDay = (days: number[]): Map<number, string[]> => {
    const all = ids(days.map(day).join('\n'));
    return new Map(days.map((d, i) => [d, all.slice(i * 2, i * 2 + 2)]));
  };

  it('Day 5’s ids stay Day 5’s when a Day 9 section with the same items is added above', () => {
    const before = idsByDay([7, 5]);
    const after = idsByDay([9, 7, 5]);
    // Otherwise the tick saved under Day 7 would show on Day 9, and Day 5's on Day 7.
    expect(after.get(7)).toEqual(before.get(7));
    expect(after.get(5)).toEqual(before.get(5));
  });
});
