// Question banks the user imports: how one becomes a pack like the built-in
// ones. The stored shape's valibot schema is in own-pack-schema.ts (only
// imports and backups load it; listing packs does not).
import type * as v from 'valibot';
import type { OwnPackSchema, OwnQuestionSchema } from './own-pack-schema';
import type { PlayableQuestion } from './playable';
import type { PackInfo } from './packs';

/** Imported packs' ids start with this; built-in pack and question ids never do. */
export const OWN_PREFIX = 'my-';
export const MAX_OWN_QUESTIONS = 2000;
export const MAX_STEM_CHARS = 10_000;
export const MAX_OPTION_CHARS = 2_000;
export const MAX_NOTE_CHARS = 5_000;
export const MAX_TITLE_CHARS = 120;
/** The pass line of the real exam, 720 of 1000, as a percentage target. */
export const OWN_TARGET_PERCENT = 72;

export type OwnQuestion = v.InferOutput<typeof OwnQuestionSchema>;
export type OwnPack = v.InferOutput<typeof OwnPackSchema>;

/** A question as the importers read it, before it belongs to a pack. */
export type DraftQuestion = Omit<OwnQuestion, 'id'>;

/** A fresh pack id; `taken` are ids already in use (another import in the same millisecond). */
export function newPackId(now: number, taken: ReadonlySet<string>): string {
  let n = now;
  while (taken.has(`${OWN_PREFIX}${n.toString(36)}`)) n++;
  return `${OWN_PREFIX}${n.toString(36)}`;
}

export function createOwnPack(input: {
  id: string;
  title: string;
  fileName: string;
  format: OwnPack['format'];
  questions: readonly DraftQuestion[];
  now: number;
}): OwnPack {
  const digits = Math.max(3, String(input.questions.length).length);
  return {
    id: input.id,
    title: input.title.trim().slice(0, MAX_TITLE_CHARS) || 'My questions',
    fileName: input.fileName.slice(0, 300),
    format: input.format,
    questions: input.questions.map((q, i) => ({ ...q, id: `${input.id}-${String(i + 1).padStart(digits, '0')}` })),
    createdAt: input.now,
    updatedAt: input.now,
  };
}

/** An imported pack as the Practice screens list it, next to the built-in ones. */
export function ownPackInfo(pack: OwnPack): PackInfo {
  return {
    id: pack.id,
    title: pack.title,
    kind: 'own',
    focus: `Imported from ${pack.fileName || 'a file'}`,
    targetPercent: OWN_TARGET_PERCENT,
    minutesPerQuestion: 2,
    questionCount: pack.questions.length,
    plannedCount: null,
    questionIds: pack.questions.map((q) => q.id),
  };
}

export function ownQuestions(pack: OwnPack): PlayableQuestion[] {
  return pack.questions.map((q) => ({ ...q, markdown: true }));
}

export const isOwnId = (id: string): boolean => id.startsWith(OWN_PREFIX);

/** The anchor of an imported question's guide link that names a chapter but no section of it: the link opens the chapter. */
export const CHAPTER_TOP = 'top';
