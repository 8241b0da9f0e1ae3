// content/errata.json: read, validate, and find each note's quote in its
// chapter. A quote is matched against the text as the reader shows it (the
// compiler's plainText: emphasis, code spans and escapes as their text), one
// block at a time: a paragraph, a list item's own text, a table cell, a code
// block, a heading. It must be found exactly once in its chapter; its note is
// then rendered right after that block (compile-chapter.ts).
// Every function here returns problems instead of throwing, so a candidate
// file can be checked in full (scripts/check-errata.mjs); the build fails on
// the first one (loadErrata / compileChapter).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Token, Tokens } from 'marked';
import * as v from 'valibot';
import { ContentError, lineAt } from './content-error.ts';
import { ErratumSchema, type Erratum } from './errata-schema.ts';
import { ownText } from './item-ids.ts';
import { plainText } from './plain-text.ts';

export const ERRATA_FILE = 'content/errata.json';

/** A validated note and where it is written. */
export interface ErratumInput extends Erratum {
  file: string;
  line: number;
}

export interface ErratumProblem {
  file: string;
  line: number;
  /** The note's id, or "(no id)". */
  id: string;
  message: string;
}

export const problemText = (p: ErratumProblem): string => `${p.file}:${p.line}: note ${p.id}: ${p.message}`;

export const toContentError = (p: ErratumProblem): ContentError => new ContentError(p.file, p.line, `note ${p.id}: ${p.message}`);

/** Line of a note's `"id": "…"` in its file (1 when it cannot be found). */
function lineOfId(text: string, id: string): number {
  const m = new RegExp(`"id"\\s*:\\s*${JSON.stringify(id).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`).exec(text);
  return m ? lineAt(text, m.index) : 1;
}

/** Parses and validates a notes file: a JSON array of notes. */
export function parseErrata(file: string, text: string): { notes: ErratumInput[]; problems: ErratumProblem[] } {
  const problems: ErratumProblem[] = [];
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return { notes: [], problems: [{ file, line: 1, id: '(file)', message: `not valid JSON: ${(e as Error).message}` }] };
  }
  if (!Array.isArray(data)) return { notes: [], problems: [{ file, line: 1, id: '(file)', message: 'expected a JSON array of notes: [ { "id": …, "chapter": …, "quote": … }, … ]' }] };
  const notes: ErratumInput[] = [];
  const seen = new Map<string, number>();
  data.forEach((raw, index) => {
    const rawId = (raw as { id?: unknown } | null)?.id;
    const id = typeof rawId === 'string' ? rawId : `(no id, note ${index + 1})`;
    const line = typeof rawId === 'string' ? lineOfId(text, rawId) : 1;
    const result = v.safeParse(ErratumSchema, raw);
    if (!result.success) {
      problems.push({ file, line, id, message: result.issues.map((i) => `${v.getDotPath(i) ?? '(note)'}: ${i.message}`).join('; ') });
      return;
    }
    const before = seen.get(result.output.id);
    if (before !== undefined) {
      problems.push({ file, line, id, message: `id already used by note ${before + 1}` });
      return;
    }
    seen.set(result.output.id, index);
    notes.push({ ...result.output, file, line });
  });
  return { notes, problems };
}

/** The guide's notes (none when the file is absent); fails on the first invalid one. */
export function loadErrata(root: string): ErratumInput[] {
  const path = join(root, ERRATA_FILE);
  if (!existsSync(path)) return [];
  const { notes, problems } = parseErrata(ERRATA_FILE, readFileSync(path, 'utf8'));
  if (problems.length) throw toContentError(problems[0]!);
  const unreviewed = notes.find((n) => !n.review);
  if (unreviewed) {
    throw toContentError({ file: unreviewed.file, line: unreviewed.line, id: unreviewed.id, message: 'no review: every note ships only after a second reader has checked it ("review": { "verdict", "reason" })' });
  }
  return notes;
}

// ---------------------------------------------------------------------------

export const squash = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** A block whose note goes right after it: a top-level token, or a list item. */
export type Host = Token | Tokens.ListItem;

