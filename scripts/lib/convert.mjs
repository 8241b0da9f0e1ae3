// Pure conversion of the flattened study-guide seed into Markdown chapters and
// Mermaid files. No file-system writes here: see scripts/import-seed.mjs.

import {
  CHAPTERS,
  LANG_MAP,
  ORDERED_START_OVERRIDES,
  diagramName,
  headingLevels,
  loadSeed,
  patchedDiagram,
  taskItemLines,
} from './seed-data.mjs';
import { escapeBlock, escapeCell, escapeInline } from './md-escape.mjs';

const BULLET = /^ {2}• (.*)$/;
const NESTED_BULLET = /^ {4}• (.*)$/;
const ORDERED = /^ {2}(\d+)\. (.*)$/;
const COL0_ORDERED = /^(\d+)\. (.*)$/;
const LEADING_EMOJI = /^((?:\p{Extended_Pictographic}\uFE0F?)+ )/u;
const MUST_KNOW = 'Must Know (Critical Facts):';

/** Words in a key, for the "short key" heuristic. */
const wordCount = (/** @type {string} */ s) => s.trim().split(/\s+/).length;

/**
 * Bold the key of a `Key: text` line when the key is short (≤ 8 words in list
 * items, ≤ 5 in paragraphs; no sentence period, balanced brackets/quotes). Returns escaped Markdown. An optional leading ✅/❌ (or
 * other emoji) stays outside the bold.
 */
