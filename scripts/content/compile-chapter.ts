// Markdown chapter → HTML with heading ids, callouts, stars, checklists and
// inline diagrams. Runs at build time only: the phone parses no Markdown.
import GithubSlugger from 'github-slugger';
import { Marked, type Token, type Tokens } from 'marked';
import { ContentError, lineAt, tokenOffsets } from './content-error.ts';
import { placeErrata, toContentError, type ErratumInput, type Host } from './errata.ts';
import { erratumElementId, formatSince, type PlacedErratum } from './errata-schema.ts';
import { chapterItemIds } from './item-ids.ts';
import { plainText } from './plain-text.ts';
import type { SearchDoc, TocEntry } from '../../src/domain/content/guide.ts';

const CALLOUTS: { emoji: string; kind: string; label: string }[] = [
  { emoji: '⭐', kind: 'must-know', label: 'Must Know' },
  { emoji: '💡', kind: 'tip', label: 'Tip' },
  { emoji: '⚠️', kind: 'warning', label: 'Common Mistakes' },
  { emoji: '🔗', kind: 'connection', label: 'Connections' },
  { emoji: '🎯', kind: 'exam-focus', label: 'Exam Focus' },
];
const HEAD_BYTES = 12_000;
const DIAGRAM_MARKER = /^<!-- diagram: ([\w-]+) -->\s*$/;

export interface CompileInput {
  id: string;
  file: string;
  markdown: string;
  diagrams: ReadonlyMap<string, string>; // name → inline-ready SVG
  chapterIds: ReadonlySet<string>;
  /** File name as the guide writes it ("02_domain_1_development") → the chapter's name. */
  chapterNames?: ReadonlyMap<string, string>;
  /** This chapter's "Updated" notes (content/errata.json): each is placed after the block holding its quote. */
  errata?: readonly ErratumInput[];
}

export interface CompiledChapter {
  id: string;
  title: string;
  /** The whole chapter: head + rest. */
  html: string;
  head: string;
  rest: string;
  toc: TocEntry[];
  /** Checkbox ids (`${chapter}:${key}`, see item-ids.ts), in document order. */
  checklistIds: string[];
  /** `${chapter}#${anchor}` of every Must Know fact: its star id and element id. */
  factIds: string[];
  /** `${chapter}#${anchor}` of every Common Mistake item. */
  mistakeIds: string[];
  diagramNames: string[];
  sections: SearchDoc[];
  /** The chapter's notes, in document order, with their sections. */
  errata: PlacedErratum[];
  words: number;
}

const escapeHtml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** marked's escaping of text, so a quote can be found in the HTML it renders. */
const escapeLikeMarked = (s: string): string => escapeHtml(s).replace(/'/g, '&#39;');

/**
 * Wraps the quoted words in <mark> when they stand in the block's HTML in one
 * piece (no markup inside) exactly once; otherwise leaves the HTML as it is.
 * Text only changes by the wrapper: the guide's words stay the same.
 */
export function markQuote(html: string, quote: string): string {
  const parts = html.split(/(<[^>]*>)/);
  for (const needle of new Set([escapeLikeMarked(quote), escapeHtml(quote)])) {
    const hits = parts.flatMap((p, i) => (i % 2 === 0 && p.includes(needle) ? [i] : []));
    if (hits.length !== 1 || parts[hits[0]!]!.indexOf(needle) !== parts[hits[0]!]!.lastIndexOf(needle)) continue;
    const i = hits[0]!;
    parts[i] = parts[i]!.replace(needle, () => `<mark class="dated">${needle}</mark>`);
    return parts.join('');
  }
  return html;
}

/** An "Updated" note: what is true now, since when, and the AWS page that says so. */
export function erratumHtml(note: ErratumInput): string {
  return (
    `<div class="erratum" id="${erratumElementId(note.id)}" role="note" aria-label="Updated since the guide was written" tabindex="-1">` +
    `<p class="erratum-head"><strong>Updated</strong> <span>since ${escapeHtml(formatSince(note.since))}</span></p>` +
    `<p class="erratum-text">${escapeHtml(note.note)}</p>` +
    `<p class="erratum-source">Source: <a href="${escapeHtml(note.source.url)}" rel="noopener noreferrer" target="_blank">${escapeHtml(note.source.title)}</a></p>` +
    `</div>\n`
  );
}

/** A starred fact is listed by its own words (its first sentence or so). */
function factLabel(text: string): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length <= 90 ? t : `${t.slice(0, 90).replace(/\s+\S*$/, '')}…`;
}

