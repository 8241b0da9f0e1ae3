// Storage is best-effort until the browser grants persistence. Ask once, after
// the first real user data is written (a meaningful moment, not page load).
type PersistHandler = () => void;
let handler: PersistHandler | null = null;

/** The app registers what to do after the first user write (see lib/storage-manager). */
export function setPersistHandler(h: PersistHandler | null): void {
  handler = h;
}

export function noteUserDataWritten(): void {
  handler?.();
}
