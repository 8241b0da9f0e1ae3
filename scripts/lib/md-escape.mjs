// Markdown escaping helpers for turning plain seed prose into Markdown that
// `marked` (GFM) renders literally.

/** Characters escaped anywhere in prose. `_` `*` `~` (emphasis/strike), `[` `]` (links), `<` `>` (HTML, autolinks, quotes), `|` (tables), `$` (math renderers), `#`, backtick and backslash. */
const INLINE_SPECIAL = /[\\`*_~[\]<>|$#]/g;

/** Escape inline Markdown so the text renders exactly as written. */
export function escapeInline(/** @type {string} */ text) {
  return text.replace(INLINE_SPECIAL, (c) => '\\' + c).replace(/&(?=#?[A-Za-z0-9]+;)/g, '\\&');
}

/**
 * Escape a whole line of block text (paragraph line, list-item text): inline
 * escapes plus line-start constructs (list markers, setext underlines, etc.).
 */
export function escapeLineStart(/** @type {string} */ escaped) {
  return escaped
    .replace(/^(\d{1,9})([.)])(?=\s|$)/, '$1\\$2') // "1. " would start an ordered list
    .replace(/^([-+=])/, '\\$1'); // "- " / "+ " lists, "---"/"===" setext underlines
}

export function escapeBlock(/** @type {string} */ text) {
  return escapeLineStart(escapeInline(text));
}

/** Escape a GFM table cell (inline escapes already cover `|`). */
export function escapeCell(/** @type {string} */ text) {
  return escapeInline(text);
}
