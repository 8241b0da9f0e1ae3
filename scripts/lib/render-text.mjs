// Render Markdown with marked (GFM) and reduce the HTML to plain text in a
// form comparable with the flattened seed: list items get "•" or their number
// ("3."), blocks are separated by newlines, entities are decoded.

import { Marked } from 'marked';

const marked = new Marked({ gfm: true });

export function renderHtml(/** @type {string} */ md) {
  return /** @type {string} */ (marked.parse(md, { async: false }));
}

const ENTITIES = /** @type {Record<string, string>} */ ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' });

export function decodeEntities(/** @type {string} */ s) {
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|[a-zA-Z]+);/g, (all, e) => {
    if (e[0] === '#') return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
    return ENTITIES[e] ?? all;
  });
}

const BLOCK_TAGS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'pre', 'table', 'thead', 'tbody', 'tr', 'blockquote', 'hr', 'br', 'div', 'ul', 'ol']);

/** Strip tags from marked's HTML; number ordered-list items, bullet unordered ones. */
export function htmlToText(/** @type {string} */ html) {
  const src = html.replace(/<!--[\s\S]*?-->/g, '\n');
  /** @type {{ordered: boolean, n: number}[]} */
  const lists = [];
  let out = '';
  const re = /<(\/?)([a-zA-Z][a-zA-Z0-9]*)([^>]*)>|([^<]+)/g;
  let m;
  while ((m = re.exec(src))) {
    if (m[4] !== undefined) {
      out += decodeEntities(m[4]);
      continue;
    }
    const closing = m[1] === '/';
    const tag = (m[2] ?? '').toLowerCase();
    const attrs = m[3] ?? '';
    if (tag === 'ol' || tag === 'ul') {
      if (closing) lists.pop();
      else {
        const start = /start="(\d+)"/.exec(attrs);
        lists.push({ ordered: tag === 'ol', n: start ? Number(start[1]) : 1 });
      }
      out += '\n';
    } else if (tag === 'li') {
      if (!closing) {
        const l = lists[lists.length - 1];
        out += '\n' + (l && l.ordered ? `${l.n++}. ` : '• ');
      } else out += '\n';
    } else if (tag === 'td' || tag === 'th') {
      out += ' ';
    } else if (BLOCK_TAGS.has(tag)) out += '\n';
  }
  return out;
}

export function markdownToText(/** @type {string} */ md) {
  return htmlToText(renderHtml(md));
}

export function words(/** @type {string} */ text) {
  return text.split(/\s+/).filter((w) => w !== '');
}

/**
 * Check that `expected` words occur in `actual` in order (a subsequence).
 * A word not found within `window` words of the current position counts as
 * missing and does not advance the position.
 * Rendered words skipped over while matching are reported as `extra`.
 * @returns {{matched: number, total: number, missing: {index: number, word: string, context: string}[], extra: string[]}}
 */
export function matchInOrder(/** @type {string[]} */ expected, /** @type {string[]} */ actual, window = 400) {
  let pos = 0;
  let matched = 0;
  /** @type {{index: number, word: string, context: string}[]} */
  const missing = [];
  /** @type {string[]} */
  const extra = [];
  expected.forEach((w, i) => {
    const limit = Math.min(actual.length, pos + window);
    for (let k = pos; k < limit; k++) {
      if (actual[k] === w) {
        matched++;
        extra.push(...actual.slice(pos, k));
        pos = k + 1;
        return;
      }
    }
    missing.push({ index: i, word: w, context: expected.slice(Math.max(0, i - 6), i + 6).join(' ') });
  });
  extra.push(...actual.slice(pos));
  return { matched, total: expected.length, missing, extra };
}
