// Writes in the order they were made. A screen can show a choice at once
// (optimistic) and still wait for every earlier write before moving on.
export interface WriteQueue {
  /** Queues a write; resolves true once it has committed, false if it failed. */
  push: (write: () => Promise<void>) => Promise<boolean>;
  /** Resolves when every queued write has settled. */
  drain: () => Promise<void>;
}

export function createWriteQueue(onError: (error: unknown) => void): WriteQueue {
  let tail: Promise<unknown> = Promise.resolve();
  return {
    push(write) {
      const run = tail.then(write).then(
        () => true,
        (error: unknown) => {
          onError(error);
          return false;
        },
      );
      tail = run;
      return run;
    },
    drain: () => tail.then(() => undefined),
  };
}
