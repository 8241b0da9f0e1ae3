// One schema for built-in packs (checked at build) and, later, imported packs
// (checked in the browser). valibot keeps it a few KB and gives typed output.
import * as v from 'valibot';

export const OPTION_IDS = ['a', 'b', 'c', 'd', 'e', 'f'] as const;
const OptionId = v.picklist(OPTION_IDS);
const Text = v.pipe(v.string(), v.trim(), v.minLength(1));

export const TASKS = [
  '1.1', '1.2', '1.3', '2.1', '2.2', '2.3', '3.1', '3.2', '3.3', '3.4', '4.1', '4.2', '4.3',
] as const;

export const ReviewSchema = v.object({
  reviewer: Text,
  date: v.pipe(v.string(), v.isoDate()),
  blindAnswer: v.array(OptionId),
  verdict: v.picklist(['approved', 'fixed', 'rejected']),
  notes: v.optional(v.string()),
  /** The reviewer agrees that two options would work and the stem's constraint picks the key. */
  constraintConfirmed: v.optional(v.boolean()),
});

export const QuestionSchema = v.pipe(
  v.object({
    id: v.pipe(v.string(), v.regex(/^[a-z0-9]+(-[a-z0-9]+)*-\d{2,3}$/, 'id must look like d1-001')),
    domain: v.picklist([1, 2, 3, 4]),
    task: v.picklist(TASKS),
    tags: v.pipe(v.array(v.pipe(v.string(), v.regex(/^[a-z0-9-]+$/))), v.minLength(1)),
    type: v.picklist(['single', 'multiple']),
    choose: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(3)),
    stem: Text,
    options: v.pipe(
      v.array(v.object({ id: OptionId, text: Text })),
      v.minLength(4),
      v.maxLength(6),
    ),
    answer: v.pipe(v.array(OptionId), v.minLength(1)),
    explanations: v.record(OptionId, Text),
    takeaway: Text,
    guide: v.object({ chapter: v.pipe(v.string(), v.regex(/^\d\d-[a-z0-9-]+$/)), anchor: v.pipe(v.string(), v.regex(/^[a-z0-9-]+$/)) }),
    review: v.optional(ReviewSchema),
    /** Two options would work; a constraint in the stem ("LEAST operational overhead", a limit) picks the key. */
    constraintDecided: v.optional(v.boolean()),
    /** A task statement of another domain that the answer also turns on (a cross-domain question). */
    crossTask: v.optional(v.picklist(TASKS)),
    retired: v.optional(v.boolean()),
    /** "Updated" notes (content/errata.json ids) on guide statements the explanation corrects: shown as links to them. */
    errata: v.optional(v.pipe(v.array(v.pipe(v.string(), v.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/))), v.minLength(1))),
  }),
  v.check((q) => q.task.startsWith(`${q.domain}.`), 'task must belong to the domain'),
  v.check((q) => q.crossTask === undefined || !q.crossTask.startsWith(`${q.domain}.`), 'crossTask must belong to another domain'),
  v.check((q) => q.answer.length === q.choose, 'answer must have exactly `choose` options'),
  v.check((q) => (q.type === 'single') === (q.choose === 1), 'single questions choose 1, multiple choose 2+'),
  v.check((q) => q.type === 'single' || q.options.length >= 5, 'multiple response needs 5 or more options'),
  v.check((q) => new Set(q.options.map((o) => o.id)).size === q.options.length, 'option ids must be unique'),
  v.check((q) => q.options.every((o, i) => o.id === OPTION_IDS[i]), 'options must be lettered a, b, c… in order'),
  v.check((q) => q.answer.every((a) => q.options.some((o) => o.id === a)), 'answer names an option that does not exist'),
  v.check((q) => q.options.every((o) => Boolean(q.explanations[o.id])), 'every option needs an explanation'),
  v.check((q) => q.type === 'single' || /\(Choose (TWO|THREE)\.\)/.test(q.stem), 'multiple response stems say "(Choose TWO.)" or "(Choose THREE.)"'),
);

export const QuestionFileSchema = v.object({
  questions: v.pipe(v.array(QuestionSchema), v.minLength(1)),
});

export type Question = v.InferOutput<typeof QuestionSchema>;
export type OptionId = (typeof OPTION_IDS)[number];
