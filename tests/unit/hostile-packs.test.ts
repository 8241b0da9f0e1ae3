// Every file of the hostile pack corpus (scripts/hostile-pack-corpus.mjs) ends
// in a clear error, or imports with exactly the expected questions and
// per-question problems, and storing it changes nothing already stored.
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readQuestionPack, checkOwnPack, MAX_PACK_BYTES } from '../../src/domain/questions/import-pack';
import { createOwnPack } from '../../src/domain/questions/own-pack';
import { parseBackup } from '../../src/domain/backup/validate';
import { closeDbForTests } from '../../src/lib/db/connection';
import { exportAll } from '../../src/lib/db/backup';
import { saveOwnPack } from '../../src/lib/db/own-packs';
import { setFlag } from '../../src/lib/db/flags';
import { recordResults } from '../../src/lib/db/results';

afterEach(closeDbForTests);

const DIR = 'tests/fixtures/hostile/packs';
type Expected = { outcome: 'error'; message: string } | { outcome: 'ok'; questions: number; issues: [number, number, string][] };
const MANIFEST = JSON.parse(readFileSync(join(DIR, 'EXPECTED.json'), 'utf8')) as Record<string, Expected>;
const context = (fileName: string) => ({ fileName, sections: new Map([['02-development-with-aws-services', new Set<string>()]]) });

function expectClear(message: string): void {
  expect(message.length).toBeGreaterThan(10);
  expect(message.length).toBeLessThan(260);
  expect(message).not.toMatch(/\bat \w+ \(|Error:|undefined|\[object |RangeError|SyntaxError/);
}

async function seed(): Promise<void> {
  const r = readQuestionPack('### Existing?\n- [x] a\n- [ ] b\n', context('existing.md'));
  if (!r.ok) throw new Error(r.error);
  await saveOwnPack(createOwnPack({ id: 'my-existing', title: 'Existing', fileName: 'existing.md', format: 'markdown', questions: r.questions, now: 1 }));
  await setFlag('my-existing-001', 'my-existing', true, 2);
  await recordResults([{ questionId: 'd1-001', packId: 'd1-bundle-1', selected: ['a'], correct: true, answeredAt: 3 }]);
}

describe('the hostile pack corpus', () => {
  it('has at least 100 files, each in the manifest', () => {
    const files = readdirSync(DIR).filter((f) => f !== 'EXPECTED.json').sort();
    expect(files.length).toBeGreaterThanOrEqual(100);
    expect(Object.keys(MANIFEST).sort()).toEqual(files);
  });

  it('is what the generator writes (nothing edited by hand, nothing stale)', () => {
    execFileSync(process.execPath, ['scripts/hostile-pack-corpus.mjs', '--check'], { stdio: 'pipe' });
  });

  it('refuses a file over the size limit, built at test time', () => {
    const r = readQuestionPack(`### Big?\n- [x] a\n- [ ] b\n${'x'.repeat(MAX_PACK_BYTES)}`, context('big.md'));
    expect(r).toEqual({ ok: false, error: expect.stringMatching(/too large for a question pack/) });
  });

  for (const [name, expected] of Object.entries(MANIFEST)) {
    it(name, async () => {
      const result = readQuestionPack(readFileSync(join(DIR, name), 'utf8'), context(name));
      if (expected.outcome === 'error') {
        expect(result.ok, JSON.stringify(result).slice(0, 300)).toBe(false);
        if (result.ok) return;
        expect(result.error).toMatch(new RegExp(expected.message));
        expectClear(result.error);
        return;
      }
      if (!result.ok) throw new Error(`expected an import, got: ${result.error}`);
      expect(result.questions).toHaveLength(expected.questions);
      expect(result.issues.map((i) => [i.question, i.line])).toEqual(expected.issues.map(([q, line]) => [q, line]));
      result.issues.forEach((issue, i) => {
        expect(issue.message).toMatch(new RegExp(expected.issues[i]![2]));
        expectClear(issue.message);
      });
      if (result.questions.length === 0) return;

      // Stored, it is one new pack: everything already there is exactly as it was,
      // and the hostile text is kept as text, valid for a backup.
      await seed();
      const before = await exportAll(new Date(0));
      const pack = createOwnPack({ id: 'my-new', title: result.title, fileName: name, format: result.format, questions: result.questions, now: 9 });
      expect(checkOwnPack(pack)).toBeNull();
      await saveOwnPack(pack);
      const after = await exportAll(new Date(0));
      expect(after.data.ownPacks.filter((p) => p.id !== 'my-new')).toEqual(before.data.ownPacks);
      expect({ ...after.data, ownPacks: [], settings: [] }).toEqual({ ...before.data, ownPacks: [], settings: [] });
      expect(after.data.ownPacks.find((p) => p.id === 'my-new')).toEqual(pack);
      const backup = parseBackup(JSON.stringify(after));
      expect(backup.ok && backup.backup.data.ownPacks).toEqual(after.data.ownPacks);
    });
  }
});