interface Unit {
  host: Host;
  text: string;
}

/** The blocks of one top-level token, each with its text as shown. */
function unitsOf(t: Token): Unit[] {
  if (t.type === 'list') {
    return (t as Tokens.List).items.flatMap((item) => [
      { host: item, text: ownText(item) },
      ...item.tokens.filter((x) => x.type === 'list').flatMap(unitsOf),
    ]);
  }
  if (t.type === 'table') {
    const table = t as Tokens.Table;
    return [...table.header, ...table.rows.flat()].map((cell) => ({ host: t, text: squash(plainText(cell.tokens, '')) }));
  }
  if (t.type === 'code') return [{ host: t, text: squash((t as Tokens.Code).text) }];
  if (t.type === 'paragraph' || t.type === 'heading' || t.type === 'blockquote' || t.type === 'text') return [{ host: t, text: squash(plainText([t])) }];
  return []; // space, hr, the diagram markers
}

function count(text: string, quote: string): number {
  let n = 0;
  for (let at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + quote.length)) n++;
  return n;
}

/** Typographic look-alikes a copied quote may differ in. */
const fold = (s: string): string => s.toLowerCase().replace(/[‐-―−]/g, '-').replace(/[‘’′]/g, "'").replace(/[“”″]/g, '"');

export interface Placement {
  /** Notes per block, in file order. */
  hosts: Map<Host, ErratumInput[]>;
  /** Note id → its section. */
  sections: Map<string, { anchor: string; heading: string }>;
  problems: ErratumProblem[];
}

/**
 * Finds each note's block in a lexed chapter. `headingIds` gives each
 * top-level heading token its id (as the compiler makes them); a note's
 * section is the nearest heading at or before its block.
 */
export function placeErrata(markdown: string, tokens: readonly Token[], headingIds: ReadonlyMap<Token, string>, notes: readonly ErratumInput[]): Placement {
  const units: (Unit & { section: { anchor: string; heading: string } | null })[] = [];
  let section: { anchor: string; heading: string } | null = null;
  for (const t of tokens) {
    const hid = t.type === 'heading' ? headingIds.get(t) : undefined;
    if (hid) section = { anchor: hid, heading: squash(plainText((t as Tokens.Heading).tokens)) };
    for (const u of unitsOf(t)) units.push({ ...u, section });
  }
  const hosts = new Map<Host, ErratumInput[]>();
  const sections = new Map<string, { anchor: string; heading: string }>();
  const problems: ErratumProblem[] = [];
  for (const note of notes) {
    const fail = (message: string): void => void problems.push({ file: note.file, line: note.line, id: note.id, message });
    const quote = squash(note.quote);
    const found = units.filter((u) => u.text.includes(quote));
    const total = found.reduce((n, u) => n + count(u.text, quote), 0);
    if (total === 0) {
      const where = `content/chapters/${note.chapter}.md`;
      if (units.some((u) => fold(u.text).includes(fold(quote)))) fail(`quote not found in ${where}: it differs in capitals, dashes or quote marks from the text: "${note.quote}"`);
      else if (markdown.includes(note.quote)) fail(`quote not found in ${where} as the reader shows it (it includes Markdown markup; quote the visible words): "${note.quote}"`);
      else fail(`quote not found in ${where}: "${note.quote}"`);
      continue;
    }
    if (total > 1) {
      fail(`quote found ${total} times in content/chapters/${note.chapter}.md: lengthen it so it names one place: "${note.quote}"`);
      continue;
    }
    const unit = found[0]!;
    if (!unit.section) {
      fail('quote is before the chapter’s first heading: it has no section to link to');
      continue;
    }
    if (note.anchor !== undefined && note.anchor !== unit.section.anchor) {
      fail(`anchor "${note.anchor}" does not resolve: the quote is in section "${unit.section.anchor}" (${unit.section.heading})`);
      continue;
    }
    sections.set(note.id, unit.section);
    hosts.set(unit.host, [...(hosts.get(unit.host) ?? []), note]);
  }
  return { hosts, sections, problems };
}
