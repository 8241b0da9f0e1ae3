import { withDb } from './connection';
import { deleteRow, putRow } from './write';
import type { Flag } from './schema';

export function listFlags(): Promise<Flag[]> {
  return withDb((db) => db.getAll('flags'));
}

export async function setFlag(questionId: string, packId: string | null, on: boolean, now: number): Promise<void> {
  if (on) await putRow('flags', { questionId, packId, flaggedAt: now });
  else await deleteRow('flags', questionId, now);
}
