import { describe, expect, it, vi } from 'vitest';
import { holdUpdateGuard, isUpdateGuardHeld, onUpdateGuardChange } from '../../../src/app/pwa/update-guard';

describe('update guard', () => {
  it('is held while any holder has not released it', () => {
    expect(isUpdateGuardHeld()).toBe(false);
    const releaseExam = holdUpdateGuard('exam');
    const releaseOther = holdUpdateGuard('other');
    releaseExam();
    expect(isUpdateGuardHeld()).toBe(true);
    releaseOther();
    expect(isUpdateGuardHeld()).toBe(false);
  });

  it('ignores a second release of the same hold', () => {
    const a = holdUpdateGuard('a');
    const b = holdUpdateGuard('b');
    a();
    a();
    expect(isUpdateGuardHeld()).toBe(true);
    b();
    expect(isUpdateGuardHeld()).toBe(false);
  });

  it('notifies listeners of changes', () => {
    const listener = vi.fn();
    const off = onUpdateGuardChange(listener);
    const release = holdUpdateGuard('exam');
    release();
    off();
    holdUpdateGuard('after')();
    expect(listener.mock.calls).toEqual([[true], [false]]);
  });
});
