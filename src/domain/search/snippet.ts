// A search hit's snippet: a window of the section's text around the first
// match, with every match inside it marked, so the reader sees why each hit
// came up. The rule is the reader's own (features/read/highlight-match.ts):
// the whole phrase when the text has it, else each word of the query and each
// term the index matched (prefix and fuzzy matches differ from the words typed).

export interface SnippetPart {
  text: string;
  mark: boolean;
}

/** Non-overlapping [start, end) spans of every needle starting in [from, to), in order; the longer wins where two overlap. */
function spansOf(lower: string, needles: readonly string[], from: number, to: number): [number, number][] {
  const found: [number, number][] = [];
  for (const needle of needles) {
    for (let at = lower.indexOf(needle, from); at >= 0 && at < to; at = lower.indexOf(needle, at + needle.length)) {
      found.push([at, at + needle.length]);
    }
  }
  found.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const out: [number, number][] = [];
  for (const span of found) if (out.length === 0 || span[0] >= out[out.length - 1]![1]) out.push(span);
  return out;
}

/**
 * `text` cut to about `radius` characters either side of the first match, as
 * parts to show, the matches marked. No match: the text's opening, unmarked.
 */
export function snippetParts(text: string, query: string, terms: readonly string[], radius = 80): SnippetPart[] {
  const lower = text.toLowerCase();
  const phrase = query.replace(/\s+/g, ' ').trim().toLowerCase();
  const words = [...new Set([...phrase.split(' '), ...terms.map((t) => t.toLowerCase())])].filter((w) => w.length >= 2);
  const needles = phrase.includes(' ') && lower.includes(phrase) ? [phrase] : words;
  let first: [number, number] | undefined;
  for (const needle of needles) {
    const at = lower.indexOf(needle);
    if (at >= 0 && (!first || at < first[0] || (at === first[0] && at + needle.length > first[1]))) first = [at, at + needle.length];
  }
  if (!first) {
    const opening = text.slice(0, radius * 2) + (text.length > radius * 2 ? '…' : '');
    return opening ? [{ text: opening, mark: false }] : [];
  }
  const start = Math.max(0, first[0] - radius);
  const spans = spansOf(lower, needles, start, Math.min(text.length, first[1] + radius));
  // A match the window's edge would cut is shown whole.
  const end = Math.max(Math.min(text.length, first[1] + radius), spans[spans.length - 1]![1]);
  const parts: SnippetPart[] = [];
  let at = start;
  for (const [s, e] of spans) {
    if (s > at) parts.push({ text: text.slice(at, s), mark: false });
    parts.push({ text: text.slice(s, e), mark: true });
    at = e;
  }
  if (end > at) parts.push({ text: text.slice(at, end), mark: false });
  if (start > 0) parts.unshift({ text: '…', mark: false });
  if (end < text.length) parts.push({ text: '…', mark: false });
  return parts;
}
