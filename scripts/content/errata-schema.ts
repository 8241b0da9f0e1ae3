// One "Updated" note of content/errata.json: a dated statement of the guide,
// quoted exactly, and what is true now. The guide's text is never changed; the
// build places each note right after the block that holds its quote.
// The format is the note writers' (id, chapter, quote, note, since, source,
// checked) plus the reviewer's verdict and an optional anchor, which must then match the section the
// quote is in. Unknown fields are refused, so a typo cannot pass silently.
import * as v from 'valibot';

const Text = v.pipe(v.string(), v.trim(), v.minLength(1));

/** Hosts of AWS's own pages: documentation, announcements, blogs, and AWS's GitHub organisations. */
export function isAwsSource(url: string): boolean {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  if (u.protocol !== 'https:') return false;
  const host = u.hostname;
  if (host === 'amazon.com' || host.endsWith('.amazon.com') || host === 'aws' || host.endsWith('.aws')) return true;
  return host === 'github.com' && /^\/(aws|awslabs|aws-samples|amazon-archives)\//.test(u.pathname);
}

// Notes are shown as plain text: Markdown would show as stray symbols.
const MARKDOWN = /\*\*|`|\]\(|^#|\n/;

export const ErratumSchema = v.strictObject({
  id: v.pipe(v.string(), v.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'id must be kebab-case (a-z, 0-9, single hyphens)')),
  chapter: v.pipe(v.string(), v.regex(/^\d\d-[a-z0-9-]+$/, 'chapter is a chapter file name without .md, e.g. 02-domain-1-development')),
  /** The section (heading id) the quote is in; derived by the build, checked when given. */
  anchor: v.optional(v.pipe(v.string(), v.regex(/^[a-z0-9-]+$/, 'anchor is a heading id'))),
  quote: v.pipe(
    v.string(),
    v.minLength(3, 'quote is too short to identify a statement'),
    v.check((s) => !/[\n\r]/.test(s), 'quote must be on one line'),
    v.check((s) => s === s.trim(), 'quote must not start or end with a space'),
  ),
  note: v.pipe(
    v.string(),
    v.trim(),
    v.minLength(20, 'note is too short'),
    v.maxLength(700, 'note is longer than 700 characters (1–3 sentences)'),
    v.check((s) => !MARKDOWN.test(s), 'note is plain text: no Markdown (**, backticks, links, headings) and no line breaks'),
  ),
  since: v.pipe(v.string(), v.regex(/^\d{4}(-(0[1-9]|1[0-2]))?$/, 'since is YYYY-MM or YYYY')),
  source: v.strictObject({
    title: Text,
    url: v.pipe(v.string(), v.url('source.url is not a URL'), v.check(isAwsSource, 'source.url must be an https AWS page (docs.aws.amazon.com, aws.amazon.com, …)')),
  }),
  checked: v.pipe(v.string(), v.isoDate('checked is a date, YYYY-MM-DD')),
  /**
   * The second, independent reader's verdict: they checked the claim and its source themselves. A writer's
   * candidate file has none yet (scripts/check-errata.mjs); the build requires it (loadErrata).
   */
  review: v.optional(v.strictObject({
    verdict: v.picklist(['confirmed', 'corrected'], 'review.verdict is "confirmed" or "corrected" (a rejected note is not shipped)'),
    reason: Text,
    sourceChecked: v.optional(v.nullable(v.strictObject({ title: Text, url: v.pipe(v.string(), v.url()) }))),
  })),
});

export type Erratum = v.InferOutput<typeof ErratumSchema>;

/** A note as the build places it: its section and where it sits. */
export interface PlacedErratum extends Erratum {
  anchor: string;
  /** The heading text of that section. */
  heading: string;
}

/** Element id of a note in its chapter (and its search hit's anchor). */
export const erratumElementId = (id: string): string => `erratum-${id}`;

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2019-09" → "September 2019"; "2019" stays. */
export function formatSince(since: string): string {
  const [y, m] = since.split('-');
  return m ? `${MONTHS[Number(m) - 1]} ${y}` : y!;
}

/** "2026-12-03" → "3 December 2026". */
export function formatDay(day: string): string {
  const [y, m, d] = day.split('-');
  return `${Number(d)} ${MONTHS[Number(m) - 1]} ${y}`;
}
