import { describe, expect, it } from 'vitest';
import { differs, docId, readDoc, resolveRows, toDoc } from '../../../src/domain/sync/docs';
import { checkRemoteUrl, describeStatus, displayUrl } from '../../../src/domain/sync/remote';
import { syncSummary } from '../../../src/domain/sync/summary';
import type { Attempt, QuestionResult } from '../../../src/lib/db/schema';

const isDevice = (key: string): boolean => key === 'theme' || key === 'sync';
const result = (questionId: string, answeredAt: number, selected: ('a' | 'b')[] = ['a']): QuestionResult => ({ questionId, packId: 'd1-bundle-1', selected, correct: true, answeredAt });

describe('sync documents', () => {
  it('are one per record, keyed store:key, with the change time', () => {
    expect(toDoc('results', result('q1', 5))).toEqual({ _id: 'results:q1', store: 'results', row: result('q1', 5), at: 5 });
    expect(docId('deletions', 'results:q1')).toBe('deletions:results:q1');
  });

  it('come back as the same row', () => {
    const doc = { ...toDoc('results', result('q1', 5)), _rev: '1-x' };
    expect(readDoc(doc, isDevice)).toEqual({ ok: true, store: 'results', key: 'q1', row: result('q1', 5) });
  });

  it('from a hostile remote are refused with a reason, never returned', () => {
    const good = toDoc('results', result('q1', 5));
    const proto = JSON.parse('{"_id":"results:q1","store":"results","row":{"questionId":"q1","packId":null,"selected":["a"],"correct":true,"answeredAt":5,"__proto__":{"polluted":true}}}');
    expect(readDoc(proto, isDevice)).toMatchObject({ ok: false, id: 'results:q1', reason: 'forbidden key "__proto__"' });
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(readDoc({ ...good, _id: 'evil:q1', store: 'evil' }, isDevice)).toMatchObject({ ok: false, reason: 'unknown kind of record' });
    expect(readDoc({ ...good, store: 'flags' }, isDevice)).toMatchObject({ ok: false, reason: 'kind does not match the id' });
    expect(readDoc({ ...good, _id: 'results:q2' }, isDevice)).toMatchObject({ ok: false, reason: 'key does not match the id' });
    expect(readDoc({ ...good, row: { ...good.row, extra: 1 } }, isDevice)).toMatchObject({ ok: false, reason: 'invalid record' });
    expect(readDoc({ ...good, row: { ...good.row, answeredAt: 'soon' } }, isDevice)).toMatchObject({ ok: false, reason: 'invalid record' });
    expect(readDoc({ _id: 'settings:theme', store: 'settings', row: { key: 'theme', value: 'dark', updatedAt: 1 } }, isDevice)).toMatchObject({ ok: false, reason: 'a setting of another device' });
    expect(readDoc('text', isDevice)).toMatchObject({ ok: false, id: '(no id)' });
    let deep: unknown = 1;
    for (let i = 0; i < 100; i++) deep = { a: deep };
    expect(readDoc({ ...good, deep }, isDevice)).toMatchObject({ ok: false, reason: 'nested too deeply' });
  });

  it('in conflict resolve with the backup merge rule, whatever the order', () => {
    const a = result('q1', 10, ['a']);
    const b = result('q1', 20, ['b']);
    expect(resolveRows('results', [a, b])?.selected).toEqual(['b']);
    expect(resolveRows('results', [b, a])).toEqual(resolveRows('results', [a, b]));
    const running = { id: 'x', submittedAt: null, updatedAt: 99 } as unknown as Attempt;
    const submitted = { id: 'x', submittedAt: 50, updatedAt: 50 } as unknown as Attempt;
    expect(resolveRows('attempts', [submitted, running])).toBe(submitted);
    expect(resolveRows('attempts', [running, submitted])).toBe(submitted);
  });

  it('are written only when the row differs from the document', () => {
    expect(differs(undefined, result('q1', 5))).toBe(true);
    expect(differs({ ...result('q1', 5) }, result('q1', 5))).toBe(false);
    expect(differs(result('q1', 5), result('q1', 6))).toBe(true);
  });
});

describe('the remote address', () => {
  it('must be https except on this machine, with the credentials in their own fields', () => {
    expect(checkRemoteUrl(' https://couch.example.com/study-alice/ ')).toEqual({ ok: true, url: 'https://couch.example.com/study-alice' });
    expect(checkRemoteUrl('http://127.0.0.1:5984/study-alice')).toEqual({ ok: true, url: 'http://127.0.0.1:5984/study-alice' });
    expect(checkRemoteUrl('http://localhost:5984/db')).toMatchObject({ ok: true });
    expect(checkRemoteUrl('http://couch.example.com/study-alice')).toMatchObject({ ok: false, error: expect.stringMatching(/https/) });
    expect(checkRemoteUrl('https://alice:pw@couch.example.com/study-alice')).toMatchObject({ ok: false, error: expect.stringMatching(/own fields/) });
    expect(checkRemoteUrl('https://couch.example.com/')).toMatchObject({ ok: false, error: expect.stringMatching(/database’s name/) });
    expect(checkRemoteUrl('https://example.com/couchdb/study-alice')).toEqual({ ok: true, url: 'https://example.com/couchdb/study-alice' });
    expect(checkRemoteUrl('https://couch.example.com/db?x=1')).toMatchObject({ ok: false });
    expect(checkRemoteUrl('javascript:alert(1)')).toMatchObject({ ok: false });
    expect(checkRemoteUrl('not a url')).toMatchObject({ ok: false });
    expect(checkRemoteUrl('')).toMatchObject({ ok: false });
  });

  it('is shown without credentials', () => {
    expect(displayUrl('https://alice:pw@couch.example.com/db')).toBe('https://couch.example.com/db');
  });

  it('statuses read as plain words', () => {
    expect(describeStatus(401)).toMatch(/user name or password/);
    expect(describeStatus(403)).toMatch(/may not open/);
    expect(describeStatus(500)).toMatch(/HTTP 500.*safe/);
  });
});

describe('the status line', () => {
  const now = Date.UTC(2026, 0, 5, 12);
  it('says when and what', () => {
    expect(syncSummary(null, false, now).text).toBe('Not synced yet.');
    const ok = { lastSuccessAt: now - 3 * 60_000, last: { sent: 1, received: 4, skipped: 0, skippedIds: [] }, error: null, errorAt: 0 };
    expect(syncSummary(ok, false, now)).toEqual({ text: 'Last synced 3 min ago: sent 1 record, received 4 changes.', detail: null, error: false });
    expect(syncSummary(ok, true, now).text).toBe('Syncing…');
  });
  it('shows a failure until a later success, and skipped records', () => {
    const failed = { lastSuccessAt: now - 3_600_000, last: null, error: 'The server refused the user name or password.', errorAt: now - 1000 };
    expect(syncSummary(failed, false, now)).toMatchObject({ text: failed.error, error: true, detail: 'Last synced 1 h ago.' });
    const skipped = { lastSuccessAt: now, last: { sent: 0, received: 0, skipped: 2, skippedIds: ['results:x', 'evil:y'] }, error: null, errorAt: 0 };
    expect(syncSummary(skipped, false, now).detail).toBe('2 records on the server failed validation and were skipped (results:x, evil:y).');
  });
});
