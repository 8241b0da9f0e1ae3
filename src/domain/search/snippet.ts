// A search hit's snippet: a window of the section's text around the first
// match, with every match inside it marked, so the reader sees why each hit
// came up. The rule is the reader's own (features/read/highlight-match.ts):
// the whole phrase when the text has it, else each word of the query and each
// term the index matched (prefix and fuzzy matches differ from the words typed);
// a match starts where a word starts, as the index's do ("rds" is not in "records").

export interface SnippetPart {
  text: string;
  mark: boolean;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** `text` lowercased letter by letter, the same length: offsets in it are offsets in `text` ('İ' alone would add one). */
export function lowerSameLength(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  let out = '';
  for (const ch of text) {
    const l = ch.toLowerCase();
    out += l.length === ch.length ? l : ch;
  }
  return out;
}

/** Where `needle` occurs in `lower` from `from` on, starting a word; -1 when it does not. */
export function indexOfWordStart(lower: string, needle: string, from = 0): number {
  for (let at = lower.indexOf(needle, from); at >= 0; at = lower.indexOf(needle, at + 1)) {
    if (at === 0 || !WORD_CHAR.test(lower[at - 1]!)) return at;
  }
  return -1;
}

/** Non-overlapping [start, end) spans of every needle starting in [from, to), in order: the earlier wins, then the longer. */
function spansOf(lower: string, needles: readonly string[], from: number, to: number): [number, number][] {
  const found: [number, number][] = [];
  for (const needle of needles) {
    for (let at = indexOfWordStart(lower, needle, from); at >= 0 && at < to; at = indexOfWordStart(lower, needle, at + needle.length)) {
      found.push([at, at + needle.length]);
    }
  }
  found.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const out: [number, number][] = [];
  for (const span of found) if (out.length === 0 || span[0] >= out[out.length - 1]![1]) out.push(span);
  return out;
}

const isLowSurrogate = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff;
/** A cut at `at` moved off the middle of a character drawn from two code units (an emoji), outwards by `step`. */
function whole(text: string, at: number, step: -1 | 1): number {
  return at > 0 && at < text.length && isLowSurrogate(text.charCodeAt(at)) ? at + step : at;
}

/**
 * `text` cut to about `radius` characters either side of the first match, as
 * parts to show, the matches marked. No match: the text's opening, unmarked.
 */
export function snippetParts(text: string, query: string, terms: readonly string[], radius = 80): SnippetPart[] {
  const lower = lowerSameLength(text);
  const phrase = query.replace(/\s+/g, ' ').trim().toLowerCase();
  const words = [...new Set([...phrase.split(' '), ...terms.map((t) => t.toLowerCase())])].filter((w) => w.length >= 2);
  const needles = phrase.includes(' ') && indexOfWordStart(lower, phrase) >= 0 ? [phrase] : words;
  let first: [number, number] | undefined;
  for (const needle of needles) {
    const at = indexOfWordStart(lower, needle);
    if (at >= 0 && (!first || at < first[0] || (at === first[0] && at + needle.length > first[1]))) first = [at, at + needle.length];
  }
  if (!first) {
    const cut = whole(text, radius * 2, 1);
    const opening = text.slice(0, cut) + (text.length > cut ? '…' : '');
    return opening ? [{ text: opening, mark: false }] : [];
  }
  const start = whole(text, Math.max(0, first[0] - radius), -1);
  const spans = spansOf(lower, needles, start, Math.min(text.length, first[1] + radius));
  // A match the window's edge would cut is shown whole.
  const end = whole(text, Math.max(Math.min(text.length, first[1] + radius), spans[spans.length - 1]?.[1] ?? 0), 1);
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
