// Messages between the page and answer-writer.worker.ts.
import type { PatchOutcome, RowPatch } from './row-patch';

export interface WorkerWrite {
  id: number;
  patch: RowPatch;
  now: number;
}

export type WorkerWriteResult = ({ id: number; ok: true; durableAt: number } & PatchOutcome) | { id: number; ok: false; error: string };
