// Merging a backup into existing data (and, later, one device's rows into
// another's): rows match by key and the most recently changed one wins. Pure.
//
// The rule per record kind (README "Storage" repeats it):
// - every row carries the time it last changed (`updatedAt`, or the one time a
//   row of its kind can have: `createdAt`, `flaggedAt`, `answeredAt`, `doneAt`);
//   rows written before a kind had `updatedAt` count as changed at time 0;
// - attempts: a submitted exam beats one still running (a copy made before the
//   submit can never un-submit it); otherwise the newer `updatedAt` wins;
// - reading: merged field by field. "Read" once set stays set and keeps its
//   earliest `readAt` (the Day 1 of the chapter's reviews); the furthest
//   progress is kept; the place (anchor, with its paragraph: block, offset)
//   comes from the newer row;
// - settings: only settings about the user travel (see DEVICE_SETTINGS); each
//   row has its own `updatedAt`;
// - results: the later answer wins, keeping the earlier of the two first
//   answers (`first`, the study coach's evidence);
// - timer: a cleared timer is a row with `record: null`, so "cleared later"
//   beats "running earlier";
// - deletions: a deleted row leaves a record of when (store `deletions`); a
//   row changed no later than its deletion is gone, a row changed after it
//   (re-created, edited on another device after the delete) stays;
// - ties (equal times, different rows) go to the row whose canonical JSON
//   sorts last: the same winner whichever side is local, so two devices that
//   merge each other's rows end up with the same data.
import { KEY_OF, type Row, type StoreName } from './schema';
import { deletionId } from './deletion-id';
import { mergeFirstAnswers } from '../practice/first-answer';

export { deletionId };

/** When a row last changed. */
export const TIME_OF: { [K in StoreName]: (row: Row<K>) => number } = {
  settings: (r) => r.updatedAt ?? 0,
  timer: (r) => r.updatedAt ?? 0,
  studySessions: (r) => r.updatedAt,
  reading: (r) => r.updatedAt,
  checklist: (r) => r.updatedAt,
  stars: (r) => r.createdAt,
  practice: (r) => r.updatedAt,
  attempts: (r) => r.updatedAt ?? r.submittedAt ?? r.startedAt,
  flags: (r) => r.flaggedAt,
  results: (r) => r.answeredAt,
  cards: (r) => r.updatedAt,
  chapterReviews: (r) => r.doneAt,
  reports: (r) => r.createdAt,
  ownPacks: (r) => r.updatedAt,
  deletions: (r) => r.deletedAt,
};

/** JSON with object keys sorted: equal data gives equal text. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v,
  );
}

/** Positive when a should win over b; symmetric, so both sides pick the same row. */
function compareRows<K extends StoreName>(store: K, a: Row<K>, b: Row<K>): number {
  if (store === 'attempts') {
    const sa = (a as Row<'attempts'>).submittedAt !== null;
    const sb = (b as Row<'attempts'>).submittedAt !== null;
    if (sa !== sb) return sa ? 1 : -1;
  }
  const time = TIME_OF[store] as (row: Row<K>) => number;
  const diff = time(a) - time(b);
  if (diff !== 0) return diff;
  const ja = canonicalJson(a);
  const jb = canonicalJson(b);
  return ja === jb ? 0 : ja > jb ? 1 : -1;
}

function mergeReading(a: Row<'reading'>, b: Row<'reading'>): Row<'reading'> {
  const newer = compareRows('reading', a, b) >= 0 ? a : b;
  // A read row from before readAt existed was read when it last changed (as migration 8 assumes).
  const readAts = [a, b].filter((r) => r.read).map((r) => r.readAt ?? r.updatedAt);
  const read = readAts.length > 0;
  const readAt = read ? Math.min(...readAts) : undefined;
  const merged: Row<'reading'> = {
    chapterId: newer.chapterId,
    anchor: newer.anchor,
    progress: Math.max(a.progress, b.progress),
    read,
    updatedAt: Math.max(a.updatedAt, b.updatedAt),
  };
  if (readAt !== undefined) merged.readAt = readAt;
  // The paragraph goes with its heading: both from the newer row, or neither.
  if (newer.block !== undefined) merged.block = newer.block;
  if (newer.offset !== undefined) merged.offset = newer.offset;
  return merged;
}

/** A reading row as the app keeps it now: read rows carry their read day (migration 8's rule, for rows from older files). */
export function withReadDay(row: Row<'reading'>): Row<'reading'> {
  return row.read && row.readAt === undefined ? { ...row, readAt: row.updatedAt } : row;
}

/** The row to keep for one key: the existing one (if any) merged with an incoming one. */
export function pickNewer<K extends StoreName>(store: K, existing: Row<K> | undefined, incoming: Row<K>): Row<K> {
  if (!existing) return incoming;
  if (store === 'reading') {
    const merged = mergeReading(existing as Row<'reading'>, incoming as Row<'reading'>);
    return (canonicalJson(merged) === canonicalJson(existing) ? existing : merged) as Row<K>;
  }
  const keepExisting = compareRows(store, existing, incoming) >= 0;
  if (store === 'results') {
    // The later answer wins; the earlier first answer (the study coach's evidence) is kept from either side.
    const [winner, other] = (keepExisting ? [existing, incoming] : [incoming, existing]) as [Row<'results'>, Row<'results'>];
    const merged = mergeFirstAnswers(winner, other);
    return (keepExisting && canonicalJson(merged) === canonicalJson(existing) ? existing : merged) as Row<K>;
  }
  return keepExisting ? existing : incoming;
}

/** Merges incoming rows into existing ones by key; returns the rows to write (only those that change). */
export function mergeRows<K extends StoreName>(store: K, existing: readonly Row<K>[], incoming: readonly Row<K>[]): Row<K>[] {
  const keyOf = KEY_OF[store] as (row: Row<K>) => string;
  const byKey = new Map<string, Row<K>>();
  for (const row of existing) byKey.set(keyOf(row), row);
  const writes = new Map<string, Row<K>>();
  for (const row of incoming) {
    const key = keyOf(row);
    const current = writes.get(key) ?? byKey.get(key);
    const winner = pickNewer(store, current, row);
    if (winner !== current) writes.set(key, winner);
  }
  return [...writes.values()];
}

/**
 * One store's merge with deletions: the rows to put and the keys to delete.
 * `deletedAt` maps a deletion id to its time (both sides' records, newest).
 */
export function mergeStore<K extends StoreName>(
  store: K,
  existing: readonly Row<K>[],
  incoming: readonly Row<K>[],
  deletedAt: ReadonlyMap<string, number>,
): { puts: Row<K>[]; deletes: string[] } {
  const keyOf = KEY_OF[store] as (row: Row<K>) => string;
  const time = TIME_OF[store] as (row: Row<K>) => number;
  const gone = (row: Row<K>): boolean => {
    const at = deletedAt.get(deletionId(store, keyOf(row)));
    return at !== undefined && time(row) <= at;
  };
  const puts = mergeRows(store, existing, incoming).filter((row) => !gone(row));
  const put = new Set(puts.map(keyOf));
  const deletes = existing.filter((row) => gone(row) && !put.has(keyOf(row))).map(keyOf);
  return { puts, deletes };
}
