// An "Updated" note as the app shows it outside a chapter (the list of changes,
// a flashcard's back): the same look as the notes compiled into the chapters.
interface Props {
  since: string;
  note: string;
  source: { title: string; url: string };
  /** "3 December 2026": when the note was last checked against AWS. */
  checked?: string;
}

export function ErratumNote({ since, note, source, checked }: Props) {
  return (
    <div class="erratum" role="note" aria-label="Updated since the guide was written">
      <p class="erratum-head"><strong>Updated</strong> <span>since {since}</span></p>
      <p class="erratum-text">{note}</p>
      <p class="erratum-source">
        Source: <a href={source.url} rel="noopener noreferrer" target="_blank">{source.title}</a>
        {checked && ` · checked ${checked}`}
      </p>
    </div>
  );
}
