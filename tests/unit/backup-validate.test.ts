// parseBackup on hostile input, one test per fix the hostile corpus
// (tests/unit/hostile-backups.test.ts) led to.
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { ROW_SCHEMAS, type BackupData } from '../../src/domain/backup/schema';
import { MAX_BACKUP_BYTES, MAX_BACKUP_DEPTH, parseBackup } from '../../src/domain/backup/validate';

describe('parseBackup on hostile input', () => {
  const valid = (data: Partial<BackupData> = {}): string =>
    JSON.stringify({ app: 'dva-study', format: 1, schemaVersion: 6, exportedAt: '2026-11-26T10:00:00.000Z', data });
  const errorOf = (text: string): string => {
    const r = parseBackup(text, MAX_BACKUP_BYTES);
    if (r.ok) throw new Error('expected a failure');
    return r.error;
  };

  it('says "nested too deeply" for deep JSON, where it used to say "not JSON" (a RangeError in the reviver)', () => {
    const deep = valid().replace('"data":{}', `"data":{},"x":${'['.repeat(10_000)}${']'.repeat(10_000)}`);
    expect(errorOf(deep)).toMatch(/nested too deeply/);
    // The limit is far above any real backup (7 levels) and exact.
    const nest = (n: number): string => valid().replace('"data":{}', `"data":{},"x":${'['.repeat(n)}${']'.repeat(n)}`);
    expect(parseBackup(nest(MAX_BACKUP_DEPTH - 1), MAX_BACKUP_BYTES).ok).toBe(true);
    expect(errorOf(nest(MAX_BACKUP_DEPTH))).toMatch(/nested too deeply/);
  });

  it('still finds forbidden keys anywhere, without a reviver', () => {
    expect(errorOf(valid().replace('"data":{}', '"data":{},"x":[[{"y":{"__proto__":1}}]]'))).toMatch(/forbidden key "__proto__"/);
    expect(errorOf(valid().replace('{"app"', '{"\\u0063onstructor":1,"app"'))).toMatch(/forbidden key "constructor"/);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('says a backup that does not parse is cut off or damaged', () => {
    const text = valid({ settings: [{ key: 'theme', value: 'dark' }] });
    expect(errorOf(text.slice(0, -3))).toMatch(/^This backup file is cut off or damaged, so it is not JSON/);
    expect(errorOf('{"questions": [')).toMatch(/^This file is not JSON/);
  });

  it('reads a backup saved with a byte order mark', () => {
    expect(parseBackup(`\uFEFF${valid()}`, MAX_BACKUP_BYTES).ok).toBe(true);
  });

  it('quotes names from the file short and visible', () => {
    expect(errorOf(valid().replace('"data":{}', `"data":{"${'x'.repeat(5_000)}":[]}`))).toBe(
      `This backup contains an unknown kind of record, "${'x'.repeat(60)}…".`,
    );
    expect(errorOf(valid().replace('"data":{}', '"data":{"flags\\u202e\\u0000\\"":[]}'))).toBe(
      'This backup contains an unknown kind of record, "flags\\u202e\\u0000\\"".',
    );
  });

  it('says what a record that is not an object is', () => {
    expect(errorOf(valid({ results: [null as never] }))).toBe('Record 1 of kind "answers" is not a valid record (it is null).');
    expect(errorOf(valid({ flags: ['x' as never] }))).toBe('Record 1 of kind "flags" is not a valid record (it is a string).');
  });

  it('takes a reading row\'s paragraph place and refuses a broken one', () => {
    const row = { chapterId: '02-x', anchor: 'sqs', block: 3, offset: 0.5, progress: 0.4, read: false, updatedAt: 1 };
    expect(parseBackup(valid({ reading: [row] }), MAX_BACKUP_BYTES).ok).toBe(true);
    expect(errorOf(valid({ reading: [{ ...row, block: 1.5 }] }))).toMatch(/invalid field "block"/);
    expect(errorOf(valid({ reading: [{ ...row, offset: 2 }] }))).toMatch(/invalid field "offset"/);
  });

  it('keeps the row schemas strict objects (the corpus field coverage relies on it)', () => {
    expect((ROW_SCHEMAS.results as unknown as v.GenericSchema).type).toBe('strict_object');
  });
});
