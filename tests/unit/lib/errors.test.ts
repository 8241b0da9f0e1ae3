import { describe, expect, it } from 'vitest';
import { describeStorageError } from '../../../src/lib/db/errors';

describe('describeStorageError', () => {
  it('tells the user what to do when storage is full', () => {
    const message = describeStorageError(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
    expect(message).toMatch(/out of storage/);
    expect(message).toMatch(/Free up space/);
  });

  it('asks for a reload when the connection was lost', () => {
    expect(describeStorageError(new DOMException('lost', 'UnknownError'))).toMatch(/Reload/);
  });

  it('never returns an empty message for unknown failures', () => {
    expect(describeStorageError('weird')).toMatch(/could not be saved/);
  });
});
