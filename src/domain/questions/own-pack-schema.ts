// The one schema of a stored imported pack: checked when a pack is saved from
// an import and again when a backup brings packs back.
import * as v from 'valibot';
import { OPTION_IDS, TASKS } from './schema';
import { MAX_NOTE_CHARS, MAX_OPTION_CHARS, MAX_OWN_QUESTIONS, MAX_STEM_CHARS, MAX_TITLE_CHARS, OWN_PREFIX } from './own-pack';

const OptionId = v.picklist(OPTION_IDS);
const Text = (max: number) => v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(max));
const Note = v.pipe(v.string(), v.maxLength(MAX_NOTE_CHARS));
const Time = v.pipe(v.number(), v.integer(), v.minValue(0));

export const OwnQuestionSchema = v.pipe(
  v.strictObject({
    id: v.pipe(v.string(), v.startsWith(OWN_PREFIX), v.maxLength(200)),
    /** The question's id in the imported file, if it had one. */
    sourceId: v.optional(v.pipe(v.string(), v.maxLength(200))),
    domain: v.nullable(v.picklist([1, 2, 3, 4])),
    task: v.nullable(v.picklist(TASKS)),
    tags: v.pipe(v.array(v.pipe(v.string(), v.regex(/^[a-z0-9-]{1,40}$/))), v.maxLength(20)),
    type: v.picklist(['single', 'multiple']),
    choose: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(5)),
    stem: Text(MAX_STEM_CHARS),
    options: v.pipe(v.array(v.strictObject({ id: OptionId, text: Text(MAX_OPTION_CHARS) })), v.minLength(2), v.maxLength(OPTION_IDS.length)),
    answer: v.pipe(v.array(OptionId), v.minLength(1)),
    explanations: v.record(OptionId, Note),
    takeaway: Note,
    guide: v.nullable(v.strictObject({ chapter: v.pipe(v.string(), v.regex(/^\d\d-[a-z0-9-]+$/)), anchor: v.pipe(v.string(), v.regex(/^[a-z0-9-]+$/)) })),
  }),
  v.check((q) => q.answer.length === q.choose && (q.type === 'single') === (q.choose === 1), 'the key must have exactly "choose" options'),
  v.check((q) => new Set(q.options.map((o) => o.id)).size === q.options.length, 'option letters must be unique'),
  v.check((q) => q.answer.every((a) => q.options.some((o) => o.id === a)), 'the key names an option that does not exist'),
  v.check((q) => q.answer.length < q.options.length, 'not every option can be correct'),
);

export const OwnPackSchema = v.pipe(
  v.strictObject({
    id: v.pipe(v.string(), v.regex(/^my-[a-z0-9-]{1,60}$/)),
    title: Text(MAX_TITLE_CHARS),
    fileName: v.pipe(v.string(), v.maxLength(300)),
    format: v.picklist(['json', 'markdown']),
    questions: v.pipe(v.array(OwnQuestionSchema), v.minLength(1), v.maxLength(MAX_OWN_QUESTIONS)),
    createdAt: Time,
    updatedAt: Time,
  }),
  v.check((p) => p.questions.every((q) => q.id.startsWith(`${p.id}-`)), 'question ids must belong to their pack'),
);
