// A new sitting's order, as the user's "Shuffle" setting asks.
import { arrange, type Arrangement } from '../../domain/practice/shuffle';
import { getSetting } from '../db/settings';

/** `first`: where a shuffled order starts, a place rolled at random earlier (see domain/practice/shuffle.ts). */
export async function arrangeSitting(ids: readonly string[], keepOrder = false, first?: number): Promise<Arrangement> {
  const on = await getSetting('shuffle').catch(() => true);
  return arrange(ids, on, Math.random, keepOrder, first);
}
