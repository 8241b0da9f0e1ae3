// Reading progress, pure: no DOM. The screen measures, these decide.

/** Fraction of the chapter seen: the bottom of the viewport against the chapter's end. */
export function scrollProgress(viewportBottom: number, contentTop: number, contentHeight: number): number {
  if (contentHeight <= 0) return 0;
  return Math.min(1, Math.max(0, (viewportBottom - contentTop) / contentHeight));
}

/**
 * Where the reader is, to the paragraph: the section heading above it, the
 * block's place counted from that heading, and how far down the block the
 * reading line is (0..1). Counting from the heading keeps a place when a
 * block is added in another section.
 */
export interface Place {
  anchor: string;
  block: number;
  offset: number;
}

/**
 * `headingIds[i]` is the id of block i when that block is a section heading,
 * else ''. The place of block `index` (the chapter's opening has anchor '').
 */
export function placeOf(headingIds: readonly string[], index: number, offset: number): Place {
  let start = 0;
  let anchor = '';
  for (let i = Math.min(index, headingIds.length - 1); i >= 0; i--) {
    if (headingIds[i]) {
      start = i;
      anchor = headingIds[i]!;
      break;
    }
  }
  return { anchor, block: Math.max(0, index - start), offset: Math.min(1, Math.max(0, offset)) };
}

/**
 * The block index a saved place points at, or -1 when its heading is gone.
 * A block past the section's end (the section got shorter) falls back to the
 * heading itself.
 */
export function blockIndexOf(headingIds: readonly string[], place: { anchor: string; block?: number }): number {
  const start = place.anchor ? headingIds.indexOf(place.anchor) : 0;
  if (start < 0) return -1;
  const index = start + Math.max(0, Math.floor(place.block ?? 0));
  if (index >= headingIds.length) return start;
  for (let i = start + 1; i <= index; i++) if (headingIds[i]) return start;
  return index;
}

/** The reader reached the chapter's end once its last line is above the bottom of the screen. */
export function reachedEnd(viewportBottom: number, contentBottom: number): boolean {
  return contentBottom <= viewportBottom + 1;
}

export function percent(progress: number, read: boolean): number {
  return read ? 100 : Math.round(progress * 100);
}

/**
 * Ticked boxes per chapter, counting only boxes the guide still has: a tick
 * saved under an id the guide no longer has (an item reworded or removed) is
 * an orphan, and counting it could show more ticks than boxes ("12/10 checked").
 * `keys`: chapter id → the keys of its boxes (a box's id is `${chapter}:${key}`).
 */
export function checkedPerChapter(rows: readonly { id: string; checked: boolean }[], keys: Readonly<Record<string, readonly string[]>>): Map<string, number> {
  const chapterOf = new Map<string, string>();
  for (const [chapter, list] of Object.entries(keys)) for (const k of list) chapterOf.set(`${chapter}:${k}`, chapter);
  const out = new Map<string, number>();
  for (const r of rows) {
    const chapter = r.checked ? chapterOf.get(r.id) : undefined;
    if (chapter) out.set(chapter, (out.get(chapter) ?? 0) + 1);
  }
  return out;
}
