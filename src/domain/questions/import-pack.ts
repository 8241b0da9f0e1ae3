// Reads a question bank the user picked: the app's own JSON format, or the
// Markdown checkbox format community banks use. Pure: text in, a draft pack
// and per-question problems (with line numbers) out.
import * as v from 'valibot';
import { OPTION_IDS, TASKS, type OptionId } from './schema';
import {
  MAX_NOTE_CHARS,
  MAX_OPTION_CHARS,
  MAX_OWN_QUESTIONS,
  MAX_STEM_CHARS,
  MAX_TITLE_CHARS,
  type DraftQuestion,
  type OwnPack,
} from './own-pack';
import { OwnPackSchema } from './own-pack-schema';
import { arrayElementLines, isPlainObject, parseJson } from '../safe-json';
import { parseMarkdownQuestions } from './import-markdown';

export const MAX_PACK_BYTES = 5 * 1024 * 1024;
/** A pack nests 4 levels (file, list, question, option); any sane extra fields a few more. */
const MAX_PACK_DEPTH = 32;

export interface ImportIssue {
  /** 1-based line in the file, when known. */
  line: number | null;
  /** 1-based position of the question in the file. */
  question: number;
  message: string;
}

export type PackImport =
  | {
      ok: true;
      format: 'json' | 'markdown';
      title: string;
      questions: DraftQuestion[];
      issues: ImportIssue[];
      /** Questions imported with a guide link that names no section of the guide: the link opens the chapter. */
      linkNotes: ImportIssue[];
    }
  | { ok: false; error: string };

export interface ImportContext {
  fileName: string;
  /** Chapter id → its section anchors, to check a question's guide link (an unknown chapter drops the link). */
  sections: ReadonlyMap<string, ReadonlySet<string>>;
}

import { CHAPTER_TOP } from './own-pack';

const Str = (max: number, what: string) =>
  v.pipe(v.string(`${what} must be text`), v.trim(), v.minLength(1, `${what} is empty`), v.maxLength(max, `${what} is longer than ${max} characters`));
const Letter = v.picklist(OPTION_IDS, `option letters are a to ${OPTION_IDS.at(-1)}`);

// The app's question format (content/questions/*.json), with everything an
// outside file may not know made optional. Unknown keys are ignored.
const JsonQuestion = v.object({
  id: v.optional(v.pipe(v.string('id must be text'), v.maxLength(200, 'id is too long'))),
  domain: v.optional(v.nullable(v.picklist([1, 2, 3, 4], 'domain must be 1, 2, 3 or 4'))),
  task: v.optional(v.nullable(v.picklist(TASKS, `task must be one of ${TASKS.join(', ')}`))),
  tags: v.optional(v.pipe(v.array(v.pipe(v.string(), v.regex(/^[a-z0-9-]{1,40}$/, 'tags are short lowercase words'))), v.maxLength(20, 'at most 20 tags')), []),
  type: v.optional(v.picklist(['single', 'multiple'], 'type must be "single" or "multiple"')),
  choose: v.optional(v.number('choose must be a number')),
  stem: Str(MAX_STEM_CHARS, 'the question text (stem)'),
  options: v.pipe(
    v.array(v.object({ id: Letter, text: Str(MAX_OPTION_CHARS, 'an option') }), 'options must be a list'),
    v.minLength(2, 'a question needs at least 2 options'),
    v.maxLength(OPTION_IDS.length, `a question has at most ${OPTION_IDS.length} options`),
  ),
  answer: v.pipe(v.array(Letter, 'answer must be a list of option letters'), v.minLength(1, 'no correct option given')),
  explanations: v.optional(v.record(Letter, v.pipe(v.string('explanations must be text'), v.maxLength(MAX_NOTE_CHARS, 'an explanation is too long'))), {}),
  takeaway: v.optional(v.pipe(v.string('takeaway must be text'), v.maxLength(MAX_NOTE_CHARS, 'the takeaway is too long')), ''),
  guide: v.optional(v.nullable(v.object({ chapter: v.string(), anchor: v.string() })), null),
  retired: v.optional(v.boolean()),
});

