// The map behind IndexedDB migration 9: each old positional id (what schema 8
// and earlier saved ticks, stars and card schedules under) → the item's new id
// from its text (item-ids.ts). The old id is computable from the same content:
// its heading and its number there, both of which chapterItemIds keeps.
//
// The map ships in the app's first chunk (the migration runs inside the upgrade
// transaction, so it cannot await an import), hence the compact shape: per
// chapter and kind, heading id → the new keys in old positional order.
//   c: checklist  `${ch}:${heading}:${i}`        → `${ch}:${c[heading][i]}`
//   f: facts      `${ch}#${heading}--fact-${n}`  → `${ch}#fact-${f[heading][n-1]}` (stars; must-know cards alike)
//   m: mistakes   `…#${heading}/${k}`            → `…#mistake-${m[heading][k-1]}` (common-mistake cards)
//
// It is generated once, from the guide that schema 8 users saved their data
// against, and committed frozen as src/domain/reader/positional-ids.ts: a later guide
// edit shifts positions, and a map made from the edited guide would move v8
// users' rows onto the wrong items — the bug this replaces.
import { createHash } from 'node:crypto';
import { Marked } from 'marked';
import { chapterItemIds, type ItemId } from './item-ids.ts';
import type { ChapterSource } from './flashcards.ts';
import type { Moves } from '../../src/domain/reader/moved-ids.ts';

type ByHeading = Record<string, string[]>;

function byHeading(entries: Iterable<ItemId>, prefix: string): ByHeading | undefined {
  const out: ByHeading = {};
  let any = false;
  for (const e of entries) {
    const list = (out[e.heading] ??= []);
    // Two Must Know lists under one heading had the same old ids: the first keeps them.
    if (list[e.index] === undefined) list[e.index] = e.id.slice(prefix.length);
    any = true;
  }
  return any ? out : undefined;
}

/** Old positional place → new key, per chapter. Pure and deterministic. */
export function positionalMoves(chapters: readonly ChapterSource[]): Moves {
  const moves: Moves = {};
  for (const { id, markdown } of chapters) {
    const items = chapterItemIds(id, new Marked({ gfm: true }).lexer(markdown));
    const c = byHeading(items.checks.values(), `${id}:`);
    const f = byHeading(items.facts.values(), 'fact-');
    const m = byHeading(items.mistakes.values(), 'mistake-');
    if (c || f || m) moves[id] = { ...(c && { c }), ...(f && { f }), ...(m && { m }) };
  }
  return moves;
}

/** A short digest of a chapter's Markdown: the test re-checks the map only for chapters still as they were. */
export const sourceDigest = (markdown: string): string => createHash('sha256').update(markdown).digest('hex').slice(0, 12);

/** The committed module's text (one chapter a line, so a diff reads). */
export function positionalIdsModule(chapters: readonly ChapterSource[]): string {
  const moves = positionalMoves(chapters);
  const source = Object.fromEntries(chapters.map((c) => [c.id, sourceDigest(c.markdown)]));
  const lines = Object.entries(moves).map(([id, m]) => `  ${JSON.stringify(id)}: ${JSON.stringify(m)},`);
  return [
    '// GENERATED from the guide as schema 8 shipped it, by scripts/content/positional-ids.ts',
    '// (GENERATE_POSITIONAL_IDS=1 npx vitest run tests/unit/content-ids.test.ts). FROZEN: migration 9',
    '// moves rows saved against that guide; a map made from a later guide would move them wrongly.',
    "import type { Moves } from './moved-ids';",
    '',
    '/** sha-256 (12 hex) of each chapter the map was made from; only the test reads it (tree-shaken). */',
    `export const SOURCE: Record<string, string> = ${JSON.stringify(source)};`,
    '',
    'export const MOVES: Moves = {',
    ...lines,
    '};',
    '',
  ].join('\n');
}
