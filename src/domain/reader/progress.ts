// Reading progress, pure: no DOM. The screen measures, these decide.

/** Fraction of the chapter seen: the bottom of the viewport against the chapter's end. */
export function scrollProgress(viewportBottom: number, contentTop: number, contentHeight: number): number {
  if (contentHeight <= 0) return 0;
  return Math.min(1, Math.max(0, (viewportBottom - contentTop) / contentHeight));
}

/** The last heading whose top has passed the reading line: where the reader is. */
export function currentAnchor(headingTops: readonly { id: string; top: number }[], readingLine: number): string {
  let anchor = '';
  for (const h of headingTops) {
    if (h.top <= readingLine) anchor = h.id;
    else break;
  }
  return anchor;
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
