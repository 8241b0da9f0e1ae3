// The reader's place in the page, to the paragraph: measured with one hit
// test at the reading line (no walk over the chapter's layout), found again
// by counting blocks from the section heading (domain/reader/progress.ts).
import { blockIndexOf, placeOf, reachedEnd, scrollProgress, type Place } from '../../domain/reader/progress';

/** What counts as a paragraph: the smallest block a reader's eye rests on. */
const BLOCKS = 'h1, .heading-row, p, li, pre, tr, figure, hr, dt, dd, blockquote';
const SECTION_HEADING = 'h2[id], h3[id], h4[id]';

/** Just under the sticky header and chapter bar: the first line the reader sees. */
export function readingLine(): number {
  const bar = document.querySelector('.chapter-tools')?.getBoundingClientRect().bottom ?? 0;
  return Math.max(bar, 64) + 8;
}

// A jump (a link, the section menu, Continue) can land at the chapter's end:
// that is not the reader getting there, so it does not mark the chapter read.
let jumpedAt = -Infinity;

/** Call before the screen scrolls by itself. */
export function noteJump(): void {
  jumpedAt = performance.now();
}

const exactUntil = new WeakMap<HTMLElement, object>();

/**
 * Parts off screen have estimated heights (content-visibility). Before a jump,
 * lay them all out for real, until a frame has been drawn that way: Chrome
 * records each block's real size for `contain-intrinsic-size: auto` while it
 * draws a frame, so when the estimates come back nothing above the place moves.
 * One requestAnimationFrame is too soon: it runs before that frame is drawn, and
 * on a phone the page then slid thousands of pixels past a search hit.
 */
export function layOutExactly(container: HTMLElement): void {
  const token = {};
  exactUntil.set(container, token);
  container.classList.add('exact');
  requestAnimationFrame(() =>
    requestAnimationFrame(() => {
      if (exactUntil.get(container) === token) container.classList.remove('exact'); // a later jump keeps it on for its own frame
    }),
  );
}

export interface Measure {
  el: Element;
  offset: number;
  progress: number;
  atEnd: boolean;
}

function blockAt(container: HTMLElement, line: number): Element | null {
  const x = container.getBoundingClientRect().left + 40;
  // Between two blocks the hit lands on a margin: look a little further down.
  for (let y = line; y < line + 160; y += 8) {
    const block = document.elementFromPoint(x, y)?.closest(BLOCKS);
    if (block && container.contains(block)) return block;
  }
  return null;
}

/** Where the reader is now, or null when nothing of the chapter is under the reading line. */
export function measure(container: HTMLElement): Measure | null {
  const line = readingLine();
  const el = blockAt(container, line);
  if (!el) return null;
  const r = el.getBoundingClientRect();
  const box = container.getBoundingClientRect();
  return {
    el,
    offset: r.height > 0 ? (line - r.top) / r.height : 0,
    progress: scrollProgress(window.innerHeight, box.top, box.height),
    atEnd: reachedEnd(window.innerHeight, box.bottom) && performance.now() - jumpedAt > 500,
  };
}

function blocksOf(container: HTMLElement): { blocks: Element[]; headingIds: string[] } {
  const blocks = [...container.querySelectorAll(BLOCKS)];
  const headingIds = blocks.map((b) => (b.classList.contains('heading-row') ? (b.querySelector(SECTION_HEADING)?.id ?? '') : ''));
  return { blocks, headingIds };
}

/** The saved form of a measured block (no layout: works on a chapter already taken off the page). */
export function placeOfBlock(container: HTMLElement, el: Element, offset: number): Place {
  const { blocks, headingIds } = blocksOf(container);
  return placeOf(headingIds, Math.max(0, blocks.indexOf(el)), offset);
}

/**
 * Scrolls so the saved paragraph sits at the reading line, as it was.
 * Returns the element scrolled to, or null when its section is gone.
 */
export function scrollToPlace(container: HTMLElement, place: { anchor: string; block?: number; offset?: number }): HTMLElement | null {
  const { blocks, headingIds } = blocksOf(container);
  const index = blockIndexOf(headingIds, place);
  const el = blocks[index] as HTMLElement | undefined;
  if (!el) return null;
  layOutExactly(container);
  noteJump();
  const r = el.getBoundingClientRect();
  // Fell back to the heading (the section got shorter): its top, not a fraction of it.
  const start = place.anchor ? headingIds.indexOf(place.anchor) : 0;
  const offset = index === start + (place.block ?? 0) ? (place.offset ?? 0) : 0;
  window.scrollTo(0, window.scrollY + r.top + offset * r.height - readingLine());
  return el;
}
