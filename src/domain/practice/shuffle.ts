// Options shown in an order of their own per attempt, the same order on every
// reload of that attempt: the permutation comes from the attempt's seed and the
// question's id, never from Math.random at render time. Answers stay keyed by
// option id, so scoring, history and keys never see positions.

/** A seeded generator (FNV-1a of the seed, then mulberry32): the same seed gives the same numbers. */
export function seededRandom(seed: string): () => number {
  let h = 0x811c9dc5;
  for (let i = 0; i < seed.length; i++) {
    h ^= seed.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  let a = h >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Fisher–Yates with the given generator; the input is not changed. */
export function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** The question's options in this attempt's order; `seed` null keeps the written order. */
export function optionsInOrder<T>(options: readonly T[], questionId: string, seed: string | null): T[] {
  return seed === null ? [...options] : shuffled(options, seededRandom(`${seed}:${questionId}`));
}

/** The letter shown beside the option at this place: A, B, C… (by place, not by the option's id). */
export function letterAt(index: number): string {
  return String.fromCharCode(65 + index);
}

/** A new sitting's question order and option seed. */
export interface Arrangement {
  questionIds: string[];
  shuffleSeed?: string;
}

/**
 * Orders a new practice session or exam. With shuffle on, the questions get an order of their own (unless
 * `keepOrder`: a list the user chose, such as "wrong answers") and a seed for the options; off, both stay as written.
 * `first`, a place in `ids` already drawn uniformly at random (the launch rolls it so that question's chunk loads
 * early), is where a shuffled order starts; the rest are shuffled after it, so every order is still equally likely.
 */
export function arrange(ids: readonly string[], shuffle: boolean, random: () => number, keepOrder = false, first?: number): Arrangement {
  if (!shuffle) return { questionIds: [...ids] };
  const shuffleSeed = Math.floor(random() * 2 ** 52).toString(36);
  if (keepOrder) return { questionIds: [...ids], shuffleSeed };
  if (first !== undefined && Number.isInteger(first) && first >= 0 && first < ids.length) {
    return { questionIds: [ids[first]!, ...shuffled(ids.filter((_, i) => i !== first), random)], shuffleSeed };
  }
  return { questionIds: shuffled(ids, random), shuffleSeed };
}
