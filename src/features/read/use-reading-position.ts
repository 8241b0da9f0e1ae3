import { useEffect } from 'preact/hooks';
import { currentAnchor, scrollProgress } from '../../domain/reader/progress';
import { saveReadingPosition } from '../../lib/db/reading';

const READING_LINE = 80; // just under the sticky header

/** Remembers where the reader is; flushes when the page hides (the phone may kill it). */
export function useReadingPosition(chapterId: string, container: HTMLElement | null, enabled: boolean): void {
  useEffect(() => {
    if (!container || !enabled) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let dirty = false;

    const measure = (): { anchor: string; progress: number } => {
      const headings = [...container.querySelectorAll<HTMLElement>('h2[id], h3[id], h4[id]')].map((h) => ({ id: h.id, top: h.getBoundingClientRect().top }));
      const rect = container.getBoundingClientRect();
      return {
        anchor: currentAnchor(headings, READING_LINE),
        progress: scrollProgress(window.innerHeight, rect.top, rect.height),
      };
    };
    const flush = (): void => {
      if (!dirty) return;
      dirty = false;
      clearTimeout(timer);
      const { anchor, progress } = measure();
      void saveReadingPosition(chapterId, anchor, progress, Date.now()).catch(() => undefined);
    };
    const onScroll = (): void => {
      dirty = true;
      clearTimeout(timer);
      timer = setTimeout(flush, 400);
    };
    const onHide = (): void => {
      if (document.visibilityState === 'hidden') flush();
    };
    window.addEventListener('scroll', onScroll, { passive: true });
    document.addEventListener('visibilitychange', onHide);
    window.addEventListener('pagehide', flush);
    return () => {
      flush();
      window.removeEventListener('scroll', onScroll);
      document.removeEventListener('visibilitychange', onHide);
      window.removeEventListener('pagehide', flush);
    };
  }, [chapterId, container, enabled]);
}
