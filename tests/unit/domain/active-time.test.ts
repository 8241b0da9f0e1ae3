import { describe, expect, it } from 'vitest';
import { credit, IDLE_MS, idleClock, msPerDay, stop, subtractSpans, touch, wholeMinutes } from '../../../src/domain/study/active-time';

const MIN = 60_000;

describe('active study time', () => {
  it('counts time between signs of life, up to the idle limit, and nothing without a study screen', () => {
    let c = idleClock(0);
    let s = touch(c, 0, 'reading');
    expect(s.span).toBeNull(); // nothing was open before
    c = s.clock;
    s = touch(c, 2 * MIN); // a scroll after 2 minutes: both count
    expect(s.span).toEqual([0, 2 * MIN]);
    c = s.clock;
    s = touch(c, 2 * MIN + 10 * MIN); // ten still minutes: only the idle limit counts
    expect(s.span).toEqual([2 * MIN, 2 * MIN + IDLE_MS]);
    c = stop(s.clock, 13 * MIN).clock;
    expect(credit(c, 20 * MIN).span).toBeNull();
  });

  it('credits a running stretch once, even when asked twice', () => {
    const c = touch(idleClock(0), 0, 'practice').clock;
    const a = credit(c, MIN);
    expect(a.span).toEqual([0, MIN]);
    const b = credit(a.clock, MIN + 30_000);
    expect(b.span).toEqual([MIN, MIN + 30_000]);
    expect(credit(b.clock, MIN + 30_000).span).toBeNull();
  });

  it('leaves out the study timer’s focus phases', () => {
    expect(subtractSpans([0, 10], [[2, 4], [8, 20]])).toEqual([[0, 2], [4, 8]]);
    expect(subtractSpans([0, 10], [])).toEqual([[0, 10]]);
    expect(subtractSpans([5, 6], [[0, 10]])).toEqual([]);
  });

  it('splits a span at midnight, each part on its own day', () => {
    const midnight = Date.UTC(2026, 11, 4);
    const dayOf = (t: number): string => (t < midnight ? '2026-12-03' : '2026-12-04');
    const next = (t: number): number => (t < midnight ? midnight : midnight + 86_400_000);
    expect([...msPerDay([midnight - 2 * MIN, midnight + 3 * MIN], dayOf, next)]).toEqual([
      ['2026-12-03', 2 * MIN],
      ['2026-12-04', 3 * MIN],
    ]);
  });

  it('writes whole minutes and carries the rest', () => {
    expect(wholeMinutes(150_000)).toEqual({ minutes: 2, carryMs: 30_000 });
    expect(wholeMinutes(59_999)).toEqual({ minutes: 0, carryMs: 59_999 });
  });
});
