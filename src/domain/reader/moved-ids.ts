// Old positional ids → the new ids made from each item's text (see
// scripts/content/item-ids.ts). Schema 8 and earlier saved checklist ticks,
// fact stars and Must Know / Common Mistake card schedules under positions,
// so a guide edit moved them onto other items. Migration 9 (and importing a
// backup made before it) renames each saved row with these functions and the
// frozen map in positional-ids.ts. An id not in the map comes back
// undefined: that row stays as it is. Pure: the map is passed in.

/** Per kind, heading id → the new keys in old positional order (0-based). */
export interface ChapterMoves {
  /** Checklist: `${ch}:${heading}:${i}` → `${ch}:${key}`. */
  c?: Record<string, string[]>;
  /** Facts: `${ch}#${heading}--fact-${n}` → `${ch}#fact-${key}` (stars and must-know cards). */
  f?: Record<string, string[]>;
  /** Common mistakes: `common-mistake:${ch}#${heading}/${k}` → `common-mistake:${ch}#mistake-${key}`. */
  m?: Record<string, string[]>;
}
export type Moves = Record<string, ChapterMoves>;

// Saved ids are user data: look keys up as own properties only ("__proto__", "constructor").
const own = <T>(o: Record<string, T> | undefined, k: string): T | undefined => (o && Object.hasOwn(o, k) ? o[k] : undefined);

function key(moves: Moves, chapter: string, kind: keyof ChapterMoves, heading: string, index: number): string | undefined {
  const list = own(own(own(moves, chapter) as Record<string, Record<string, string[]>> | undefined, kind), heading);
  return list && Object.hasOwn(list, index) ? list[index] : undefined;
}

const N = '(0|[1-9]\\d*)';
const CHECK = new RegExp(`^([^:#]+):([^:#/]+):${N}$`);
const FACT = new RegExp(`^([^:#]+)#([^:#/]+)--fact-${N}$`);
const MUST_KNOW = new RegExp(`^must-know:([^:#]+)#([^:#/]+)--fact-${N}$`);
const MISTAKE = new RegExp(`^common-mistake:([^:#]+)#([^:#/]+)/${N}$`);

/** A checklist row's new id, or undefined to leave it. */
export function movedChecklistId(moves: Moves, id: string): string | undefined {
  const m = CHECK.exec(id);
  const k = m && key(moves, m[1]!, 'c', m[2]!, Number(m[3]));
  return k ? `${m![1]}:${k}` : undefined;
}

/** A star's new id (`chapter#anchor`), or undefined to leave it (section stars never move). */
export function movedStarId(moves: Moves, id: string): string | undefined {
  const m = FACT.exec(id);
  const k = m && Number(m[3]) > 0 && key(moves, m[1]!, 'f', m[2]!, Number(m[3]) - 1);
  return k ? `${m![1]}#fact-${k}` : undefined;
}

/** A flashcard's new id, or undefined to leave it (glossary, Quick Reference and question cards never move). */
export function movedCardId(moves: Moves, id: string): string | undefined {
  const fact = MUST_KNOW.exec(id);
  if (fact) {
    const k = Number(fact[3]) > 0 && key(moves, fact[1]!, 'f', fact[2]!, Number(fact[3]) - 1);
    return k ? `must-know:${fact[1]}#fact-${k}` : undefined;
  }
  const mistake = MISTAKE.exec(id);
  const k = mistake && Number(mistake[3]) > 0 && key(moves, mistake[1]!, 'm', mistake[2]!, Number(mistake[3]) - 1);
  return k ? `common-mistake:${mistake![1]}#mistake-${k}` : undefined;
}
