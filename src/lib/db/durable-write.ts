// Answer taps are written by a dedicated worker (answer-writer.worker.ts), so
// the commit is not held behind the frame the tap schedules on the page. Any
// trouble with the worker (none in this browser, an error, an upgrade in
// progress) falls back to the page's own write: a tap is never lost.
import type { StoreValue } from 'idb';
import { announceChange } from './changes';
import { noteUserDataWritten } from './persistence';
import { putRow } from './write';
import type { StudyDB } from './schema';
import type { WorkerStore, WorkerWrite, WorkerWriteResult } from './worker-protocol';

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

/**
 * Puts a row and resolves once it is committed, with the time it became
 * durable (epoch ms). The row must be structured-cloneable (it is plain data).
 */
export async function putRowDurably<S extends WorkerStore>(store: S, row: StoreValue<StudyDB, S>): Promise<number> {
  const w = getWorker();
  if (w) {
    const id = nextId++;
    const result = await new Promise<WorkerWriteResult>((resolve) => {
      waiting.set(id, resolve);
      w.postMessage({ id, store, row } satisfies WorkerWrite);
    });
    if (result.ok) {
      announceChange(store);
      noteUserDataWritten();
      return result.durableAt;
    }
  }
  await putRow(store, row, { immediate: true, userData: true });
  return performance.timeOrigin + performance.now();
}
