// Turns storage failures into a sentence that tells the user what to do.
export function describeStorageError(error: unknown): string {
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  if (name === 'QuotaExceededError' || (error instanceof Error && /quota/i.test(error.message))) {
    return 'Your device is out of storage for this app, so this was not saved. Free up space on the device (or delete unused offline data in your browser), then try again.';
  }
  if (name === 'VersionChangedError') {
    return (error as Error).message;
  }
  if (name === 'InvalidStateError' || name === 'UnknownError') {
    return 'The browser lost its connection to the app’s storage, so this was not saved. Reload the app and try again.';
  }
  return 'This could not be saved on this device. Try again; if it keeps failing, reload the app.';
}
