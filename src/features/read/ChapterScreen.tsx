import { useEffect, useRef, useState } from 'preact/hooks';
import { useLocation, useRoute } from 'preact-iso';
import { chapters, loaders } from 'virtual:guide';
import type { ChapterModule } from '../../domain/content/guide';
import { getReading, setChapterRead } from '../../lib/db/reading';
import { setChecklistItem } from '../../lib/db/checklist';
import { addStar, removeStar } from '../../lib/db/stars';
import { describeStorageError } from '../../lib/db/errors';
import type { ReadingState } from '../../lib/db/schema';
import { showNotice } from '../../app/notices';
import { startChapter } from '../../app/start-route';
import { useDocumentTitle } from '../../app/document-title';
import type { DiagramViewer as Viewer } from './DiagramViewer';
import { hydrateChapter } from './hydrate-chapter';
import { useReadingPosition } from './use-reading-position';
import { insertDiagram, watchDiagrams } from './lazy-diagrams';
import { layOutExactly, noteJump, scrollToPlace } from './reading-place';
import { SectionMenu } from './SectionMenu';
import { useStudyActivity } from '../../app/use-study-activity';
import { noteStudySessionDone } from '../../app/pwa/study-milestone';
import { reachedByHistory } from '../../app/history-back';

let openedOnce = false;
// The viewer and the search marks load when first needed: a chapter opens with less code.
let DiagramViewer: typeof Viewer | null = null;

/** A saved place past the chapter's opening. */
const hasPlace = (r: ReadingState | null): r is ReadingState => Boolean(r && (r.anchor || (r.block ?? 0) > 0));

/** Scrolls to the saved paragraph and moves focus there; false when its section is gone. */
function resumeAt(root: HTMLElement, reading: ReadingState): boolean {
  const el = scrollToPlace(root, reading);
  if (!el) return false;
  if (!el.hasAttribute('tabindex')) el.setAttribute('tabindex', '-1');
  el.focus({ preventScroll: true });
  return true;
}

function scrollToAnchor(anchor: string): void {
  const el = anchor ? document.getElementById(anchor) : null;
  const prose = el?.closest<HTMLElement>('.prose');
  if (!el || !prose) return;
  layOutExactly(prose);
  noteJump();
  el.scrollIntoView({ block: 'start' });
  el.focus({ preventScroll: true });
}

