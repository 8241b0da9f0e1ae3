// Merging a backup into existing data: rows match by key, and the newer one
// wins. Stores with no timestamp take the incoming row. Pure.
import { KEY_OF, type Row, type StoreName } from './schema';

/** When a row last changed, or null when its store has no such time. */
export const TIME_OF: { [K in StoreName]: ((row: Row<K>) => number) | null } = {
  settings: null,
  timer: null,
  studySessions: (r) => r.updatedAt,
  reading: (r) => r.updatedAt,
  checklist: (r) => r.updatedAt,
  stars: (r) => r.createdAt,
  practice: (r) => r.updatedAt,
  attempts: (r) => r.submittedAt ?? r.startedAt,
  flags: (r) => r.flaggedAt,
  results: (r) => r.answeredAt,
  cards: (r) => r.updatedAt,
  chapterReviews: (r) => r.doneAt,
  reports: (r) => r.createdAt,
  ownPacks: (r) => r.updatedAt,
};

/** The winner between an existing row (if any) and an incoming one. Ties go to the incoming row. */
export function pickNewer<K extends StoreName>(store: K, existing: Row<K> | undefined, incoming: Row<K>): Row<K> {
  if (!existing) return incoming;
  const time = TIME_OF[store] as ((row: Row<K>) => number) | null;
  if (!time) return incoming;
  return time(existing) > time(incoming) ? existing : incoming;
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
