// Messages between the page and answer-writer.worker.ts.
import type { StudyDB } from './schema';

export type WorkerStore = 'attempts' | 'practice';

export interface WorkerWrite {
  id: number;
  store: WorkerStore;
  row: StudyDB[WorkerStore]['value'];
}

export type WorkerWriteResult = { id: number; ok: true; durableAt: number } | { id: number; ok: false; error: string };
