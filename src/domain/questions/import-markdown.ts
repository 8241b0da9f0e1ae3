// The Markdown checkbox format of community question banks:
//
//   ### Which service …? (Choose TWO)
//   - [ ] a wrong option
//   - [x] a right option
//   Text after the options, if any, is kept as the explanation.
//
// Structure inside code fences is ignored; "Back to top" links, other
// headings and tables of contents between questions are skipped.
import { OPTION_IDS, type OptionId } from './schema';
import { MAX_NOTE_CHARS, MAX_OPTION_CHARS, MAX_STEM_CHARS, MAX_TITLE_CHARS, type DraftQuestion } from './own-pack';

export interface FoundQuestion {
  /** The line the problem is on, or the question's heading line. */
  line: number;
  result: DraftQuestion | string;
}

// The s flag: a U+2028 inside a line must not end it (only \r and \n split lines).
const QUESTION = /^\s{0,3}###\s+(.*?)\s*#*\s*$/s;
const HEADING = /^\s{0,3}#{1,2}\s+(.*?)\s*#*\s*$/s;
const OPTION = /^\s{0,3}[-*+]\s+\[([ xX])\]\s?(.*)$/s;
const FENCE = /^\s{0,3}(```|~~~)/;
const BACK_TO_TOP = /^\s*\**\s*\[[^\]]*(back to top|⬆)[^\]]*\]\(#[^)]*\)\s*\**\s*$/i;
const RULE = /^\s{0,3}([-*_])(\s*\1){2,}\s*$/;
const WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5 };
const CHOOSE = /\b(?:choose|select|pick)\s+(one|two|three|four|five|[1-5])\b/i;

interface Draft {
  line: number;
  stem: string[];
  options: { line: number; correct: boolean; text: string }[];
  after: string[];
  state: 'stem' | 'options' | 'after';
}

export function parseMarkdownQuestions(text: string): { title: string | null; questions: FoundQuestion[] } {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const questions: FoundQuestion[] = [];
  let title: string | null = null;
  let current: Draft | null = null;
  let inFence = false;
  const finish = (): void => {
    if (current) questions.push(finishQuestion(current));
    current = null;
  };
  lines.forEach((line, i) => {
    const n = i + 1;
    if (FENCE.test(line)) inFence = !inFence;
    else if (!inFence) {
      const q = QUESTION.exec(line);
      if (q) {
        finish();
        current = { line: n, stem: [q[1] ?? ''], options: [], after: [], state: 'stem' };
        return;
      }
      const h = HEADING.exec(line);
      if (h) {
        finish();
        if (title === null && questions.length === 0 && line.trimStart().startsWith('# ')) title = (h[1] ?? '').slice(0, MAX_TITLE_CHARS) || null;
        return;
      }
    }
    const draft = current as Draft | null;
    if (!draft) return;
    const option = inFence ? null : OPTION.exec(line);
    if (option) {
      draft.options.push({ line: n, correct: option[1] !== ' ', text: option[2] ?? '' });
      draft.state = 'options';
      return;
    }
    if (!inFence && (BACK_TO_TOP.test(line) || (draft.state !== 'stem' && RULE.test(line)))) return;
    if (draft.state === 'stem') draft.stem.push(line);
    else if (draft.state === 'options') {
      const last = draft.options.at(-1);
      if (line.trim() === '') return;
      if (last && /^\s{2,}\S/.test(line) && draft.after.length === 0) last.text += `\n${line.trim()}`;
      else {
        draft.state = 'after';
        draft.after.push(line);
      }
    } else draft.after.push(line);
  });
  finish();
  return { title, questions };
}

function finishQuestion(d: Draft): FoundQuestion {
  const fail = (result: string, line: number = d.line): FoundQuestion => ({ line, result });
  const stem = d.stem.join('\n').trim();
  if (!stem) return fail('the question has no text after "###"');
  if (stem.length > MAX_STEM_CHARS) return fail(`the question text is longer than ${MAX_STEM_CHARS} characters`);
  if (d.options.length === 0) return fail('no options found: write them as "- [ ] wrong option" and "- [x] right option"');
  if (d.options.length < 2) return fail('a question needs at least 2 options', d.options[0]!.line);
  if (d.options.length > OPTION_IDS.length) return fail(`this question has ${d.options.length} options; at most ${OPTION_IDS.length} are supported`, d.options[OPTION_IDS.length]!.line);
  for (const o of d.options) {
    if (!o.text.trim()) return fail('this option has no text', o.line);
    if (o.text.length > MAX_OPTION_CHARS) return fail(`this option is longer than ${MAX_OPTION_CHARS} characters`, o.line);
  }
  const options = d.options.map((o, i) => ({ id: OPTION_IDS[i]!, text: o.text.trim() }));
  const answer: OptionId[] = d.options.flatMap((o, i) => (o.correct ? [OPTION_IDS[i]!] : []));
  if (answer.length === 0) return fail('no option is marked correct: mark the right one(s) "- [x]"');
  const hint = CHOOSE.exec(stem)?.[1]?.toLowerCase();
  const wanted = hint ? (WORDS[hint] ?? Number(hint)) : null;
  if (wanted !== null && wanted !== answer.length) {
    return fail(`the question says "${CHOOSE.exec(stem)?.[0]}" but ${answer.length} option(s) are marked [x]`);
  }
  const takeaway = d.after.join('\n').trim();
  if (takeaway.length > MAX_NOTE_CHARS) return fail(`the text after the options is longer than ${MAX_NOTE_CHARS} characters`);
  return {
    line: d.line,
    result: {
      domain: null,
      task: null,
      tags: [],
      type: answer.length === 1 ? 'single' : 'multiple',
      choose: answer.length,
      stem,
      options,
      answer,
      explanations: {},
      takeaway,
      guide: null,
    },
  };
}
