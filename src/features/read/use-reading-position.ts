import { useEffect, useRef } from 'preact/hooks';
import { saveReadingPosition } from '../../lib/db/reading';
import type { ReadingState } from '../../lib/db/schema';
import { measure, placeOfBlock, type Measure } from './reading-place';

/**
 * Remembers where the reader is. The place is measured while the chapter is
 * on screen, once a frame while it scrolls, and only saved from those
 * measurements: leaving (a tab, Back) saves the last place the reader saw,
 * never a measurement of a page being taken down or scrolled by the next
 * screen. Flushes when the page hides (the phone may kill it).
 */
export function useReadingPosition(chapterId: string, container: HTMLElement | null, enabled: boolean, onSaved: (row: ReadingState) => void): void {
  const latest = useRef(onSaved);
  latest.current = onSaved;
  useEffect(() => {
    let mounted = true;
    if (!container || !enabled) return;
    let last: Measure | null = null;
    let saved = true;
    let frame = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    // The screen's own first scroll (to the top, a link's section, the saved
    // place) is not the reader moving: start listening after it.
    let armed = false;
    let arming = 0;
    const arm = (): void => {
      armed = false;
      cancelAnimationFrame(arming);
      arming = requestAnimationFrame(() => {
        arming = requestAnimationFrame(() => (armed = true));
      });
    };
    arm();
    const onChapter = (): boolean => container.isConnected && decodeURIComponent(location.pathname) === `/read/${chapterId}`;

    const save = (): void => {
      clearTimeout(timer);
      if (saved || !last) return;
      saved = true;
      const { el, offset, progress, atEnd } = last;
      const place = placeOfBlock(container, el, offset);
      void saveReadingPosition(chapterId, place.anchor, progress, Date.now(), { block: place.block, offset: place.offset, atEnd })
        .then((row) => mounted && latest.current(row))
        .catch(() => undefined);
    };
    const take = (): void => {
      frame = 0;
      if (!armed || !onChapter()) return;
      const m = measure(container);
      if (!m) return;
      last = m;
      saved = false;
      clearTimeout(timer);
      timer = setTimeout(save, 400);
    };
    const onScroll = (): void => {
      if (!frame) frame = requestAnimationFrame(take);
    };
    const onHide = (): void => {
      if (document.visibilityState !== 'hidden') return;
      if (frame) {
        cancelAnimationFrame(frame);
        take();
      }
      save();
    };
    // Back restores the scroll of the entry it lands on (and may pass through
    // entries an overlay left, use-back-closes.ts): that is not the reader moving.
    window.addEventListener('popstate', arm);
    window.addEventListener('scroll', onScroll, { passive: true });
    document.addEventListener('visibilitychange', onHide);
    window.addEventListener('pagehide', save);
    return () => {
      mounted = false;
      cancelAnimationFrame(arming);
      cancelAnimationFrame(frame);
      save();
      window.removeEventListener('popstate', arm);
      window.removeEventListener('scroll', onScroll);
      document.removeEventListener('visibilitychange', onHide);
      window.removeEventListener('pagehide', save);
    };
  }, [chapterId, container, enabled]);
}
