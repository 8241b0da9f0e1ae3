// A stand-in question bank for npm run bench (issue 13): the offline install's
// size measured with a bank larger than today's, so the margin under the budget
// is visible before more questions are written. Generated, seeded, never shipped
// (it lives in a temporary folder; the build reads it through DVA_CONTENT_ROOT).
//
// Each stand-in question keeps a real question's structure (ids, domain, task,
// tags, options, answer, guide link) and replaces every text with a seeded walk
// along the real bank's word pairs, its length (in characters) drawn from the
// real lengths of that same field. Such text repeats the bank's phrases about
// as prose does, so gzip sizes it about as it sizes the real bank (within a few
// percent; see the bench's two figures side by side).
import { mkdtempSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Deterministic 32-bit PRNG (mulberry32). */
export function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = (random, xs) => xs[Math.floor(random() * xs.length)];

export function readBank(root) {
  const dir = join(root, 'content/questions');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((file) => ({ file, questions: JSON.parse(readFileSync(join(dir, file), 'utf8')).questions }));
}

/**
 * Word pairs of the real texts: each word → every word that follows it (by
 * frequency). Text walked from it reads like the bank to gzip (its phrases
 * repeat as the bank's do) but says nothing.
 */
function chain(texts) {
  const next = new Map();
  const starts = [];
  for (const text of texts) {
    const ws = text.split(/\s+/).filter(Boolean);
    if (ws.length) starts.push(ws[0]);
    for (let i = 0; i + 1 < ws.length; i++) {
      if (!next.has(ws[i])) next.set(ws[i], []);
      next.get(ws[i]).push(ws[i + 1]);
    }
  }
  return { next, starts };
}

/** Text of `length` characters or a little more, walked along the chain. */
function walk(random, { next, starts }, length) {
  const out = [];
  let n = 0;
  let w = pick(random, starts);
  while (n < length) {
    out.push(w);
    n += w.length + 1;
    const followers = next.get(w);
    w = followers ? pick(random, followers) : pick(random, starts);
  }
  return out.join(' ');
}

/**
 * The stand-in bank: `scale` × the real bank's size. Questions past the real
 * count go in an extra pack of their own (ids sx-001…), cloned from real ones.
 */
export function standInBank(realFiles, { seed = 13, scale = 1.25 } = {}) {
  const random = rng(seed);
  const real = realFiles.flatMap((f) => f.questions);
  const words = chain(real.flatMap((q) => [q.stem, ...q.options.map((o) => o.text), ...Object.values(q.explanations), q.takeaway]));
  const lengths = {
    stem: real.map((q) => q.stem.length),
    option: real.flatMap((q) => q.options.map((o) => o.text.length)),
    explanation: real.flatMap((q) => Object.values(q.explanations).map((e) => e.length)),
    takeaway: real.map((q) => q.takeaway.length),
  };
  const text = (field) => walk(random, words, pick(random, lengths[field]));
  const standIn = (q, id) => {
    const choose = q.type === 'single' ? '' : ` (Choose ${q.answer.length === 2 ? 'TWO' : 'THREE'}.)`;
    const { review: _review, ...rest } = q;
    return {
      ...rest,
      id,
      stem: `${text('stem')}${choose}`,
      options: q.options.map((o) => ({ id: o.id, text: text('option') })),
      explanations: Object.fromEntries(q.options.map((o) => [o.id, text('explanation')])),
      takeaway: text('takeaway'),
      // The stand-in carries no authoring record: the build strips it anyway.
      review: { reviewer: 'stand-in', date: '2026-01-01', blindAnswer: q.answer, verdict: 'approved', notes: 'generated stand-in' },
    };
  };
  const files = realFiles.map((f) => ({ file: f.file, questions: f.questions.map((q) => standIn(q, q.id)) }));
  const extra = Math.round(real.length * scale) - real.length;
  const extraQuestions = Array.from({ length: extra }, (_, i) => {
    const q = standIn(pick(random, real), `sx-${String(i + 1).padStart(3, '0')}`);
    delete q.errata; // a note links to a real question's words; a stand-in has none
    return q;
  });
  if (extra > 0) files.push({ file: 'stand-in-extra.json', questions: extraQuestions });
  return { files, count: real.length + extra, extra };
}

/**
 * A temporary content root: the real guide (linked), the stand-in bank and a
 * packs.json with one more pack for the extra questions. Returns its path.
 */
export function writeStandInRoot(root, options) {
  const bank = standInBank(readBank(root), options);
  const dir = mkdtempSync(join(tmpdir(), 'dva-stand-in-'));
  mkdirSync(join(dir, 'content/questions'), { recursive: true });
  for (const entry of readdirSync(join(root, 'content'))) {
    if (entry === 'questions' || entry === 'packs.json') continue;
    symlinkSync(join(root, 'content', entry), join(dir, 'content', entry));
  }
  for (const f of bank.files) writeFileSync(join(dir, 'content/questions', f.file), `${JSON.stringify({ questions: f.questions }, null, 2)}\n`);
  const packs = JSON.parse(readFileSync(join(root, 'content/packs.json'), 'utf8'));
  if (bank.extra > 0) {
    packs.packs.push({ id: 'stand-in-extra', title: 'Stand-in extra', kind: 'domain', focus: 'generated', ids: { prefix: 'sx-', from: 1, to: bank.extra, digits: 3 }, targetPercent: 70, minutesPerQuestion: 2 });
  }
  writeFileSync(join(dir, 'content/packs.json'), `${JSON.stringify(packs, null, 2)}\n`);
  return { dir, count: bank.count, questions: bank.files.flatMap((f) => f.questions) };
}
