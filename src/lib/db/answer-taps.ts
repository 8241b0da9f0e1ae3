// Changes to a running exam or practice session (answer taps among them):
// patches committed by the answer-writer worker, off the page's frame (see
// durable-write.ts). Kept apart from the store modules so screens that only
// read attempts or sessions do not load the worker's bridge.
import { patchRowDurably } from './durable-write';
import type { PatchOutcome } from './row-patch';
import type { AttemptPatch, PracticePatch } from '../../domain/practice/row-patch';
import type { Attempt, PracticeSession } from './schema';

export interface Patched<T> extends Omit<PatchOutcome, 'row'> {
  row: T | undefined;
  /** When the change became durable (epoch ms). */
  durableAt: number;
}

export function patchAttempt(id: string, patch: AttemptPatch, now: number): Promise<Patched<Attempt>> {
  return patchRowDurably({ store: 'attempts', key: id, patch }, now) as Promise<Patched<Attempt>>;
}

export function patchPracticeSession(id: string, patch: PracticePatch, now: number): Promise<Patched<PracticeSession>> {
  return patchRowDurably({ store: 'practice', key: id, patch }, now) as Promise<Patched<PracticeSession>>;
}
