// The ids saved data hangs on: the committed manifest (content/ids.json) must
// list exactly the guide's, and migration 9's frozen map must still be what the
// compiler makes of every chapter that has not changed since it was generated.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeIdChanges, guideIds, MANIFEST_FILE, manifestText, type IdManifest } from '../../scripts/content/id-manifest';
import { positionalIdsModule, positionalMoves, sourceDigest } from '../../scripts/content/positional-ids';
import { MOVES, SOURCE } from '../../src/domain/reader/positional-ids';

const ROOT = resolve(import.meta.dirname, '../..');
const MAP_FILE = join(ROOT, 'src/domain/reader/positional-ids.ts');

const chapters = () =>
  readdirSync(join(ROOT, 'content/chapters'))
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => ({ id: f.replace(/\.md$/, ''), markdown: readFileSync(join(ROOT, 'content/chapters', f), 'utf8') }));

describe('content/ids.json', () => {
  it('lists every checklist, fact and flashcard id of the guide (update it on purpose when they change)', () => {
    const now = guideIds(ROOT);
    if (process.env.UPDATE_IDS) writeFileSync(join(ROOT, MANIFEST_FILE), manifestText(now));
    const committed = JSON.parse(readFileSync(join(ROOT, MANIFEST_FILE), 'utf8')) as IdManifest;
    const changes = describeIdChanges(committed, now);
    if (changes) expect.fail(changes);
    // Every id is unique in its kind: a duplicate would share one saved state.
    for (const kind of ['checklist', 'facts', 'flashcards'] as const) expect(new Set(now[kind]).size, kind).toBe(now[kind].length);
  });

  it('names disappeared ids and the command that updates the manifest', () => {
    const before: IdManifest = { checklist: ['01-x:a', '01-x:b'], facts: ['01-x#fact-a'], flashcards: [] };
    const message = describeIdChanges(before, { checklist: ['01-x:a', '01-x:c'], facts: ['01-x#fact-a'], flashcards: [] })!;
    expect(message).toContain('checklist: 01-x:b');
    expect(message).toContain('1 new (01-x:c)');
    expect(message).toContain('UPDATE_IDS=1 npx vitest run tests/unit/content-ids.test.ts');
    expect(describeIdChanges(before, before)).toBeNull();
  });
});

describe('migration 9 map (src/domain/reader/positional-ids.ts, frozen)', () => {
  it('is what the compiler makes of each chapter still as it was generated from', () => {
    const all = chapters();
    if (process.env.GENERATE_POSITIONAL_IDS) writeFileSync(MAP_FILE, positionalIdsModule(all));
    const now = positionalMoves(all);
    const unchanged = all.filter((c) => SOURCE[c.id] === sourceDigest(c.markdown));
    // Chapters edited since are skipped: the frozen map stays right for data saved before.
    // A mismatch on an unchanged chapter means the id rule (item-ids.ts) changed: saved
    // ids would move again, which needs a new migration, not a regenerated map.
    for (const c of unchanged) expect(MOVES[c.id], `${c.id}: the id rule changed since migration 9's map`).toEqual(now[c.id]);
    expect(Object.keys(SOURCE).length).toBeGreaterThan(0);
  });
});
