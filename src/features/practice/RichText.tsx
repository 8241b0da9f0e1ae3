import { useEffect, useMemo, useState } from 'preact/hooks';

type Renderer = typeof import('../../lib/safe-markdown');
let renderer: Promise<Renderer> | null = null;
/** Once loaded, rendering is synchronous: no flash of raw Markdown on later screens. */
let ready: Renderer | null = null;

interface Props {
  text: string;
  /** Inline (option labels) or block (stems, explanations). */
  inline?: boolean;
}

/**
 * An imported question's Markdown, sanitised. Until the renderer chunk has
 * loaded (first use only), the raw text shows as plain text: never as HTML.
 */
export function RichText({ text, inline = false }: Props) {
  const [loaded, setLoaded] = useState(ready !== null);
  useEffect(() => {
    if (ready) return;
    let live = true;
    renderer ??= import('../../lib/safe-markdown').then((r) => (ready = r));
    void renderer.then(() => live && setLoaded(true));
    return () => {
      live = false;
    };
  }, []);
  const html = useMemo(() => (ready ? ready.markdownToSafeHtml(text, inline) : null), [text, inline, loaded]);
  if (html === null) return <span class={inline ? 'md' : 'md md-block'}>{text}</span>;
  return <span class={inline ? 'md' : 'md md-block'} dangerouslySetInnerHTML={{ __html: html }} />;
}
