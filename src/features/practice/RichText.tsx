import { useEffect, useState } from 'preact/hooks';

type Renderer = typeof import('../../lib/safe-markdown');
let renderer: Promise<Renderer> | null = null;

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
  const [html, setHtml] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    setHtml(null);
    renderer ??= import('../../lib/safe-markdown');
    void renderer.then((r) => live && setHtml(r.markdownToSafeHtml(text, inline)));
    return () => {
      live = false;
    };
  }, [text, inline]);
  if (html === null) return <span class={inline ? 'md' : 'md md-block'}>{text}</span>;
  return <span class={inline ? 'md' : 'md md-block'} dangerouslySetInnerHTML={{ __html: html }} />;
}
