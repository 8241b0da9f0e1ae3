import { afterEach, describe, expect, it, vi } from 'vitest';
import { closeDbForTests } from '../../../src/lib/db/connection';
import { getPracticeSession, savePracticeSession } from '../../../src/lib/db/practice-sessions';
import { patchPracticeSession } from '../../../src/lib/db/answer-taps';
import type { PracticeSession } from '../../../src/lib/db/schema';

afterEach(async () => {
  vi.unstubAllGlobals();
  vi.resetModules();
  await closeDbForTests();
});

const session: PracticeSession = { id: 'd1-bundle-1', packId: 'd1-bundle-1', title: 'x', questionIds: ['d1-001'], index: 0, answers: { 'd1-001': { selected: ['a'], checked: false } }, updatedAt: 1 };

describe('answer taps written off the page', () => {
  it('without a Worker (an old browser, Node) the page writes it itself, and says when it was durable', async () => {
    await savePracticeSession({ ...session, answers: {} });
    const before = performance.timeOrigin + performance.now();
    const { durableAt, row } = await patchPracticeSession('d1-bundle-1', { kind: 'select', questionId: 'd1-001', selected: ['a'] }, 1);
    expect(durableAt).toBeGreaterThanOrEqual(before);
    expect(row).toEqual(session);
    expect(await getPracticeSession('d1-bundle-1')).toEqual(session);
  });

  it('when the worker reports a failure, the write is retried on the page: a tap is never lost', async () => {
    const posted: unknown[] = [];
    class FailingWorker {
      onmessage: ((e: { data: unknown }) => void) | null = null;
      onerror: (() => void) | null = null;
      postMessage(message: { id: number }): void {
        posted.push(message);
        queueMicrotask(() => this.onmessage?.({ data: { id: message.id, ok: false, error: 'QuotaExceededError: full' } }));
      }
    }
    vi.stubGlobal('Worker', FailingWorker);
    vi.resetModules();
    const taps = await import('../../../src/lib/db/answer-taps');
    const sessions = await import('../../../src/lib/db/practice-sessions');
    await sessions.savePracticeSession(session);
    await taps.patchPracticeSession('d1-bundle-1', { kind: 'move', index: 1 }, 2);
    expect(posted).toHaveLength(1);
    expect((await sessions.getPracticeSession('d1-bundle-1'))?.updatedAt).toBe(2);
  });
});
