// Pack definitions (content/packs.json) and which questions each pack holds.
import * as v from 'valibot';
import type { Question } from './schema';

const IdRange = v.object({
  prefix: v.pipe(v.string(), v.regex(/^[a-z0-9]+-$/)),
  from: v.pipe(v.number(), v.integer(), v.minValue(1)),
  to: v.pipe(v.number(), v.integer(), v.minValue(1)),
  digits: v.picklist([2, 3]),
});

export const PackSchema = v.pipe(
  v.object({
    id: v.pipe(v.string(), v.regex(/^[a-z0-9-]+$/)),
    title: v.pipe(v.string(), v.minLength(1)),
    kind: v.picklist(['domain', 'topic', 'full']),
    focus: v.pipe(v.string(), v.minLength(1)),
    /** A numbered range of ids (bundles, full tests) … */
    ids: v.optional(IdRange),
    /** … or every question carrying any of these tags (topic bundles). */
    tags: v.optional(v.pipe(v.array(v.string()), v.minLength(1))),
    targetPercent: v.pipe(v.number(), v.minValue(1), v.maxValue(100)),
    /** Exam-mode pace; the real exam is 65 questions in 130 minutes, 2 a question. */
    minutesPerQuestion: v.pipe(v.number(), v.minValue(0.5), v.maxValue(10)),
  }),
  v.check((p) => Boolean(p.ids) !== Boolean(p.tags), 'a pack has either ids or tags'),
  v.check((p) => !p.ids || p.ids.from <= p.ids.to, 'ids.from must not exceed ids.to'),
);
export const PackFileSchema = v.object({ packs: v.pipe(v.array(PackSchema), v.minLength(1)) });

export type Pack = v.InferOutput<typeof PackSchema>;
export type PackKind = Pack['kind'];

export function packQuestionIds(pack: Pick<Pack, 'ids'>): string[] {
  if (!pack.ids) return [];
  const { prefix, from, to, digits } = pack.ids;
  return Array.from({ length: to - from + 1 }, (_, i) => `${prefix}${String(from + i).padStart(digits, '0')}`);
}

/** The live questions of a pack, in pack order; retired ones are left out. */
export function resolvePack(pack: Pick<Pack, 'ids' | 'tags'>, questions: readonly Question[]): Question[] {
  const live = questions.filter((q) => !q.retired);
  if (pack.tags) {
    const tags = new Set(pack.tags);
    return live.filter((q) => q.tags.some((t) => tags.has(t)));
  }
  const byId = new Map(live.map((q) => [q.id, q]));
  return packQuestionIds(pack).flatMap((id) => byId.get(id) ?? []);
}

/** How many questions the pack is meant to have (a range's size; tag packs: as many as exist). */
export function plannedSize(pack: Pick<Pack, 'ids'>): number | null {
  return pack.ids ? pack.ids.to - pack.ids.from + 1 : null;
}

/** Exam-mode time limit for the questions the pack has now. */
export function examMinutes(pack: Pick<Pack, 'minutesPerQuestion'>, questionCount: number): number {
  return Math.max(1, Math.round(pack.minutesPerQuestion * questionCount));
}