/** Checks shared by both formats; returns the first problem, or null. */
export function checkDraft(q: DraftQuestion): string | null {
  const letters = q.options.map((o) => o.id);
  if (new Set(letters).size !== letters.length) return 'two options have the same letter';
  if (new Set(q.answer).size !== q.answer.length) return 'the key names an option twice';
  const missing = q.answer.find((a) => !letters.includes(a));
  if (missing) return `the key names option "${missing}", which does not exist`;
  if (q.answer.length >= q.options.length) return 'every option is marked correct';
  if (q.answer.length > 5) return 'at most 5 options can be correct';
  if (q.task !== null && q.domain !== null && !q.task.startsWith(`${q.domain}.`)) return `task ${q.task} is not in domain ${q.domain}`;
  if (q.task !== null && q.domain === null) return 'a task needs its domain';
  return null;
}

function describe(issues: readonly v.BaseIssue<unknown>[]): string {
  const issue = issues[0]!;
  // valibot reports a missing key as "Invalid key: Expected "x" but received undefined".
  if (issue.kind === 'schema' && issue.type === 'object' && issue.received === 'undefined' && issue.path?.length) {
    return issue.path.length === 1 ? `the question has no "${String(issue.path[0]!.key)}"` : `"${v.getDotPath(issue)}" is missing`;
  }
  const path = v.getDotPath(issue);
  return path && !issue.message.includes(path.split('.')[0]!) ? `${path}: ${issue.message}` : issue.message;
}

/** A question's guide link checked against the guide: null without a known chapter; an unknown section becomes the chapter's start. */
function guideLink(guide: { chapter: string; anchor: string } | null | undefined, context: ImportContext): { link: DraftQuestion['guide']; note: string | null } {
  if (!guide) return { link: null, note: null };
  const anchors = context.sections.get(guide.chapter);
  if (!anchors) return { link: null, note: `guide chapter "${guide.chapter.slice(0, 60)}" is not in this guide, so the question has no guide link` };
  if (anchors.has(guide.anchor)) return { link: { chapter: guide.chapter, anchor: guide.anchor }, note: null };
  return { link: { chapter: guide.chapter, anchor: CHAPTER_TOP }, note: `guide section "${guide.anchor.slice(0, 60)}" is not in chapter ${guide.chapter}, so the link opens the chapter's start` };
}

function fromJson(raw: unknown, context: ImportContext): { draft: DraftQuestion; note: string | null } | string {
  if (!isPlainObject(raw)) return 'this entry is not a question: expected an object with "stem", "options" and "answer"';
  const result = v.safeParse(JsonQuestion, raw);
  if (!result.success) return describe(result.issues);
  const q = result.output;
  const choose = q.answer.length;
  if (q.choose !== undefined && q.choose !== choose) return `"choose" is ${q.choose} but the answer has ${choose} option(s)`;
  if (q.type !== undefined && (q.type === 'single') !== (choose === 1)) return `type is "${q.type}" but the answer has ${choose} option(s)`;
  const { link: guide, note } = guideLink(q.guide, context);
  const draft: DraftQuestion = {
    ...(q.id ? { sourceId: q.id } : {}),
    domain: q.domain ?? null,
    task: q.task ?? null,
    tags: q.tags,
    type: choose === 1 ? 'single' : 'multiple',
    choose,
    stem: q.stem,
    options: q.options,
    answer: q.answer as OptionId[],
    explanations: q.explanations,
    takeaway: q.takeaway.trim(),
    guide,
  };
  return checkDraft(draft) ?? { draft, note };
}

function titleFrom(fileName: string): string {
  return fileName.replace(/\.(json|md|markdown|txt)$/i, '').replace(/[_-]+/g, ' ').trim().slice(0, MAX_TITLE_CHARS) || 'My questions';
}

