// Checks candidate notes files (the writers' JSON arrays) against the guide
// exactly as the build will: each note is validated, then compiled into its
// chapter on its own, so every problem is reported, not just the first.
// Run by scripts/check-errata.mjs.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ContentError } from './content-error.ts';
import { loadErrata, parseErrata, squash, type ErratumInput, type ErratumProblem } from './errata.ts';
import { compileSource, readGuideSources } from './vite-plugin-content.ts';

export interface ErrataReport {
  /** Valid notes read from the files. */
  notes: number;
  /** Notes that would be placed in the guide as they are. */
  placed: number;
  problems: ErratumProblem[];
}

const fromContentError = (n: ErratumInput, e: ContentError): ErratumProblem => ({
  file: n.file,
  line: n.line,
  id: n.id,
  message: e.message.replace(/^.*?:\d+: (note \S+: )?/, ''),
});

export function checkErrataFiles(root: string, files: readonly { file: string; text: string }[]): ErrataReport {
  const src = readGuideSources(root);
  const problems: ErratumProblem[] = [];
  const notes: ErratumInput[] = [];
  for (const { file, text } of files) {
    const parsed = parseErrata(file, text);
    problems.push(...parsed.problems);
    notes.push(...parsed.notes);
  }
  // Across files: one id per note, one note per dated statement. A note already
  // merged into content/errata.json unchanged is not a clash.
  let merged: ErratumInput[] = [];
  try {
    merged = loadErrata(root);
  } catch {
    merged = []; // content/errata.json itself is broken: the build reports that
  }
  const byId = new Map<string, ErratumInput>();
  const byQuote = new Map<string, ErratumInput>();
  const same = (a: ErratumInput, b: ErratumInput): boolean => a.chapter === b.chapter && squash(a.quote) === squash(b.quote);
  const ok: ErratumInput[] = [];
  for (const n of notes) {
    const fail = (message: string): void => void problems.push({ file: n.file, line: n.line, id: n.id, message });
    const twin = byId.get(n.id);
    const mergedTwin = merged.find((m) => m.id === n.id);
    const quoteTwin = byQuote.get(`${n.chapter}\n${squash(n.quote)}`);
    if (twin) fail(`id also used in ${twin.file}:${twin.line}`);
    else if (mergedTwin && !same(mergedTwin, n)) fail(`id already used in content/errata.json by a note on another statement`);
    else if (quoteTwin) fail(`the same quote is annotated by note ${quoteTwin.id} (${quoteTwin.file}:${quoteTwin.line})`);
    else ok.push(n);
    byId.set(n.id, twin ?? n);
    byQuote.set(`${n.chapter}\n${squash(n.quote)}`, quoteTwin ?? n);
  }
  let placed = 0;
  for (const n of ok) {
    const chapter = src.chapters.find((c) => c.id === n.chapter);
    if (!chapter) {
      problems.push({ file: n.file, line: n.line, id: n.id, message: `chapter "${n.chapter}" does not exist (content/chapters/${n.chapter}.md)` });
      continue;
    }
    try {
      compileSource(src, chapter, [n]);
      placed++;
    } catch (e) {
      if (!(e instanceof ContentError)) throw e;
      const problem = fromContentError(n, e);
      if (problem.message.startsWith('quote not found')) {
        const elsewhere = src.chapters.filter((c) => c.id !== n.chapter && c.markdown.includes(n.quote)).map((c) => c.file);
        if (elsewhere.length) problem.message += ` (these words are in ${elsewhere.join(', ')})`;
      }
      problems.push(problem);
    }
  }
  return { notes: notes.length, placed, problems };
}

/** Words with which an explanation says a guide statement is out of date. */
const DATED = /\b(dated|out of date|no longer|misorders|does not hold|inaccurate|wrongly|only the default|has since)\b/i;

/**
 * Built-in questions whose explanation or takeaway talks about a guide
 * statement being out of date but links no note (`errata`): candidates for a
 * link once the note exists. A hint for whoever merges notes, not a failure.
 */
export function questionsWithoutNoteLinks(root: string): { file: string; id: string; text: string }[] {
  const dir = join(root, 'content/questions');
  const out: { file: string; id: string; text: string }[] = [];
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.json')).sort()) {
    const data = JSON.parse(readFileSync(join(dir, f), 'utf8')) as { questions?: { id: string; explanations: Record<string, string>; takeaway: string; errata?: string[] }[] };
    for (const q of data.questions ?? []) {
      if (q.errata?.length) continue;
      const sentences = [...Object.values(q.explanations), q.takeaway].flatMap((t) => t.split(/(?<=[.;])\s+/));
      const hit = sentences.find((s) => /\b(the (study )?guide|guide's)\b/i.test(s) && DATED.test(s));
      if (hit) out.push({ file: `content/questions/${f}`, id: q.id, text: hit.trim() });
    }
  }
  return out;
}
