import { withDb } from './connection';
import { putRow } from './write';
import type { CardState } from './schema';

export function listCardStates(): Promise<CardState[]> {
  return withDb((db) => db.getAll('cards'));
}

/** Resolves once committed. */
export async function saveCardState(state: CardState): Promise<void> {
  await putRow('cards', state);
}