function readJson(text: string, context: ImportContext): PackImport {
  const parsed = parseJson(text, MAX_PACK_DEPTH);
  if (!parsed.ok) {
    if (parsed.reason === 'forbidden-key') return { ok: false, error: `This file contains a forbidden key "${parsed.key}", so it was not imported.` };
    if (parsed.reason === 'too-deep') return { ok: false, error: `This file is nested too deeply to be a question pack (more than ${MAX_PACK_DEPTH} levels).` };
    return { ok: false, error: `This file is not valid JSON${parsed.line ? ` (the problem is on line ${parsed.line})` : ''}.` };
  }
  const json = parsed.value;
  const list = Array.isArray(json) ? json : isPlainObject(json) ? json['questions'] : undefined;
  if (isPlainObject(json) && json['app'] === 'dva-study') {
    return { ok: false, error: 'This is a backup of the app, not a question pack. Import it under Settings → Backup.' };
  }
  if (!Array.isArray(list)) return { ok: false, error: 'This JSON file has no "questions" list, so it is not a question pack.' };
  const lines = arrayElementLines(text.replace(/^\uFEFF/, ''), Array.isArray(json) ? null : 'questions');
  const title = isPlainObject(json) && typeof json['title'] === 'string' && json['title'].trim() ? json['title'].trim().slice(0, MAX_TITLE_CHARS) : titleFrom(context.fileName);
  const questions: DraftQuestion[] = [];
  const issues: ImportIssue[] = [];
  const linkNotes: ImportIssue[] = [];
  list.forEach((raw, i) => {
    if (isPlainObject(raw) && raw['retired'] === true) return;
    const out = fromJson(raw, context);
    if (typeof out === 'string') issues.push({ line: lines[i] ?? null, question: i + 1, message: out });
    else {
      questions.push(out.draft);
      if (out.note) linkNotes.push({ line: lines[i] ?? null, question: i + 1, message: out.note });
    }
  });
  return { ok: true, format: 'json', title, questions, issues, linkNotes };
}

function readMarkdown(text: string, context: ImportContext): PackImport {
  const { title, questions: found } = parseMarkdownQuestions(text);
  const questions: DraftQuestion[] = [];
  const issues: ImportIssue[] = [];
  found.forEach((q, i) => {
    if (typeof q.result === 'string') issues.push({ line: q.line, question: i + 1, message: q.result });
    else {
      const problem = checkDraft(q.result);
      if (problem) issues.push({ line: q.line, question: i + 1, message: problem });
      else questions.push(q.result);
    }
  });
  return { ok: true, format: 'markdown', title: title ?? titleFrom(context.fileName), questions, issues, linkNotes: [] };
}

/** Reads a picked file's text; the format comes from the name, or the first character. */
export function readQuestionPack(text: string, context: ImportContext): PackImport {
  if (text.length > MAX_PACK_BYTES || new Blob([text]).size > MAX_PACK_BYTES) {
    return { ok: false, error: `This file is too large for a question pack (the limit is ${MAX_PACK_BYTES / 1024 / 1024} MB).` };
  }
  if (text.trim() === '') return { ok: false, error: 'This file is empty.' };
  if (text.includes('\u0000')) return { ok: false, error: 'This is not a text file. Choose a .json or .md question pack.' };
  const isJson = /\.json$/i.test(context.fileName) || (!/\.(md|markdown|txt)$/i.test(context.fileName) && /^\s*[[{]/.test(text.replace(/^\uFEFF/, '')));
  const result = isJson ? readJson(text, context) : readMarkdown(text, context);
  if (!result.ok) return result;
  const total = result.questions.length + result.issues.length;
  if (total === 0) {
    return {
      ok: false,
      error: isJson
        ? 'This file has no questions.'
        : 'No questions found. Each question starts with a "### " line, followed by options written "- [ ] wrong" and "- [x] right".',
    };
  }
  if (result.questions.length > MAX_OWN_QUESTIONS) {
    return { ok: false, error: `This file has ${result.questions.length} questions; a pack holds at most ${MAX_OWN_QUESTIONS}. Split it into smaller files.` };
  }
  return result;
}

/** The last check before a new pack is stored: the very schema backups are checked with. */
export function checkOwnPack(pack: OwnPack): string | null {
  const result = v.safeParse(OwnPackSchema, pack);
  return result.success ? null : `This pack could not be stored: ${describe(result.issues)}.`;
}
