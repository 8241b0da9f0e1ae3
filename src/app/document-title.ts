// The tab's title names the screen and, where a screen has one, what it shows
// (a chapter, a pack, an exam): "Chapter 1: Development… · DVA-C02 Study".
// The route gives the default; a screen names its subject once it knows it.
import { useEffect } from 'preact/hooks';
import { titleFor } from './routes';

const APP = 'DVA-C02 Study';
let path = '';
let subject: string | null = null;

function apply(): void {
  document.title = `${subject ?? titleFor(path)} · ${APP}`;
}

/** The route changed: back to the route's own name until the new screen names its subject. */
export function setTitlePath(next: string): void {
  if (next !== path) subject = null;
  path = next;
  apply();
}

/** The screen's subject, e.g. "Practice: Domain 1 Bundle 1" (null: the route's name). */
export function useDocumentTitle(text: string | null | undefined): void {
  useEffect(() => {
    if (!text) return;
    subject = text;
    apply();
    return () => {
      if (subject === text) {
        subject = null;
        apply();
      }
    };
  }, [text]);
}
