// Answer taps are written by a dedicated worker (answer-writer.worker.ts), so
// the commit is not held behind the frame the tap schedules on the page. Any
// trouble with the worker (none in this browser, an error, an upgrade in
// progress) falls back to the page's own write: a tap is never lost.
import { announceChange } from './changes';
import { withDb } from './connection';
import { patchStoredRow, type PatchOutcome, type RowPatch } from './row-patch';
import type { WorkerWrite, WorkerWriteResult } from './worker-protocol';

let worker: Worker | null | undefined;
let nextId = 1;
const waiting = new Map<number, (result: WorkerWriteResult) => void>();

function getWorker(): Worker | null {
  if (worker !== undefined) return worker;
  if (typeof Worker !== 'function') return (worker = null);
  try {
    worker = new Worker(new URL('./answer-writer.worker.ts', import.meta.url), { type: 'module', name: 'answer-writer' });
  } catch {
    return (worker = null);
  }
  worker.onmessage = (event: MessageEvent<WorkerWriteResult>) => {
    waiting.get(event.data.id)?.(event.data);
    waiting.delete(event.data.id);
  };
  worker.onerror = () => {
    // The worker could not start or crashed: every waiting write retries on the page.
    worker = null;
    for (const [id, resolve] of waiting) resolve({ id, ok: false, error: 'worker failed' });
    waiting.clear();
  };
  return worker;
}

/** Starts the worker ahead of the first tap (a screen with answers calls this on mount). */
export function warmDurableWrites(): void {
  getWorker();
}

/** The stores a patch writes: a practice check also stores its result. */
function storesOf(patch: RowPatch): ('attempts' | 'practice' | 'results')[] {
  return patch.store === 'practice' && patch.patch.kind === 'check' && patch.patch.result ? ['practice', 'results'] : [patch.store];
}

/**
 * Applies a patch to a stored row (row-patch.ts) and resolves once committed,
 * with the stored row after it and the time it became durable (epoch ms).
 */
export async function patchRowDurably(patch: RowPatch, now: number): Promise<PatchOutcome & { durableAt: number }> {
  const w = getWorker();
  if (w) {
    const id = nextId++;
    const result = await new Promise<WorkerWriteResult>((resolve) => {
      waiting.set(id, resolve);
      w.postMessage({ id, patch, now } satisfies WorkerWrite);
    });
    if (result.ok) {
      if (result.changed) {
        announceChange(...storesOf(patch));
      }
      return { row: result.row, refused: result.refused, changed: result.changed, durableAt: result.durableAt };
    }
  }
  const outcome = await withDb((db) => patchStoredRow(db, patch, now));
  if (outcome.changed) {
    announceChange(...storesOf(patch));
  }
  return { ...outcome, durableAt: performance.timeOrigin + performance.now() };
}
