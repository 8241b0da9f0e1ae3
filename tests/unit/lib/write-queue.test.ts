import { describe, expect, it, vi } from 'vitest';
import { createWriteQueue } from '../../../src/lib/db/write-queue';

describe('write queue', () => {
  it('runs writes in order and drains after all of them', async () => {
    const order: number[] = [];
    const q = createWriteQueue(() => undefined);
    const slow = (n: number, ms: number) => () => new Promise<void>((r) => setTimeout(() => (order.push(n), r()), ms));
    void q.push(slow(1, 20));
    void q.push(slow(2, 1));
    await q.drain();
    expect(order).toEqual([1, 2]);
  });

  it('reports a failed write and keeps going', async () => {
    const onError = vi.fn();
    const q = createWriteQueue(onError);
    expect(await q.push(() => Promise.reject(new Error('quota')))).toBe(false);
    expect(await q.push(() => Promise.resolve())).toBe(true);
    expect(onError).toHaveBeenCalledTimes(1);
  });
});
