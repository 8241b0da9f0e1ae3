// Shared checks for the seed-import fidelity tests. Each check returns a list
// of problems (empty = faithful) so the tests can also prove that a broken
// chapter is caught.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Lexer, type Token, type Tokens } from 'marked';
import { CHAPTERS, expectedSeedLine, loadSeed, type Chapter } from '../../../scripts/lib/seed-data.mjs';
import { decodeEntities, htmlToText, matchInOrder, renderHtml, words } from '../../../scripts/lib/render-text.mjs';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const CONTENT = path.join(ROOT, 'content');

export function readChapter(ch: Chapter): string {
  return readFileSync(path.join(CONTENT, 'chapters', ch.file), 'utf8');
}

export function chapterAt(file: string): Chapter {
  const ch = CHAPTERS.find((c) => c.file === file);
  if (!ch) throw new Error(`no chapter ${file}`);
  return ch;
}

/** Chapter that holds a seed line. */
export function chapterOfLine(n: number): Chapter {
  const ch = CHAPTERS.find((c) => n >= c.start && n <= c.end);
  if (!ch) throw new Error(`line ${n} is in no chapter`);
  return ch;
}

const seed = loadSeed();

function inDiagram(n: number): boolean {
  return seed.diagrams.some((d) => n >= d.start && n <= d.end);
}

/** Words the rendered chapter may hold that are not seed words, as a sorted list. */
export function allowedExtras(ch: Chapter): string[] {
  const extra: string[] = [];
  for (let n = ch.start; n <= ch.end; n++) {
    // ⭐ restored on the 28 Must Know labels and the legend item (199).
    if (seed.line(n) === 'Must Know (Critical Facts):' || n === 199) extra.push('⭐');
  }
  // Header of the Weekly Progress Log table (the form lines lose these words, see REMOVALS).
  if (ch.start <= 174 && ch.end >= 181) extra.push('Week', 'Hours', 'studied', 'Chapters', 'completed');
  return extra.sort();
}

export interface Coverage {
  matched: number;
  total: number;
  missing: { index: number; word: string; context: string }[];
  extra: string[];
  problems: string[];
}

/**
 * Every seed word of the chapter (minus the diagram blocks and the listed
 * REMOVALS) must appear in the rendered chapter text, in order, and the
 * rendered text may hold no other words than the documented additions.
 */
export function coverage(ch: Chapter, md: string): Coverage {
  const expected: string[] = [];
  for (let n = ch.start; n <= ch.end; n++) if (!inDiagram(n)) expected.push(...words(expectedSeedLine(n)));
  const actual = words(htmlToText(renderHtml(md)));
  const r = matchInOrder(expected, actual);
  const problems: string[] = [];
  for (const m of r.missing.slice(0, 20)) problems.push(`${ch.file}: missing word ${JSON.stringify(m.word)} near "${m.context}"`);
  const extra = [...r.extra].sort();
  const allowed = allowedExtras(ch);
  if (JSON.stringify(extra) !== JSON.stringify(allowed)) {
    problems.push(`${ch.file}: unexpected extra rendered words ${JSON.stringify(extra)} (allowed ${JSON.stringify(allowed)})`);
  }
  return { ...r, extra, problems };
}

/** Plain text of an HTML fragment. */
export function plain(html: string): string {
  return decodeEntities(html.replace(/<[^>]*>/g, '')).trim();
}

/** Tables of rendered HTML: table → rows → cells (header row first). */
export function htmlTables(html: string): string[][][] {
  const tables: string[][][] = [];
  for (const t of html.matchAll(/<table>([\s\S]*?)<\/table>/g)) {
    const rows: string[][] = [];
    for (const tr of (t[1] ?? '').matchAll(/<tr>([\s\S]*?)<\/tr>/g)) {
      rows.push([...(tr[1] ?? '').matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map((c) => plain(c[1] ?? '')));
    }
    tables.push(rows);
  }
  return tables;
}

/** All tokens, depth first (list items, their children, table cells excluded). */
export function walkTokens(tokens: Token[], visit: (t: Token, depth: number) => void, depth = 0): void {
  for (const t of tokens) {
    visit(t, depth);
    if (t.type === 'list') {
      for (const item of (t as Tokens.List).items) {
        visit(item, depth + 1);
        walkTokens(item.tokens, visit, depth + 2);
      }
    } else if ('tokens' in t && Array.isArray(t.tokens) && t.type !== 'paragraph' && t.type !== 'heading' && t.type !== 'text') {
      walkTokens(t.tokens, visit, depth + 1);
    }
  }
}

export function lex(md: string): Token[] {
  return new Lexer({ gfm: true }).lex(md);
}

export function codeTokens(md: string): Tokens.Code[] {
  const out: Tokens.Code[] = [];
  walkTokens(lex(md), (t) => {
    if (t.type === 'code') out.push(t as Tokens.Code);
  });
  return out;
}

/** Headings of rendered HTML with their plain text. */
export function htmlHeadings(html: string): { level: number; text: string }[] {
  return [...html.matchAll(/<h([1-6])[^>]*>([\s\S]*?)<\/h\1>/g)].map((m) => ({ level: Number(m[1]), text: plain(m[2] ?? '') }));
}

export interface ListItemInfo {
  task: boolean;
  checked: boolean | undefined;
  text: string; // plain text of the item's own first line (children excluded)
  children: ListItemInfo[];
}

function itemText(item: Tokens.ListItem): string {
  const own = item.tokens.filter((t) => t.type !== 'list' && t.type !== 'checkbox');
  const md = own.map((t) => t.raw).join('');
  return plain(renderHtml(md)).replace(/^\[[ xX]\]\s*/, '');
}

/** Every list item of a chapter (top level and nested), as a tree. */
export function listItems(md: string): ListItemInfo[] {
  const roots: ListItemInfo[] = [];
  const convert = (list: Tokens.List): ListItemInfo[] =>
    list.items.map((item) => {
      const children: ListItemInfo[] = [];
      for (const t of item.tokens) if (t.type === 'list') children.push(...convert(t as Tokens.List));
      return { task: item.task, checked: item.checked, text: itemText(item), children };
    });
  for (const t of lex(md)) if (t.type === 'list') roots.push(...convert(t as Tokens.List));
  return roots;
}

export function flatten(items: ListItemInfo[]): ListItemInfo[] {
  return items.flatMap((i) => [i, ...flatten(i.children)]);
}
