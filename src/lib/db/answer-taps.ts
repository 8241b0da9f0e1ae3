// Answer taps (practice and exam): committed by the answer-writer worker, off
// the page's frame (see durable-write.ts). Kept apart from the store modules so
// screens that only read attempts or sessions do not load the worker's bridge.
import { putRowDurably } from './durable-write';
import type { Attempt, PracticeSession } from './schema';

/** Resolves with the time (epoch ms) the answer became durable. */
export function saveAttemptAnswer(attempt: Attempt): Promise<number> {
  return putRowDurably('attempts', attempt);
}

/** Resolves with the time (epoch ms) the answer became durable. */
export function savePracticeAnswer(session: PracticeSession): Promise<number> {
  return putRowDurably('practice', session);
}
