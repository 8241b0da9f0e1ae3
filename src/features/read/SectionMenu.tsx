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
  useBackCloses(open, () => {
    if (details.current?.contains(document.activeElement)) summary.current?.focus();
    setOpen(false);
  });

  return (
    <details
      ref={details}
      class="toc"
      open={open}
      onToggle={(e) => setOpen((e.currentTarget as HTMLDetailsElement).open)}
      onKeyDown={(e) => {
        if (e.key !== 'Escape' || !open) return;
        e.preventDefault();
        setOpen(false);
        summary.current?.focus();
      }}
      onPointerDown={() => {
        pressedInside.current = true;
        setTimeout(() => (pressedInside.current = false), 0);
      }}
      onFocusOut={(e) => {
        const to = e.relatedTarget as Node | null;
        if (!open || (to && details.current?.contains(to)) || (!to && pressedInside.current)) return;
        setOpen(false);
      }}
    >
      <summary ref={summary}>Sections</summary>
      <ol>
        {toc.map((t) => (
          <li key={t.id} class={`toc-l${t.level}`}>
            <a
              href={`#${t.id}`}
              onClick={(e) => {
                e.preventDefault();
                setOpen(false);
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
