// The schema of content/packs.json, checked when the content is built.
import * as v from 'valibot';

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
