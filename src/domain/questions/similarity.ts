// Near-duplicate question stems: Jaccard similarity of the sets of adjacent
// word pairs, after lower-casing and dropping punctuation. Word pairs (not
// single words) keep two stems about the same services apart unless they
// share phrasing; the bank's checks reject pairs at or above NEAR_DUPLICATE.
// Pure.

/** Measured on the bank: independently written bundle questions stay below 0.20; stems that re-tell the same scenario scored 0.21–0.31. */
export const NEAR_DUPLICATE = 0.25;

export function wordPairs(text: string): Set<string> {
  const words = text.toLowerCase().replace(/[^a-z0-9 ]+/g, ' ').split(/\s+/).filter(Boolean);
  const pairs = new Set<string>();
  for (let i = 0; i + 1 < words.length; i++) pairs.add(`${words[i]} ${words[i + 1]}`);
  return pairs;
}

export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  const union = a.size + b.size - shared;
  return union === 0 ? 0 : shared / union;
}

/** Every pair of items whose texts are at least `threshold` similar, most similar first. */
export function similarPairs<T extends { id: string; stem: string }>(items: readonly T[], threshold: number): { a: string; b: string; score: number }[] {
  const sets = items.map((q) => wordPairs(q.stem));
  const out: { a: string; b: string; score: number }[] = [];
  for (let i = 0; i < items.length; i++) {
    for (let j = i + 1; j < items.length; j++) {
      const score = jaccard(sets[i]!, sets[j]!);
      if (score >= threshold) out.push({ a: items[i]!.id, b: items[j]!.id, score });
    }
  }
  return out.sort((x, y) => y.score - x.score);
}
