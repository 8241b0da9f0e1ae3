// A new sitting's order: shuffle off keeps the written order; on, every order
// is equally likely, also when the launch rolled where it starts (`first`).
import { describe, expect, it } from 'vitest';
import { arrange, seededRandom } from '../../../src/domain/practice/shuffle';

const ids = ['a', 'b', 'c', 'd'];

describe('arrange', () => {
  it('keeps the written order with shuffle off, whatever was rolled', () => {
    expect(arrange(ids, false, seededRandom('x'), false, 2)).toEqual({ questionIds: ids });
  });

  it('starts at the rolled place and holds every question once', () => {
    for (let first = 0; first < ids.length; first++) {
      const { questionIds, shuffleSeed } = arrange(ids, true, seededRandom(`s${first}`), false, first);
      expect(questionIds[0]).toBe(ids[first]);
      expect([...questionIds].sort()).toEqual(ids);
      expect(shuffleSeed).toMatch(/^[0-9a-z]+$/);
    }
  });

  it('ignores a roll that is not a place in the list (and keeps a chosen order)', () => {
    for (const bad of [-1, 4, 1.5, Number.NaN]) {
      const { questionIds } = arrange(ids, true, seededRandom('y'), false, bad);
      expect([...questionIds].sort()).toEqual(ids);
    }
    expect(arrange(ids, true, seededRandom('z'), true, 3).questionIds).toEqual(ids);
  });

  it('gives every order about equally often when the first place is rolled uniformly', () => {
    const random = seededRandom('uniform');
    const counts = new Map<string, number>();
    const n = 24_000;
    for (let i = 0; i < n; i++) {
      const first = Math.floor(random() * ids.length);
      const key = arrange(ids, true, random, false, first).questionIds.join('');
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    expect(counts.size).toBe(24);
    for (const c of counts.values()) expect(Math.abs(c - n / 24)).toBeLessThan(n / 24 * 0.15);
  });
});
