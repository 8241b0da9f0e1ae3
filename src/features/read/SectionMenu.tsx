import { useRef, useState } from 'preact/hooks';
import type { TocEntry } from '../../domain/content/guide';
import { useBackCloses } from '../../app/use-back-closes';

/**
 * The chapter's sections as a pop-up list. It closes when a section is
 * picked, when focus leaves it, on Escape (focus back on its button) and on
 * Back (the chapter stays).
 */
export function SectionMenu({ toc, onPick }: { toc: readonly TocEntry[]; onPick: (anchor: string) => void }) {
  const [open, setOpen] = useState(false);
  const details = useRef<HTMLDetailsElement>(null);
  const summary = useRef<HTMLElement>(null);
  // A tap on the list's own padding or scrollbar moves focus to the page: that is not leaving.
  const pressedInside = useRef(false);
  // Close the element itself too: when the state is still false (its toggle
  // event not yet delivered) setOpen(false) alone would leave the list open.
  const close = () => {
    if (details.current) details.current.open = false;
    setOpen(false);
  };
  useBackCloses(open, () => {
    if (details.current?.contains(document.activeElement)) summary.current?.focus();
    close();
  }, () => details.current?.open !== false);

  return (
    <details
      ref={details}
      class="toc"
      open={open}
      onToggle={(e) => setOpen((e.currentTarget as HTMLDetailsElement).open)}
      onKeyDown={(e) => {
        // The element's own state, not Preact's: the toggle event that updates
        // `open` comes a task after the tap, and a key or focus move can beat it.
        if (e.key !== 'Escape' || !details.current?.open) return;
        e.preventDefault();
        close();
        summary.current?.focus();
      }}
      onPointerDown={() => {
        pressedInside.current = true;
        setTimeout(() => (pressedInside.current = false), 0);
      }}
      onFocusOut={(e) => {
        const to = e.relatedTarget as Node | null;
        if (!details.current?.open || (to && details.current?.contains(to)) || (!to && pressedInside.current)) return;
        close();
      }}
    >
      <summary
        ref={summary}
        onClick={(e) => {
          // Toggle here rather than wait for the element's toggle event (a task
          // later): Back pressed in between would find no entry to close the
          // menu on, and would leave the chapter.
          e.preventDefault();
          const el = details.current;
          if (!el) return;
          el.open = !el.open;
          setOpen(el.open);
        }}
      >
        Sections
      </summary>
      <ol>
        {toc.map((t) => (
          <li key={t.id} class={`toc-l${t.level}`}>
            <a
              href={`#${t.id}`}
              onClick={(e) => {
                e.preventDefault();
                close();
                onPick(t.id);
              }}
            >
              {t.text}
            </a>
          </li>
        ))}
      </ol>
    </details>
  );
}