/** Replaces the guide's file names in the text (never inside tags) with the chapters' names. */
function nameChapters(html: string, names: ReadonlyMap<string, string> | undefined): string {
  if (!names?.size || !/\d\d_[a-z]/.test(html)) return html;
  return html
    .split(/(<[^>]+>)/)
    .map((part) => (part.startsWith('<') ? part : part.replace(/\b\d\d_[a-z0-9_]+\b/g, (file) => (names.has(file) ? escapeHtml(names.get(file)!) : file))))
    .join('');
}

/** "**See**: diagrams/NAME.mmd" points at the source of the figure the app already shows just above. */
const SEE_DIAGRAM = /^\*\*See\*\*: diagrams\/[\w\\]+\.mmd\s*$/;

function starButton(id: string, label: string): string {
  return `<button type="button" class="star" data-star="${escapeHtml(id)}" data-star-label="${escapeHtml(label)}" aria-pressed="false" aria-label="Star: ${escapeHtml(label)}"></button>`;
}

export function compileChapter(input: CompileInput): CompiledChapter {
  const { id: chapterId, file, markdown } = input;
  const slugger = new GithubSlugger();
  const toc: TocEntry[] = [];
  const diagramNames: string[] = [];
  const sections: SearchDoc[] = [];
  let title = '';
  let figureIndex = 0;

  const marked = new Marked({ gfm: true });
  const tokens = marked.lexer(markdown);
  // Checkbox, fact and mistake ids come from each item's own text (item-ids.ts).
  const items = chapterItemIds(chapterId, tokens);
  const checklistIds = [...items.checks.values()].map((c) => c.id);
  const factIds = [...items.facts.values()].map((f) => `${chapterId}#${f.id}`);
  const mistakeIds = [...items.mistakes.values()].map((m) => `${chapterId}#${m.id}`);
  let pendingCheck = ''; // set by listitem, read by the checkbox it renders first

  const offsets = tokenOffsets(markdown, tokens);
  const fail = (i: number, message: string): never => {
    throw new ContentError(file, lineAt(markdown, offsets[i] ?? 0), message);
  };

  // Pass 1: heading ids, TOC, search sections.  (Notes are placed after it, by heading id.)
  let section: SearchDoc | null = null;
  const headingIds = new Map<Token, string>();
  tokens.forEach((t, i) => {
    if (t.type === 'heading') {
      const h = t as Tokens.Heading;
      const text = plainText(h.tokens).replace(/\s+/g, ' ').trim();
      if (!text) fail(i, 'empty heading');
      const hid = slugger.slug(text);
      headingIds.set(t, hid);
      if (h.depth === 1 && !title) title = text;
      if (h.depth >= 2 && h.depth <= 4) toc.push({ id: hid, text, level: h.depth });
      section = { id: `${chapterId}#${hid}`, chapter: chapterId, chapterTitle: '', heading: text, text: '' };
      sections.push(section);
    } else if (section) {
      section.text += ` ${plainText([t])}`;
    }
  });
  if (!title) fail(0, 'a chapter needs a level-1 heading (its title)');
  // A fact or mistake anchor must not shadow a heading (links and stars would land on the wrong one).
  const headingSet = new Set(headingIds.values());
  for (const [item, a] of [...items.facts, ...items.mistakes]) {
    if (!headingSet.has(a.id)) continue;
    throw new ContentError(file, lineAt(markdown, Math.max(0, markdown.indexOf(item.raw))), `item id "${a.id}" is also a heading id: reword the heading or the item`);
  }
  for (const s of sections) {
    s.chapterTitle = title;
    s.text = s.text.replace(/\s+/g, ' ').trim();
  }

  // "Updated" notes: each goes right after the block that holds its quote.
  const placement = placeErrata(markdown, tokens, headingIds, input.errata ?? []);
  if (placement.problems.length) throw toContentError(placement.problems[0]!);
  for (const n of input.errata ?? []) {
    if (headingSet.has(erratumElementId(n.id))) throw new ContentError(n.file, n.line, `note ${n.id}: its element id "${erratumElementId(n.id)}" is also a heading id: rename the note`);
  }
  const placed: PlacedErratum[] = [];
  /** The block's HTML with its quotes marked, and its notes' HTML to follow it. */
  const annotate = (host: Host, html: string): { html: string; notes: string } => {
    const notes = placement.hosts.get(host);
    if (!notes) return { html, notes: '' };
    for (const n of notes) {
      html = markQuote(html, n.quote);
      const { file: _f, line: _l, ...note } = n;
      placed.push({ ...note, ...placement.sections.get(n.id)! });
    }
    return { html, notes: notes.map(erratumHtml).join('') };
  };

  const renderer = {
    heading(this: { parser: { parseInline: (t: Token[]) => string } }, token: Tokens.Heading): string {
      const hid = headingIds.get(token) ?? slugger.slug(token.text);
      const inner = this.parser.parseInline(token.tokens);
      if (token.depth === 1) return `<h1 id="${hid}" tabindex="-1">${inner}</h1>\n`;
      const label = plainText(token.tokens).replace(/\s+/g, ' ').trim();
      const star = token.depth <= 4 ? starButton(`${chapterId}#${hid}`, label) : '';
      return `<div class="heading-row h${token.depth}"><h${token.depth} id="${hid}" tabindex="-1">${inner}</h${token.depth}>${star}</div>\n`;
    },
    checkbox(token: Tokens.Checkbox): string {
      return `<input type="checkbox" class="guide-check" data-check="${escapeHtml(pendingCheck)}"${token.checked ? ' checked' : ''}> `;
    },
    listitem(this: { parser: { parse: (t: Token[], loose?: boolean) => string } }, item: Tokens.ListItem): string {
      // The checkbox is the item's first token: it is rendered before any nested item.
      pendingCheck = items.checks.get(item)?.id ?? '';
      const { html: body, notes } = annotate(item, this.parser.parse(item.tokens, !!item.loose));
      if (item.task) return `<li class="task"><label>${body.replace(/^<p>|<\/p>\n?$/g, '')}</label>${notes}</li>\n`;
      const fact = items.facts.get(item);
      if (fact) {
        // The label is the fact's own words (screen readers, the starred list); the star's id is its content id.
        const label = factLabel(plainText(item.tokens));
        return `<li id="${fact.id}" class="fact">${starButton(`${chapterId}#${fact.id}`, label)}${body}${notes}</li>\n`;
      }
      const mistake = items.mistakes.get(item);
      if (mistake) return `<li id="${mistake.id}">${body}${notes}</li>\n`; // a Common Mistake card's "Read this in the guide"
      return `<li>${body}${notes}</li>\n`;
    },
    table(this: unknown, token: Tokens.Table): string | false {
      void token;
      return false; // default rendering; wrapped below
    },
    code(token: Tokens.Code): string {
      const lang = (token.lang ?? '').trim();
      if (!lang) return `<pre tabindex="0"><code>${escapeHtml(token.text)}</code></pre>\n`;
      return `<div class="code-block"><span class="code-lang">${escapeHtml(lang)}</span><pre tabindex="0" aria-label="${escapeHtml(lang)} code"><code class="language-${escapeHtml(lang)}">${escapeHtml(token.text)}</code></pre></div>\n`;
    },
    link(this: { parser: { parseInline: (t: Token[]) => string } }, token: Tokens.Link): string {
      const inner = this.parser.parseInline(token.tokens);
      const chapterLink = /^\.\/(\d\d-[a-z0-9-]+)\.md(#[\w-]+)?$/.exec(token.href);
      if (chapterLink) {
        return `<a href="/read/${chapterLink[1]}${chapterLink[2] ?? ''}">${inner}</a>`;
      }
      const external = /^https?:/.test(token.href);
      return `<a href="${escapeHtml(token.href)}"${external ? ' rel="noopener noreferrer" target="_blank"' : ''}>${inner}</a>`;
    },
    html(token: Tokens.HTML | Tokens.Tag): string {
      return token.raw; // diagram markers are handled before this; other HTML is validated below
    },
  };
  marked.use({ renderer: renderer as never });

  // Pass 2: render, grouping callouts and placing diagrams.
  const out: string[] = [];
  const outIndex = new Map<number, number>(); // token index → its entry in out
  for (let i = 0; i < tokens.length; i++) {
    const first = i;
    i = renderBlock(i);
    // Notes on a top-level block (list items carry their own): after the block.
    for (let k = first; k <= i; k++) {
      if (!placement.hosts.has(tokens[k]!)) continue;
      const { html, notes } = annotate(tokens[k]!, out[out.length - 1] ?? '');
      out[out.length - 1] = html;
      out.push(notes);
    }
  }
  /** Renders the block at token i (a callout takes the lists after it); returns the last token index used. */
  function renderBlock(i: number): number {
    const t = tokens[i]!;
    outIndex.set(i, out.length);
    const callout = t.type === 'paragraph' ? CALLOUTS.find((c) => t.raw.startsWith(`${c.emoji} **`) || t.raw.startsWith(`${c.emoji}**`)) : undefined;
    if (t.type === 'html') {
      const marker = DIAGRAM_MARKER.exec(t.raw.trim());
      if (!marker) fail(i, `raw HTML is not allowed in chapters (only <!-- diagram: NAME --> markers): ${t.raw.trim().slice(0, 60)}`);
      const name = marker![1]!;
      const svg = input.diagrams.get(name);
      if (!svg) fail(i, `diagram "${name}" has no rendered SVG: add content/diagrams/${name}.mmd and run npm run diagrams`);
      diagramNames.push(name);
      // Caption: the "📊 **Title**:" paragraph just before the marker.
      let caption = name.replace(/_/g, ' ');
      for (let j = i - 1; j >= 0 && j >= i - 3; j--) {
        const prev = tokens[j]!;
        if (prev.type === 'space') continue;
        const at = outIndex.get(j);
        if (prev.type === 'paragraph' && prev.raw.startsWith('📊') && at !== undefined) {
          caption = plainText((prev as Tokens.Paragraph).tokens, '').replace(/^📊\s*/, '').replace(/:\s*$/, '').trim();
          out[at] = ''; // the caption moves into the figure
        }
        break;
      }
      // The explanation paragraph that follows "**Diagram Explanation**:".
      const explanationId = `${name}-explanation`;
      let hasExplanation = false;
      for (let j = i + 1; j < tokens.length && j <= i + 6; j++) {
        const next = tokens[j]!;
        if (next.type === 'paragraph' && next.raw.startsWith('**Diagram Explanation**')) {
          const after = tokens.slice(j + 1).find((x) => x.type !== 'space');
          if (after?.type === 'paragraph') {
            (after as Tokens.Paragraph & { explanationId?: string }).explanationId = explanationId;
            hasExplanation = true;
          }
          break;
        }
        if (next.type === 'heading') break;
      }
      figureIndex++;
      const describedBy = hasExplanation ? ` aria-describedby="${explanationId}"` : '';
      const viewBox = /viewBox="[-\d.]+ [-\d.]+ ([\d.]+) ([\d.]+)"/.exec(svg!);
      const ratio = viewBox ? `${viewBox[1]} / ${viewBox[2]}` : '4 / 3';
      // The frame is the named image; its SVG is inserted when it nears the
      // screen (from its own precached chunk), so a chapter opens fast.
      // The picture opens full screen on tap; keyboard users get the button.
      out.push(
        `<figure class="diagram" id="figure-${name}">` +
          `<div class="diagram-frame" data-diagram="${name}" role="img" aria-label="${escapeHtml(caption)}"${describedBy} style="aspect-ratio: ${ratio}"></div>` +
          `<figcaption><span>Figure ${figureIndex}. ${escapeHtml(caption)}</span> <button type="button" class="diagram-open" data-diagram="${name}">Enlarge</button></figcaption></figure>\n`,
      );
      return i;
    }
    if (t.type === 'paragraph' && (t as Tokens.Paragraph & { explanationId?: string }).explanationId) {
      const pid = (t as Tokens.Paragraph & { explanationId?: string }).explanationId!;
      out.push(marked.parser([t]).replace(/^<p>/, `<p id="${pid}">`));
      return i;
    }
    if (callout) {
      const group: Token[] = [t];
      let j = i + 1;
      while (j < tokens.length && (tokens[j]!.type === 'list' || tokens[j]!.type === 'space')) group.push(tokens[j++]!);
      while (group.length > 1 && group[group.length - 1]!.type === 'space') {
        group.pop();
        j--;
      }
      i = j - 1;
      const body = marked.parser(group); // facts and mistakes get their ids in listitem
      // A note, not a landmark: a chapter has many callouts of one kind, and
      // landmark navigation would list "Must Know" seven times.
      out.push(`<aside class="callout callout-${callout.kind}" role="note" aria-label="${callout.label}">${body}</aside>\n`);
      return i;
    }
    if (t.type === 'table') {
      out.push(`<div class="table-scroll" role="region" tabindex="0" aria-label="Table">${marked.parser([t])}</div>\n`);
      return i;
    }
    if (t.type === 'paragraph' && SEE_DIAGRAM.test(t.raw)) return i;
    out.push(marked.parser([t]));
    return i;
  }
  for (let k = 0; k < out.length; k++) out[k] = nameChapters(out[k]!, input.chapterNames);

  // Each level-2 part becomes a <section>, so the browser can skip laying out
  // the parts that are off screen (content-visibility in the reader's CSS).
  // The chapter also ships in two chunks: the opening (the first block
  // boundary after HEAD_BYTES), which paints at once, and the rest. A part cut
  // in two becomes two sections.
  let head = '';
  let rest = '';
  let inRest = false;
  let open = false;
  const emit = (piece: string): void => {
    if (inRest) rest += piece;
    else head += piece;
  };
  for (const piece of out) {
    if (!piece) continue;
    if (!inRest && head.length >= HEAD_BYTES) {
      inRest = true;
      if (open) {
        head += '</section>\n';
        rest += '<section class="part">';
      }
    }
    if (piece.startsWith('<div class="heading-row h2"')) {
      emit(`${open ? '</section>\n' : ''}<section class="part">`);
      open = true;
    }
    emit(piece);
  }
  if (open) emit('</section>\n');
  const html = head + rest;

  const words = markdown.split(/\s+/).filter(Boolean).length;
  // Every note was placed by the block renderers above (an unreachable block would lose one).
  for (const n of input.errata ?? []) {
    if (!placed.some((p) => p.id === n.id)) throw new ContentError(n.file, n.line, `note ${n.id}: its quote is in a block the chapter does not render`);
  }
  // A note is findable on its own: a search hit opens the chapter at the note.
  for (const n of placed) {
    sections.push({ id: `${chapterId}#${erratumElementId(n.id)}`, chapter: chapterId, chapterTitle: title, heading: `Updated: ${n.heading}`, text: `${n.note} ${n.source.title}` });
  }
  return { id: chapterId, title, html, head, rest, toc, checklistIds, factIds, mistakeIds, diagramNames, sections, errata: placed, words };
}
