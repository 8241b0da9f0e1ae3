import { describe, expect, it } from 'vitest';
import { blockIndexOf, placeOf, reachedEnd } from '../../../src/domain/reader/progress';

// Blocks in document order: '' for a paragraph, the id for a section heading.
const blocks = ['', '', 'intro', '', '', '', 'sqs', '', ''];

describe('reading place', () => {
  it('counts the block from the section heading above it', () => {
    expect(placeOf(blocks, 5, 0.4)).toEqual({ anchor: 'intro', block: 3, offset: 0.4 });
    expect(placeOf(blocks, 6, 0)).toEqual({ anchor: 'sqs', block: 0, offset: 0 });
    expect(placeOf(blocks, 1, 2)).toEqual({ anchor: '', block: 1, offset: 1 });
  });

  it('finds the block again, and survives blocks added in another section', () => {
    expect(blockIndexOf(blocks, { anchor: 'intro', block: 3 })).toBe(5);
    const edited = ['', '', 'intro', '', 'new', '', '', '', 'sqs', '', ''];
    const place = placeOf(blocks, 7, 0.5);
    expect(blockIndexOf(edited, place)).toBe(9);
  });

  it('falls back to the heading when the section got shorter, and says when the heading is gone', () => {
    expect(blockIndexOf(blocks, { anchor: 'intro', block: 5 })).toBe(2); // would cross into "sqs"
    expect(blockIndexOf(blocks, { anchor: 'sqs', block: 9 })).toBe(6); // past the end
    expect(blockIndexOf(blocks, { anchor: 'gone', block: 1 })).toBe(-1);
    expect(blockIndexOf(blocks, { anchor: 'sqs' })).toBe(6); // a row saved before blocks existed
  });

  it('reached the end only when the last line is on screen', () => {
    expect(reachedEnd(844, 900)).toBe(false);
    expect(reachedEnd(844, 844.5)).toBe(true);
  });
});
