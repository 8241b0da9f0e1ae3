// A search result opens its section with the words found marked, so the
// reader sees why it matched. The whole phrase when the section has it, else
// each word of it; where a word starts, as the search matched it. Search
// snippets mark by the same rule (domain/search/snippet.ts).

import { noteJump } from './reading-place';
import { indexOfWordStart, lowerSameLength } from '../../domain/search/snippet';

const MAX_MARKS = 30;

/** Text nodes of the section that starts at `anchor`, up to the next section heading. */
function sectionText(root: HTMLElement, anchor: string): Text[] {
  const start = document.getElementById(anchor);
  if (!start || !root.contains(start)) return [];
  const from = start.closest('.heading-row') ?? start;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  walker.currentNode = from;
  const nodes: Text[] = [];
  // The heading itself counts; the next heading row ends the section.
  for (let n: Node | null = from; n; n = walker.nextNode()) {
    if (n !== from && n instanceof HTMLElement && n.classList.contains('heading-row') && !from.contains(n)) break;
    if (n instanceof Text && n.data.trim() && !n.parentElement?.closest('button, .code-lang')) nodes.push(n);
  }
  return nodes;
}

/** [node, start, end] spans of `needle` (case-insensitive, where a word starts, as search matched it) within single text nodes. */
function find(nodes: Text[], needle: string): [Text, number, number][] {
  const want = needle.toLowerCase();
  const out: [Text, number, number][] = [];
  for (const node of nodes) {
    const lower = lowerSameLength(node.data);
    for (let at = indexOfWordStart(lower, want); at >= 0 && out.length < MAX_MARKS; at = indexOfWordStart(lower, want, at + want.length)) {
      out.push([node, at, at + want.length]);
    }
  }
  return out;
}

/** Wraps the matches of `query` in the section at `anchor` in <mark>; returns the first mark. */
export function highlightMatch(root: HTMLElement, anchor: string, query: string): HTMLElement | null {
  const phrase = query.replace(/\s+/g, ' ').trim();
  if (!phrase) return null;
  const nodes = sectionText(root, anchor);
  let spans = find(nodes, phrase);
  if (spans.length === 0) {
    for (const word of new Set(phrase.split(' ').filter((w) => w.length >= 2))) spans.push(...find(nodes, word));
    spans = spans.slice(0, MAX_MARKS);
  }
  const byNode = new Map<Text, [number, number][]>();
  for (const [node, start, end] of spans) byNode.set(node, [...(byNode.get(node) ?? []), [start, end]]);
  const marks: HTMLElement[] = [];
  for (const [node, list] of byNode) {
    // Last first, so earlier offsets in the same node stay valid; overlapping words are marked once.
    list.sort((a, b) => b[0] - a[0]);
    let limit = node.data.length;
    for (const [start, end] of list) {
      if (end > limit) continue;
      const range = document.createRange();
      range.setStart(node, start);
      range.setEnd(node, end);
      const mark = document.createElement('mark');
      mark.className = 'search-hit';
      range.surroundContents(mark);
      marks.push(mark);
      limit = start;
    }
  }
  const first = marks.sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1))[0] ?? null;
  if (first && first.getBoundingClientRect().bottom > window.innerHeight) {
    noteJump();
    first.scrollIntoView({ block: 'center' });
  }
  return first;
}
