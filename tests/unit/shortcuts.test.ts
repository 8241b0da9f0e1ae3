import { describe, expect, it } from 'vitest';
import { shortcutFor, type KeyTarget } from '../../src/features/practice/shortcuts';

const press = (key: string, target: KeyTarget = 'other', mods: Partial<{ altKey: boolean; ctrlKey: boolean; metaKey: boolean }> = {}) =>
  shortcutFor({ key, target, altKey: false, ctrlKey: false, metaKey: false, ...mods });

describe('question shortcuts', () => {
  it('picks options by number or letter', () => {
    expect(press('1')).toEqual({ kind: 'pick', index: 0 });
    expect(press('6')).toEqual({ kind: 'pick', index: 5 });
    expect(press('b')).toEqual({ kind: 'pick', index: 1 });
    expect(press('E')).toEqual({ kind: 'pick', index: 4 });
    expect(press('7')).toBeNull();
  });

  it('flags, moves, checks and opens the help sheet', () => {
    expect(press('f')).toEqual({ kind: 'flag' });
    expect(press('n')).toEqual({ kind: 'next' });
    expect(press('ArrowRight')).toEqual({ kind: 'next' });
    expect(press('p')).toEqual({ kind: 'previous' });
    expect(press('ArrowLeft')).toEqual({ kind: 'previous' });
    expect(press('Enter')).toEqual({ kind: 'check' });
    expect(press('Enter', 'radio')).toEqual({ kind: 'check' });
    expect(press('?')).toEqual({ kind: 'help' });
  });

  it('never fires while typing in a field, or with a modifier', () => {
    for (const key of ['a', '1', 'f', 'n', 'Enter', '?', 'ArrowRight']) expect(press(key, 'text')).toBeNull();
    expect(press('f', 'other', { ctrlKey: true })).toBeNull();
    expect(press('n', 'other', { metaKey: true })).toBeNull();
    expect(press('1', 'other', { altKey: true })).toBeNull();
  });

  it('leaves radios their arrow keys and buttons their Enter', () => {
    expect(press('ArrowRight', 'radio')).toBeNull();
    expect(press('ArrowLeft', 'radio')).toBeNull();
    expect(press('Enter', 'control')).toBeNull();
  });
});
