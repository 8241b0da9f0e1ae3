// Imported question text is the user's Markdown from a file anyone could have
// written: it becomes HTML only through DOMPurify, with a short allowlist (no
// images, no SVG, no styles, no event handlers, links only to http(s)/mailto).
// Loaded lazily: only screens showing an imported question pay for it.
import { Marked } from 'marked';
import DOMPurify from 'dompurify';

const markdown = new Marked({ gfm: true, breaks: true, async: false });

const ALLOWED_TAGS = [
  'p', 'br', 'strong', 'em', 'b', 'i', 'del', 'code', 'pre', 'kbd', 'ul', 'ol', 'li', 'blockquote', 'a', 'hr',
  'table', 'thead', 'tbody', 'tr', 'th', 'td', 'h4', 'h5', 'h6',
];

const purifier = DOMPurify(window);
purifier.addHook('afterSanitizeAttributes', (node) => {
  if (node.nodeName === 'A') {
    node.setAttribute('target', '_blank');
    node.setAttribute('rel', 'noopener noreferrer');
  }
});

/** Markdown to HTML that is safe to insert: inline for option labels, block for stems and explanations. */
export function markdownToSafeHtml(text: string, inline: boolean): string {
  const html = inline ? markdown.parseInline(text) : markdown.parse(text);
  return purifier.sanitize(html as string, {
    ALLOWED_TAGS,
    ALLOWED_ATTR: ['href', 'title'],
    ALLOWED_URI_REGEXP: /^(?:https?:|mailto:)/i,
  });
}
