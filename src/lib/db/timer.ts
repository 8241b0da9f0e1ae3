import { withDb } from './connection';
import { deleteRow, putRow } from './write';
import type { StoredTimer } from './schema';

export function getTimer(): Promise<StoredTimer | undefined> {
  return withDb((db) => db.get('timer', 'current'));
}

/** Resolves once committed. */
export async function saveTimer(timer: StoredTimer): Promise<void> {
  await putRow('timer', timer);
}

export async function clearTimer(): Promise<void> {
  await deleteRow('timer', 'current');
}