export function boldKey(/** @type {string} */ text, /** @type {{requireCapital?: boolean, maxWords?: number}} */ opts = {}) {
  let prefix = '';
  let body = text;
  const em = LEADING_EMOJI.exec(body);
  if (em) {
    prefix = em[1] ?? '';
    body = body.slice(prefix.length);
  }
  const m = /^([^:]{1,70}?): (\S.*)$/.exec(body);
  if (m) {
    const key = m[1] ?? '';
    const rest = m[2] ?? '';
    const startOk = opts.requireCapital ? /^[A-Z0-9"]/.test(key) : /^\S/.test(key);
    const keyBody = key.replace(/^\d+\. /, ''); // "1. Teach Someone: …" numbered paragraphs
    const balanced = (key.split('(').length === key.split(')').length) && key.split('"').length % 2 === 1;
    if (startOk && balanced && wordCount(keyBody) <= (opts.maxWords ?? 8) && !/\.(\s|$)/.test(keyBody) && !/\s$/.test(key)) {
      return `${escapeInline(prefix)}**${escapeInline(key)}**: ${escapeInline(rest)}`;
    }
  }
  return escapeInline(text);
}

/** A standalone label line ending in ":" (e.g. "When to use (Comprehensive):"). */
function labelLine(/** @type {string} */ text) {
  if (text === MUST_KNOW) return `⭐ **Must Know (Critical Facts)**:`;
  let prefix = '';
  let body = text;
  const em = LEADING_EMOJI.exec(body);
  if (em) {
    prefix = em[1] ?? '';
    body = body.slice(prefix.length);
  }
  return `${prefix}**${escapeInline(body.slice(0, -1))}**:`;
}

function isLabelLine(/** @type {string} */ text) {
  return text.endsWith(':') && text.length <= 90 && wordCount(text) <= 8 && !text.slice(0, -1).includes(': ') && !/\.\s/.test(text);
}

/** Convert one paragraph line (column 0, not a heading). */
function paragraphLine(/** @type {string} */ text, /** @type {number} */ n, /** @type {{next?: string}} */ nav) {
  // Navigation lines → link to the next chapter file.
  const navM = /^(Next Chapter|Next File|Next Step): (.*)$/.exec(text);
  if (navM && nav.next) {
    const label = navM[1] ?? '';
    const rest = navM[2] ?? '';
    const href = `./${nav.next}`;
    let m;
    if ((m = /^Open (\S+) to learn about:$/.exec(rest))) {
      return `**${label}**: Open [${escapeInline(m[1] ?? '')}](${href}) to learn about:`;
    }
    if ((m = /^Open (Fundamentals) (and begin Chapter 0\.)$/.exec(rest))) {
      return `**${label}**: [Open ${m[1]}](${href}) ${escapeInline(m[2] ?? '')}`;
    }
    if ((m = /^(Appendices \(99_appendices\)) (- .*)$/.exec(rest))) {
      return `**${label}**: [${escapeInline(m[1] ?? '')}](${href}) ${escapeInline(m[2] ?? '')}`;
    }
    return `**${label}**: [${escapeInline(rest)}](${href})`;
  }
  // Footers.
  if (/^End of (Chapter \d+: .+|Study Guide)$/.test(text)) return `*${escapeInline(text)}*`;
  if (isLabelLine(text)) return labelLine(text);
  const bolded = boldKey(text, { requireCapital: true, maxWords: 5 });
  return bolded.includes('**') ? bolded : escapeBlock(text);
}

/**
 * @param {typeof CHAPTERS[number]} ch
 * @param {number} index
 */
export function convertChapter(ch, index) {
  const seed = loadSeed();
  const headings = headingLevels();
  const tasks = taskItemLines();
  const next = CHAPTERS[index + 1]?.file;

  /** @type {Map<number, any>} */
  const codeAt = new Map(seed.codeBlocks.map((/** @type {any} */ c) => [c.start, c]));
  /** @type {Map<number, any>} */
  const diagramAt = new Map(seed.diagrams.map((/** @type {any} */ d) => [d.start, d]));
  /** @type {Map<number, any>} */
  const tableAt = new Map(seed.tables.map((/** @type {any} */ t) => [t.header_line, t]));

  /** @type {string[]} */
  const out = [];
  /** kind of the last emitted block: 'para' | 'li' | 'heading' | 'code' | 'table' | 'marker' | 'hr' | null */
  let prev = /** @type {string | null} */ (null);
  let prevOrdered = false; // last list item was a top-level ordered item
  let blanks = 0; // seed blank lines since the last content line
  let parentIndent = 2; // content offset of the last top-level list item

  const blankLine = () => {
    if (out.length && out[out.length - 1] !== '') out.push('');
  };
  /** Start a new block; `tight` keeps it on the next line (list items / soft breaks). */
  const begin = (/** @type {boolean} */ tight) => {
    if (blanks >= 2 && prev !== null) {
      // Two empty lines inside a file = a flattened thematic break.
      blankLine();
      out.push('---');
      out.push('');
      prevOrdered = false;
    } else if (!tight) blankLine();
  };

  for (let n = ch.start; n <= ch.end; n++) {
    const text = seed.line(n);

    if (diagramAt.has(n)) {
      const d = diagramAt.get(n);
      begin(false);
      out.push(`<!-- diagram: ${diagramName(d)} -->`);
      prev = 'marker';
      prevOrdered = false;
      blanks = 0;
      n = d.end;
      continue;
    }
    if (codeAt.has(n)) {
      const c = codeAt.get(n);
      const lang = /** @type {Record<string, string>} */ (LANG_MAP)[c.lang];
      if (!lang) throw new Error(`no fence language for ${c.lang}`);
      begin(false);
      out.push('```' + lang);
      for (let k = c.start; k <= c.end; k++) out.push(seed.line(k));
      out.push('```');
      prev = 'code';
      prevOrdered = false;
      blanks = 0;
      n = c.end;
      continue;
    }
    if (tableAt.has(n)) {
      const t = tableAt.get(n);
      begin(false);
      const row = (/** @type {string[]} */ cells) => '| ' + cells.map((c) => (c === '' ? '' : escapeCell(c))).join(' | ') + ' |';
      out.push(row(t.header).replace(/ {2}\|/g, ' |'));
      out.push('|' + t.header.map(() => ' --- ').join('|') + '|');
      for (const r of t.rows) out.push(row(r).replace(/ {2}\|/g, ' |'));
      prev = 'table';
      prevOrdered = false;
      blanks = 0;
      n = t.last_row_line;
      continue;
    }

    if (text === '') {
      blanks++;
      continue;
    }

    // Weekly Progress Log (00, 174–181): a fill-in form → table with empty cells.
    const week = /^Week (\d+): _____ hours studied \| Chapters completed: _____$/.exec(text);
    if (week) {
      if (prev !== 'table') {
        begin(false);
        out.push('| Week | Hours studied | Chapters completed |');
        out.push('| --- | --- | --- |');
      }
      out.push(`| Week ${week[1]} | | |`);
      prev = 'table';
      blanks = 0;
      continue;
    }

    const heading = headings.get(n);
    if (heading) {
      if (heading.text !== text) throw new Error(`heading text mismatch at ${n}`);
      begin(false);
      out.push('#'.repeat(heading.level) + ' ' + escapeInline(heading.text));
      prev = 'heading';
      prevOrdered = false;
      blanks = 0;
      continue;
    }

    let m;
    if ((m = NESTED_BULLET.exec(text))) {
      if (prev !== 'li') throw new Error(`nested bullet without parent at ${n}`);
      begin(true); // children sit right under their parent (tight)
      const body = m[1] ?? '';
      const box = tasks.has(n) ? '[ ] ' : '';
      out.push(' '.repeat(parentIndent) + '- ' + box + boldKey(body));
      prev = 'li';
      blanks = 0;
      continue;
    }
    if ((m = BULLET.exec(text))) {
      begin(prev === 'li' && blanks === 0);
      const body = m[1] ?? '';
      const box = tasks.has(n) ? '[ ] ' : '';
      let md;
      if (body.startsWith('Must Know: ')) md = `⭐ **Must Know**: ${escapeInline(body.slice('Must Know: '.length))}`;
      else if (/_{3,}/.test(body)) {
        // Fill-in blank → an empty inline code span of the same width (an empty cell).
        md = boldKey(body.replace(/_{3,}/g, (u) => '\u0000'.repeat(u.length))).replace(/\u0000+/g, (u) => '`' + ' '.repeat(u.length) + '`');
      }
      else md = boldKey(body);
      out.push('- ' + box + md);
      parentIndent = 2;
      prev = 'li';
      prevOrdered = false;
      blanks = 0;
      continue;
    }
    const ord = ORDERED.exec(text) ?? (ORDERED_START_OVERRIDES.has(n) ? COL0_ORDERED.exec(text) : null);
    if (ord) {
      let num = Number(ord[1]);
      const override = ORDERED_START_OVERRIDES.get(n);
      if (override !== undefined) num = override;
      const continuing = prev === 'li' && prevOrdered;
      if (continuing && num === 1) {
        // A new list that the seed restarts at 1 right after another ordered
        // list: keep them apart (CommonMark would merge them).
        blankLine();
        out.push('<!-- end list -->');
        out.push('');
      } else begin(prev === 'li' && blanks === 0);
      const marker = `${num}. `;
      out.push(marker + boldKey(ord[2] ?? ''));
      parentIndent = marker.length;
      prev = 'li';
      prevOrdered = true;
      blanks = 0;
      continue;
    }

    // Remaining lines are column-0 prose (one odd indented lazy line, 3597).
    if (/^ /.test(text) && !/^ {4}Day 30 \(5 minutes later\): /.test(text)) {
      throw new Error(`unexpected indented line ${n}: ${text}`);
    }
    const prose = text.trim();
    if (prev === 'para' && blanks === 0 && !/^ /.test(text)) {
      // Soft line break inside one source paragraph → hard break.
      out[out.length - 1] += '\\';
      out.push(paragraphLine(prose, n, { next }));
    } else {
      begin(false);
      out.push(n === 3 ? `**${escapeInline(prose)}**` : n === 5 ? `*${escapeInline(prose)}*` : paragraphLine(prose, n, { next }));
    }
    prev = 'para';
    prevOrdered = false;
    blanks = 0;
  }
  while (out.length && out[out.length - 1] === '') out.pop();
  return out.join('\n') + '\n';
}

/** All outputs: { 'chapters/NN-slug.md': text, 'diagrams/NAME.mmd': text }. */
export function convertAll() {
  const seed = loadSeed();
  /** @type {Record<string, string>} */
  const files = {};
  CHAPTERS.forEach((ch, i) => {
    files[`chapters/${ch.file}`] = convertChapter(ch, i);
  });
  for (const d of seed.diagrams) files[`diagrams/${diagramName(d)}.mmd`] = patchedDiagram(d);
  return files;
}
