// /read/updates: every "Updated" note on a dated guide statement, by chapter,
// with the guide's own words and a link to the note in its chapter. The list
// is its own small chunk (virtual:guide/errata), loaded only here.
import { useEffect, useState } from 'preact/hooks';
import { chapters } from 'virtual:guide';
import { ErratumNote } from './ErratumNote';

type Errata = (typeof import('virtual:guide/errata'))['default'];

const chapterName = (id: string): string => {
  const c = chapters.find((x) => x.id === id);
  return c ? (c.label ? `${c.label}: ${c.title}` : c.title) : id;
};

export default function ErrataScreen() {
  const [errata, setErrata] = useState<Errata | null>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    let live = true;
    import('virtual:guide/errata')
      .then((m) => live && setErrata(m.default))
      .catch(() => live && setFailed(true));
    return () => {
      live = false;
    };
  }, []);

  // A question's "What changed" link lands on its note (/read/updates#id).
  useEffect(() => {
    const id = decodeURIComponent(location.hash.slice(1));
    const el = errata && id ? document.getElementById(id) : null;
    if (!el) return;
    el.scrollIntoView({ block: 'start' });
    el.focus({ preventScroll: true });
  }, [errata]);

  if (failed) {
    return (
      <section class="screen">
        <h2>What has changed since the guide was written</h2>
        <p role="alert">The list could not be loaded. Reload the app to try again.</p>
      </section>
    );
  }
  if (!errata) return <section class="screen" aria-busy="true" />;

  const byChapter = chapters.map((c) => ({ id: c.id, notes: errata.filter((n) => n.chapter === c.id) })).filter((g) => g.notes.length > 0);
  return (
    <section class="screen errata-screen">
      <p><a href="/read" class="back-link">← All chapters</a></p>
      <h2>What has changed since the guide was written</h2>
      <p class="muted">
        The guide is shown word for word. Where AWS has changed since it was written, an “Updated” note sits beside the
        statement in its chapter, and flashcards that repeat the statement show the note on their back.{' '}
        {errata.length === 1 ? '1 note' : `${errata.length} notes`}.
      </p>
      {byChapter.map((g) => (
        <section key={g.id} aria-labelledby={`errata-${g.id}`}>
          <h3 class="errata-chapter" id={`errata-${g.id}`}>{chapterName(g.id)}</h3>
          <ol class="errata-list">
            {g.notes.map((n) => (
              <li key={n.id} id={n.id} tabIndex={-1}>
                <a class="errata-link" href={`/read/${n.chapter}#erratum-${n.id}`}>
                  <span>{n.heading}</span>
                </a>
                <blockquote>
                  <span class="visually-hidden">The guide says: </span>“{n.quote}”
                </blockquote>
                <ErratumNote since={n.since} note={n.note} source={n.source} checked={n.checked} />
              </li>
            ))}
          </ol>
        </section>
      ))}
    </section>
  );
}
