import { describe, expect, it } from 'vitest';
import { checkedPerChapter } from '../../../src/domain/reader/progress';

describe('checkedPerChapter ("x/y checked" in the chapter list)', () => {
  const keys = { '01-a': ['one', 'two'], '02-b': ['three'] };

  it('counts ticked boxes per chapter, and not unticked ones', () => {
    const rows = [
      { id: '01-a:one', checked: true },
      { id: '01-a:two', checked: false },
      { id: '02-b:three', checked: true },
    ];
    expect(checkedPerChapter(rows, keys)).toEqual(new Map([['01-a', 1], ['02-b', 1]]));
  });

  it('does not count ticks saved under ids the guide no longer has (orphans), so x never passes y', () => {
    const rows = [
      { id: '01-a:one', checked: true },
      { id: '01-a:two', checked: true },
      { id: '01-a:reworded-away', checked: true }, // the item's text changed
      { id: '01-a:checklist:0', checked: true }, // an old positional id left behind
      { id: 'ready-when:2', checked: true }, // not a guide box at all
    ];
    expect(checkedPerChapter(rows, keys).get('01-a')).toBe(2);
  });
});
