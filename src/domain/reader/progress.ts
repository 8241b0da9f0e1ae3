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
