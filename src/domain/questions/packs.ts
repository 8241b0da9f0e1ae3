// Which questions each pack holds, and an exam sitting's size and time. The
// schema of content/packs.json is in pack-schema.ts (the build's; screens need
// no valibot for this).
import type * as v from 'valibot';
import type { PackSchema } from './pack-schema';
import type { PlayableQuestion } from './playable';
import { shuffled } from '../practice/shuffle.ts';

export type Pack = v.InferOutput<typeof PackSchema>;
export type PackKind = Pack['kind'];

/** A pack as the screens list it: built-in (from packs.json) or imported ('own', an explicit id list). */
export interface PackInfo extends Omit<Pack, 'kind'> {
  kind: PackKind | 'own';
  questionCount: number;
  plannedCount: number | null;
  /** The pack's live questions, in order: resolved at build for built-in packs, stored with imported ones. */
  questionIds: readonly string[];
}

/** A built-in pack as the content build emits it (virtual:guide/packs). */
export interface PackMeta extends Pack {
  questionCount: number;
  plannedCount: number | null;
  /** Resolved at build: a practice session starts without loading any question text. */
  questionIds: string[];
}

export function packQuestionIds(pack: Pick<Pack, 'ids'>): string[] {
  if (!pack.ids) return [];
  const { prefix, from, to, digits } = pack.ids;
  return Array.from({ length: to - from + 1 }, (_, i) => `${prefix}${String(from + i).padStart(digits, '0')}`);
}

/**
 * The live questions of a pack, in pack order; retired ones are left out.
 * Ids resolved at build (`questionIds`) win; otherwise a range, or the tags
 * over `questions` (the build passes only the domain bundles' questions, so a
 * topic bundle never gives away a full practice test's questions).
 */
export function resolvePack<Q extends PlayableQuestion>(pack: Pick<Pack, 'ids' | 'tags'> & { questionIds?: readonly string[] }, questions: readonly Q[]): Q[] {
  const live = questions.filter((q) => !q.retired);
  if (pack.tags && !pack.questionIds) {
    const tags = new Set(pack.tags);
    return live.filter((q) => q.tags.some((t) => tags.has(t)));
  }
  const byId = new Map(live.map((q) => [q.id, q]));
  return (pack.questionIds ?? packQuestionIds(pack)).flatMap((id) => byId.get(id) ?? []);
}

/** The questions topic bundles are cut from: those of the domain bundles (full tests stay unseen). */
export function bundlePool<Q extends PlayableQuestion>(packs: readonly Pick<Pack, 'kind' | 'ids'>[], questions: readonly Q[]): Q[] {
  const ids = new Set(packs.filter((p) => p.kind === 'domain').flatMap((p) => packQuestionIds(p)));
  return questions.filter((q) => ids.has(q.id));
}

/** How many questions the pack is meant to have (a range's size; tag packs: as many as exist). */
export function plannedSize(pack: Pick<Pack, 'ids'>): number | null {
  return pack.ids ? pack.ids.to - pack.ids.from + 1 : null;
}

/** Exam-mode time limit for the questions the pack has now. */
export function examMinutes(pack: Pick<Pack, 'minutesPerQuestion'>, questionCount: number): number {
  return Math.max(1, Math.round(pack.minutesPerQuestion * questionCount));
}

/** The real exam's length: a bigger bank's exam draws this many at random. */
export const EXAM_QUESTIONS = 65;

/**
 * The questions of one exam sitting: all of them when the pack is no longer
 * than the real exam, else EXAM_QUESTIONS drawn at random (random() in [0, 1)),
 * kept in pack order so a sitting reads like the pack.
 */
export function examQuestionIds(ids: readonly string[], random: () => number, size: number = EXAM_QUESTIONS): string[] {
  if (ids.length <= size) return [...ids];
  const pool = ids.map((_, i) => i);
  for (let i = pool.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [pool[i], pool[j]] = [pool[j]!, pool[i]!];
  }
  return pool.slice(0, size).sort((a, b) => a - b).map((i) => ids[i]!);
}

/** A full practice test's sitting: all its questions in an order of their own (stored with the attempt, so a reload keeps it). */
export function shuffledIds(ids: readonly string[], random: () => number): string[] {
  return shuffled(ids, random);
}
