// Visible text of marked tokens. Heading ids are slugs of this text, so the
// compiler and the flashcard extractor must share it byte for byte.
import type { Token, Tokens } from 'marked';

const INLINE_PARENTS = new Set(['paragraph', 'heading', 'text', 'strong', 'em', 'del', 'link']);

/** Inline pieces join as written, blocks with a space. */
export function plainText(tokens: Token[] | undefined, sep = ' '): string {
  if (!tokens) return '';
  return tokens
    .map((t) => {
      if ('tokens' in t && t.tokens) return plainText(t.tokens, INLINE_PARENTS.has(t.type) ? '' : ' ');
      if (t.type === 'list') return (t as Tokens.List).items.map((i) => plainText(i.tokens)).join(' ');
      if (t.type === 'table') {
        const tt = t as Tokens.Table;
        return [...tt.header, ...tt.rows.flat()].map((c) => plainText(c.tokens, '')).join(' ');
      }
      if (t.type === 'escape') return (t as Tokens.Escape).text;
      if (t.type === 'space' || t.type === 'hr') return ' ';
      return 'text' in t && typeof t.text === 'string' ? t.text : '';
    })
    .join(sep);
}
