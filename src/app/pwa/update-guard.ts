// While any guard is held (a timed exam is running), a new version must not
// reload the page. Screens hold a guard; the update prompt reads it.
type Listener = (held: boolean) => void;
const holders = new Set<symbol>();
const listeners = new Set<Listener>();

function notify(): void {
  const held = holders.size > 0;
  for (const l of listeners) l(held);
}

/** Holds the guard until the returned function is called (calling it twice is harmless). */
export function holdUpdateGuard(reason: string): () => void {
  const token = Symbol(reason);
  holders.add(token);
  notify();
  return () => {
    if (holders.delete(token)) notify();
  };
}

export function isUpdateGuardHeld(): boolean {
  return holders.size > 0;
}

export function onUpdateGuardChange(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