export default function ChapterScreen() {
  useStudyActivity('reading');
  const { params } = useRoute();
  const { query } = useLocation();
  const id = params.chapterId ?? '';
  const index = chapters.findIndex((c) => c.id === id);
  const meta = chapters[index];
  const [chapter, setChapter] = useState<ChapterModule | null>(null);
  const [rest, setRest] = useState<string | null>(null);
  const [reading, setReading] = useState<ReadingState | null>(null);
  const [offerResume, setOfferResume] = useState(false);
  const [viewer, setViewer] = useState<{ svg: string; caption: string } | null>(null);
  const body = useRef<HTMLDivElement>(null);
  const [ready, setReady] = useState(false);
  useDocumentTitle(meta ? (meta.label ? `${meta.label}: ${meta.title}` : meta.title) : null);

  useEffect(() => {
    setChapter(null);
    setRest(null);
    setReady(false);
    const load = loaders[id];
    if (!load) return;
    let live = true;
    void Promise.all([load(), getReading(id).catch(() => undefined)]).then(([mod, state]) => {
      if (!live) return;
      setChapter(mod.default);
      setReading(state ?? null);
      const loadRest = (): void => void mod.default.rest().then((html: string) => live && setRest(html));
      // Opened cold on this chapter, the network (or cache) is the bottleneck:
      // let the opening paint before fetching the rest. Within the app the
      // chunks come from the service worker at once, so there is nothing to wait for.
      if (id === startChapter && !openedOnce) requestAnimationFrame(() => setTimeout(loadRest, 50));
      else loadRest();
      openedOnce = true;
    });
    return () => {
      live = false;
    };
  }, [id]);

  // After the HTML is in the page: user state, then the right scroll position and focus.
  useEffect(() => {
    const root = body.current;
    if (!chapter || rest === null || !root) return;
    let afterHydrate = (): unknown => undefined;
    // The mark lets the benchmark measure navigation → interactive.
    void hydrateChapter(id, root)
      .catch(() => undefined)
      .then(() => {
        performance.mark('chapter-interactive', { detail: id });
        afterHydrate();
      });
    const hash = decodeURIComponent(location.hash.slice(1));
    const h1 = root.querySelector<HTMLElement>('h1');
    // Back or Forward into a chapter opened at a section: the reader's own place, not the section's heading.
    const backToPlace = hash !== '' && reachedByHistory() && hasPlace(reading) && !reading.read && resumeAt(root, reading);
    if (backToPlace) {
      // resumeAt has scrolled there
    } else if (hash) {
      scrollToAnchor(hash);
      // A search result: show the words found, in the section it opened.
      const words = query.hl;
      if (words) void import('./highlight-match').then((m) => body.current === root && m.highlightMatch(root, hash, words));
    } else if ('resume' in query && reading && !resumeAt(root, reading)) {
      scrollToAnchor(reading.anchor);
    } else if (!('resume' in query)) {
      window.scrollTo(0, 0);
      // Screen readers start at the chapter's title (its h1 has tabindex="-1"),
      // once the chapter is interactive.
      // Not when the reader has already put focus somewhere on the page.
      afterHydrate = () => {
        const at = document.activeElement;
        if (h1?.isConnected && (!at || at === document.body || at.id === 'main')) h1.focus({ preventScroll: true });
      };
      setOfferResume(hasPlace(reading) && !reading?.read);
    }
    setReady(true);
    return watchDiagrams(root, chapter.diagrams);
  }, [chapter, rest]);

  // Reaching the end marks the chapter read: the button below follows.
  useReadingPosition(id, body.current, ready, (row) => {
    if (row.read) void noteStudySessionDone(); // reached the end: a finished study session
    setReading((r) => (r?.read === row.read ? r : row));
  });

  if (!meta) {
    return (
      <section class="screen">
        <h2>Chapter not found</h2>
        <p><a href="/read">All chapters</a></p>
      </section>
    );
  }
  if (!chapter) return <section class="screen" aria-busy="true" />;

  const prev = chapters[index - 1];
  const next = chapters[index + 1];

  async function onClick(e: MouseEvent): Promise<void> {
    const target = e.target as HTMLElement;
    const star = target.closest<HTMLButtonElement>('button.star');
    if (star) {
      const starId = star.dataset.star ?? '';
      const on = star.getAttribute('aria-pressed') !== 'true';
      try {
        if (on) {
          const [, anchor = ''] = starId.split('#');
          await addStar({ id: starId, chapterId: id, anchor, label: star.dataset.starLabel ?? anchor, createdAt: Date.now() });
        } else await removeStar(starId);
        star.setAttribute('aria-pressed', String(on));
      } catch (error) {
        showNotice({ tone: 'error', text: describeStorageError(error) });
      }
      return;
    }
    const figure = target.closest('button.diagram-open, .diagram-frame')?.closest('figure');
    const frame = figure?.querySelector<HTMLElement>('.diagram-frame');
    if (figure && frame && chapter) {
      const caption = figure.querySelector('figcaption span')?.textContent ?? '';
      const [viewerModule] = await Promise.all([import('./DiagramViewer'), insertDiagram(frame, chapter.diagrams[frame.dataset.diagram ?? ''])]);
      DiagramViewer = viewerModule.DiagramViewer;
      setViewer({ svg: frame.innerHTML, caption });
      return;
    }
    const link = target.closest<HTMLAnchorElement>('a[href^="#"]');
    if (link) {
      e.preventDefault();
      const anchor = decodeURIComponent(link.hash.slice(1));
      history.replaceState(history.state, '', `#${anchor}`);
      scrollToAnchor(anchor);
    }
  }

  async function onChange(e: Event): Promise<void> {
    const box = e.target as HTMLInputElement;
    if (!box.matches('input.guide-check')) return;
    try {
      await setChecklistItem(box.dataset.check ?? '', box.checked, Date.now());
    } catch (error) {
      box.checked = !box.checked; // the write failed: show the truth
      showNotice({ tone: 'error', text: describeStorageError(error) });
    }
  }

  async function toggleRead(): Promise<void> {
    const read = !reading?.read;
    try {
      await setChapterRead(id, read, Date.now());
      if (read) void noteStudySessionDone();
      setReading(await getReading(id) ?? null);
    } catch (error) {
      showNotice({ tone: 'error', text: describeStorageError(error) });
    }
  }

  return (
    <article class="screen chapter">
      <nav class="chapter-tools" aria-label="Chapter">
        <a href="/read">All chapters</a>
        <SectionMenu toc={chapter.toc} onPick={(anchor) => {
          history.replaceState(history.state, '', `#${anchor}`);
          scrollToAnchor(anchor);
        }} />
      </nav>
      {offerResume && reading && (
        <div class="card resume" role="status">
          <p>Continue where you left off?</p>
          <button type="button" onClick={() => {
            setOfferResume(false);
            if (body.current && !resumeAt(body.current, reading)) scrollToAnchor(reading.anchor);
          }}>Continue</button>
          <button type="button" class="quiet" onClick={() => setOfferResume(false)}>Start at the top</button>
        </div>
      )}
      <div
        ref={body}
        class="prose"
        onClick={(e) => void onClick(e)}
        // A control in a block not yet laid out (content-visibility) is scrolled to with an estimated size;
        // once laid out it can sit under the bottom bar. Bring it clear (scroll-padding).
        onFocusIn={(e) => {
          const el = e.target as HTMLElement;
          // Only a control reached by keyboard: not a tap, not a heading the screen focuses (tabindex -1).
          if (el.tabIndex < 0 || !el.matches(':focus-visible')) return;
          // Someone moving by keyboard: lay every block out for real from now on, so no estimate moves the page.
          e.currentTarget.classList.add('keyboard');
          el.scrollIntoView({ block: 'nearest' });
        }}
        onChange={(e) => void onChange(e)}
      >
        <div dangerouslySetInnerHTML={{ __html: chapter.html }} />
        {rest !== null && <div dangerouslySetInnerHTML={{ __html: rest }} />}
      </div>
      <div class="chapter-end">
        <button type="button" aria-pressed={reading?.read ?? false} onClick={() => void toggleRead()}>
          {reading?.read ? 'Read ✓ (tap to undo)' : 'Mark as read'}
        </button>
        <nav class="prev-next" aria-label="Chapters">
          {prev ? <a href={`/read/${prev.id}`} rel="prev">← {prev.label || prev.title}</a> : <span />}
          {next ? <a href={`/read/${next.id}`} rel="next">{next.label || next.title} →</a> : <span />}
        </nav>
      </div>
      {viewer && DiagramViewer && <DiagramViewer svg={viewer.svg} caption={viewer.caption} onClose={() => setViewer(null)} />}
    </article>
  );
}
