// content/ERRATA.md: the number of "Updated" notes per chapter and what each
// annotates, generated from the compiled guide. tests/unit/errata.test.ts
// fails when the committed file differs (UPDATE_ERRATA=1 rewrites it), so it
// cannot drift from content/errata.json.
import type { PlacedErratum } from './errata-schema.ts';
import { formatSince } from './errata-schema.ts';

export const ERRATA_SUMMARY_FILE = 'content/ERRATA.md';

export function errataSummary(chapters: readonly { id: string; title: string; errata: readonly PlacedErratum[] }[]): string {
  const total = chapters.reduce((n, c) => n + c.errata.length, 0);
  const lines = [
    '# Guide errata: "Updated" notes per chapter',
    '',
    'Generated from `content/errata.json` by `UPDATE_ERRATA=1 npx vitest run tests/unit/errata.test.ts`; `npm test` fails',
    'when this file is out of date. Do not edit it by hand. Check a candidate notes file with',
    '`node scripts/check-errata.mjs FILE.json`.',
    '',
    '| Chapter | File | Notes |',
    '| --- | --- | ---: |',
    ...chapters.map((c) => `| ${c.title} | ${c.id}.md | ${c.errata.length} |`),
    `| **Total** | | **${total}** |`,
  ];
  for (const c of chapters) {
    if (!c.errata.length) continue;
    lines.push('', `## ${c.id}`, '');
    for (const n of c.errata) lines.push(`- \`${n.id}\` (#${n.anchor}, since ${formatSince(n.since)}): “${n.quote}”`);
  }
  return `${lines.join('\n')}\n`;
}
