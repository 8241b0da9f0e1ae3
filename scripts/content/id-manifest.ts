// content/ids.json: every id the user's saved data hangs on — checklist boxes,
// Must Know facts (stars) and flashcards (schedules). A content edit that
// changes one orphans whatever was saved under it, silently; the unit test
// tests/unit/content-ids.test.ts compares the guide with this committed list
// and names every id that disappeared, so the change is a decision, not an accident.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildFlashcards } from './flashcards.ts';
import { loadGuide } from './vite-plugin-content.ts';

export interface IdManifest {
  checklist: string[];
  facts: string[];
  flashcards: string[];
}

export const MANIFEST_FILE = 'content/ids.json';
export const UPDATE_COMMAND = 'UPDATE_IDS=1 npx vitest run tests/unit/content-ids.test.ts';

/** The ids of the guide as it is now, in document order. */
export function guideIds(root: string): IdManifest {
  const guide = loadGuide(root);
  const dir = join(root, 'content/chapters');
  const chapters = readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => ({ id: f.replace(/\.md$/, ''), file: `content/chapters/${f}`, markdown: readFileSync(join(dir, f), 'utf8') }));
  const factIds = guide.chapters.flatMap((c) => c.factIds);
  return {
    checklist: guide.chapters.flatMap((c) => c.checklistIds),
    facts: factIds,
    flashcards: buildFlashcards(chapters, new Set(factIds)).map((c) => c.id),
  };
}

export const manifestText = (ids: IdManifest): string => `${JSON.stringify(ids, null, 1)}\n`;

/** null when the same ids; otherwise a message naming what disappeared and what is new. */
export function describeIdChanges(committed: IdManifest, now: IdManifest): string | null {
  const lines: string[] = [];
  const gone: string[] = [];
  for (const kind of ['checklist', 'facts', 'flashcards'] as const) {
    const before = new Set(committed[kind] ?? []);
    const after = new Set(now[kind]);
    const lost = [...before].filter((id) => !after.has(id));
    const added = [...after].filter((id) => !before.has(id));
    for (const id of lost) gone.push(`  ${kind}: ${id}`);
    if (added.length) lines.push(`  ${kind}: ${added.length} new (${added.slice(0, 3).join(', ')}${added.length > 3 ? ', …' : ''})`);
  }
  if (!gone.length && !lines.length) return null;
  return [
    `The guide's saved-data ids differ from ${MANIFEST_FILE}.`,
    ...(gone.length
      ? [`Disappeared (ticks, stars and card schedules saved under these are orphaned):`, ...gone]
      : ['No id disappeared.']),
    ...(lines.length ? ['Added:', ...lines] : []),
    'An item keeps its id while its first words stay the same (scripts/content/item-ids.ts).',
    `If the change is intended, update the manifest: ${UPDATE_COMMAND}`,
  ].join('\n');
}
