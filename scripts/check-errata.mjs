// Checks candidate "Updated" notes files before they are merged into
// content/errata.json: every note that would not resolve (invalid field,
// quote not found or found twice, anchor mismatch, unknown chapter, duplicate
// id or quote), with its file, line and id.
//
//   node scripts/check-errata.mjs FILE.json [FILE.json …]   (default: content/errata.json)
//   node scripts/check-errata.mjs --questions                 lists questions whose explanation calls a
//                                                              guide statement dated but links no note
//
// Exit code 1 when any note does not resolve. The build applies the same
// checks to content/errata.json (scripts/content/errata.ts).
import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const args = process.argv.slice(2).filter((a) => a !== '--questions');
const listQuestions = process.argv.includes('--questions');
const paths = args.length ? args : [resolve(root, 'content/errata.json')];

const { module } = await runnerImport(resolve(root, 'scripts/content/errata-check.ts'), { configFile: false, root, logLevel: 'error' });
const files = paths.map((p) => {
  const abs = resolve(p);
  const rel = relative(root, abs);
  return { file: rel.startsWith('..') ? abs : rel, text: readFileSync(abs, 'utf8') };
});
if (listQuestions) {
  const list = module.questionsWithoutNoteLinks(root);
  for (const q of list) console.log(`${q.file}: ${q.id}: ${q.text}`);
  console.log(`${list.length} questions mention a dated guide statement without an "errata" link`);
  if (!args.length) process.exit(0);
}
const report = module.checkErrataFiles(root, files);
for (const p of report.problems) console.log(`${p.file}:${p.line}: note ${p.id}: ${p.message}`);
console.log(`${report.notes} notes read, ${report.placed} resolve, ${report.problems.length} problems`);
process.exit(report.problems.length ? 1 : 0);
