// Shared, pure data and helpers for the study-guide seed import.
// Used by scripts/import-seed.mjs and by the fidelity tests in tests/unit/content/.
//
// The seed (a plain-text flattening of the original ten Markdown files and 25
// Mermaid diagrams) and its hand-checked companions live in ./seed/ — an
// exact copy of the inputs the import was made from (md5 checked on load).

import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

export const SEED_DIR = fileURLToPath(new URL('./seed/', import.meta.url));
export const SEED_FILE = '000_4f6ee2dcf4b4d4b9.txt';
export const SEED_MD5 = '50c1c9a434b7269b8ec8abdf69e1fd1e';

/**
 * The ten original files, in order. `start`/`end` are 1-based seed lines
 * (first/last non-blank line). 00 starts at the cover lines 3 and 5, which are
 * kept as front matter of the overview (only the stray `CC` on line 1 is dropped).
 */
export const CHAPTERS = [
  { key: '00_overview', file: '00-overview.md', start: 3, titleLine: 7, end: 442 },
  { key: '01_fundamentals', file: '01-fundamentals.md', start: 445, titleLine: 445, end: 1503 },
  { key: '02_domain_1_development', file: '02-domain-1-development.md', start: 1506, titleLine: 1506, end: 2424 },
  { key: '03_domain_2_security', file: '03-domain-2-security.md', start: 2427, titleLine: 2427, end: 3967 },
  { key: '04_domain_3_deployment', file: '04-domain-3-deployment.md', start: 3970, titleLine: 3970, end: 5064 },
  { key: '05_domain_4_troubleshooting', file: '05-domain-4-troubleshooting.md', start: 5067, titleLine: 5067, end: 5578 },
  { key: '06_integration', file: '06-integration.md', start: 5581, titleLine: 5581, end: 5874 },
  { key: '07_study_strategies', file: '07-study-strategies.md', start: 5877, titleLine: 5877, end: 6278 },
  { key: '08_final_checklist', file: '08-final-checklist.md', start: 6281, titleLine: 6281, end: 6756 },
  { key: '99_appendices', file: '99-appendices.md', start: 6759, titleLine: 6759, end: 7148 },
];

/** Seed lines dropped outright (not part of any chapter). */
export const DROPPED_LINES = [
  { line: 1, text: 'CC', why: 'Stray first line of the seed; belongs to no original file.' },
];

/**
 * Minimal fixes to the six diagrams that do not parse in Mermaid (errors in
 * their own source, not flattening damage). Each patch applies to one seed
 * line: `from` must occur in that line exactly once and is replaced by `to`;
 * `to: null` deletes the whole line. Nothing else in a .mmd file differs from
 * its seed block.
 */
const DOTTED_LABEL_WHY =
  'Mermaid lexes a dotted-link label that starts with a number ("-.4. Text.->") as an error; the same label is written in pipe form "-.->|4. Text|".';
export const DIAGRAM_PATCHES = [
  { diagram: '01_fundamentals_edge_locations', line: 825, from: 'ORIGIN -.4. Content.-> REC1', to: 'ORIGIN -.->|4. Content| REC1', why: DOTTED_LABEL_WHY },
  { diagram: '01_fundamentals_edge_locations', line: 826, from: 'ORIGIN -.4. Content.-> REC2', to: 'ORIGIN -.->|4. Content| REC2', why: DOTTED_LABEL_WHY },
  { diagram: '01_fundamentals_edge_locations', line: 827, from: 'ORIGIN -.4. Content.-> REC3', to: 'ORIGIN -.->|4. Content| REC3', why: DOTTED_LABEL_WHY },
  { diagram: '01_fundamentals_edge_locations', line: 829, from: 'REC1 -.5. Content.-> EDGE1', to: 'REC1 -.->|5. Content| EDGE1', why: DOTTED_LABEL_WHY },
  { diagram: '01_fundamentals_edge_locations', line: 830, from: 'REC2 -.5. Content.-> EDGE2', to: 'REC2 -.->|5. Content| EDGE2', why: DOTTED_LABEL_WHY },
  { diagram: '01_fundamentals_edge_locations', line: 831, from: 'REC3 -.5. Content.-> EDGE3', to: 'REC3 -.->|5. Content| EDGE3', why: DOTTED_LABEL_WHY },
  { diagram: '01_fundamentals_edge_locations', line: 833, from: 'EDGE1 -.6. Content.-> USER1', to: 'EDGE1 -.->|6. Content| USER1', why: DOTTED_LABEL_WHY },
  { diagram: '01_fundamentals_edge_locations', line: 834, from: 'EDGE2 -.6. Content.-> USER2', to: 'EDGE2 -.->|6. Content| USER2', why: DOTTED_LABEL_WHY },
  { diagram: '01_fundamentals_edge_locations', line: 835, from: 'EDGE3 -.6. Content.-> USER3', to: 'EDGE3 -.->|6. Content| USER3', why: DOTTED_LABEL_WHY },
  {
    diagram: '02_domain_1_lambda_configuration',
    line: 1817,
    from: 'VPC[VPC Config (optional)<br/>Access private resources]',
    to: 'VPC["VPC Config (optional)<br/>Access private resources"]',
    why: 'Unquoted parentheses inside a [...] node label are a parse error; the label is quoted.',
  },
  { diagram: '03_domain_2_kms_envelope_encryption', line: 3177, from: 'App -.8. Delete Plaintext DEK.-> DEK', to: 'App -.->|8. Delete Plaintext DEK| DEK', why: DOTTED_LABEL_WHY },
  { diagram: '03_domain_2_secrets_manager_rotation', line: 3504, from: 'RotationConfig -.4. Trigger Every 30 Days.-> RotationLambda', to: 'RotationConfig -.->|4. Trigger Every 30 Days| RotationLambda', why: DOTTED_LABEL_WHY },
  { diagram: '03_domain_2_secrets_manager_rotation', line: 3509, from: 'Secret -.9. Mark as Current Version.-> Secret', to: 'Secret -.->|9. Mark as Current Version| Secret', why: DOTTED_LABEL_WHY },
  {
    diagram: '05_domain_4_cloudwatch_logs_architecture',
    line: 5124,
    from: 'LS1[Stream: 2024/01/15/[$LATEST]abc123]',
    to: 'LS1["Stream: 2024/01/15/[$LATEST]abc123"]',
    why: 'Nested square brackets inside a [...] node label are a parse error; the label is quoted.',
  },
  {
    diagram: '05_domain_4_cloudwatch_logs_architecture',
    line: 5125,
    from: 'LS2[Stream: 2024/01/15/[$LATEST]def456]',
    to: 'LS2["Stream: 2024/01/15/[$LATEST]def456"]',
    why: 'Nested square brackets inside a [...] node label are a parse error; the label is quoted.',
  },
  ...[
    ['APIGateway', '#fff3e0', 5392],
    ['Lambda', '#f3e5f5', 5393],
    ['DynamoDB', '#e8f5e9', 5394],
    ['S3', '#e8f5e9', 5395],
    ['XRay', '#e1f5fe', 5396],
  ].map(([node, color, line]) => ({
    diagram: '05_domain_4_xray_distributed_tracing',
    line: /** @type {number} */ (line),
    from: `    style ${node} fill:${color}`,
    to: null,
    why: 'The style statements are not valid in a sequenceDiagram (parse error); the line is deleted. Only colouring is lost.',
  })),
];

/**
 * Seed text that does not appear word-for-word in the rendered chapters.
 * Each entry applies to the listed seed lines: every match of `from` (a RegExp
 * with the g flag) is replaced by `to` before the word-by-word comparison.
 * `kind` is 'removal' (words dropped) or 'renumber' (a list restarts at its
 * original number). Nothing else may differ.
 */
export const REMOVALS = [
  {
    kind: 'removal',
    lines: [174, 181],
    from: /: _____ hours studied \| Chapters completed: _____$/g,
    to: '',
    why: 'Weekly Progress Log: the eight "Week N: _____ hours studied | Chapters completed: _____" form lines are rebuilt as a table with columns Week | Hours studied | Chapters completed and empty cells to fill in. The words "hours studied" and "Chapters completed" now appear once, in the table header; the underscores, the "|" separators and the colon after "Week N" are gone.',
  },
  {
    kind: 'removal',
    lines: [6457, 6506],
    from: /_{3,}/g,
    to: '',
    why: 'Practice Test Marathon fill-in blanks ("Score: ____%", "(score: ___%)", "Identified weak domains: ________________"): each run of underscores becomes an empty fill-in field (an empty inline code span), so the underscores themselves are not rendered.',
  },
  {
    kind: 'renumber',
    lines: [3354, 3354],
    from: /^ {2}1\. /g,
    to: '  3. ',
    why: 'Cross-account KMS steps: the step after the interrupting code block was step 3; the flattening renumbered it 1. Restored as an ordered list starting at 3.',
  },
  {
    kind: 'renumber',
    lines: [3548, 3548],
    from: /^ {2}1\. /g,
    to: '  3. ',
    why: 'Secrets Manager setup steps: "Enable automatic rotation" was step 3 (after step 2 and its code block); the flattening renumbered it 1. Restored as start 3.',
  },
  {
    kind: 'renumber',
    lines: [3679, 3679],
    from: /^ {2}1\. /g,
    to: '  4. ',
    why: 'Cross-account secret access steps: "Application in Account B retrieves the secret" was step 4 (after step 3 and its code block); renumbered 1 by the flattening. Restored as start 4.',
  },
];

/** Ordered-list start numbers restored by the converter (seed line → number). */
export const ORDERED_START_OVERRIDES = new Map([
  [3343, 2], // column-0 "2. Create an IAM policy…" glued to "In Account B (Key User):": a list item that lost its indent
  [3354, 3],
  [3548, 3],
  [3672, 3], // column-0 "3. Create an IAM policy for users/roles…"
  [3679, 4],
]);

/** Fence languages for the code_blocks.json `lang` values. */
export const LANG_MAP = {
  bash: 'bash',
  'bash (with embedded JSON in single quotes)': 'bash',
  'cloudwatch-logs-insights': 'logs-insights',
  dockerfile: 'dockerfile',
  json: 'json',
  python: 'python',
  'text (directory tree)': 'text',
  'text (requirements.txt / pip)': 'text',
  'vtl (JSON-shaped mapping template)': 'velocity',
  yaml: 'yaml',
};

// ---------------------------------------------------------------------------
// Loading

/** @type {any} */
let cache = null;

export function loadSeed() {
  if (cache) return cache;
  const raw = readFileSync(path.join(SEED_DIR, SEED_FILE), 'utf8');
  const md5 = createHash('md5').update(raw, 'utf8').digest('hex');
  if (md5 !== SEED_MD5) throw new Error(`seed md5 mismatch: ${md5}`);
  const lines = raw.split('\n'); // lines[i - 1] is seed line i
  const json = (/** @type {string} */ name) => JSON.parse(readFileSync(path.join(SEED_DIR, name), 'utf8'));
  const outline = readFileSync(path.join(SEED_DIR, 'heading_outline.tsv'), 'utf8')
    .split('\n')
    .slice(1)
    .filter((l) => l.trim() !== '')
    .map((l) => {
      const [line, file, level, text, rule] = l.split('\t');
      return { line: Number(line), file: String(file), level: String(level), text: String(text), rule: String(rule) };
    });
  cache = {
    raw,
    lines,
    line: (/** @type {number} */ n) => lines[n - 1] ?? '',
    outline,
    codeBlocks: json('code_blocks.json'),
    diagrams: json('diagrams.json'),
    tables: json('tables_golden.json'),
    trackers: json('trackers.json'),
  };
  return cache;
}

/** Diagram name (the `See: diagrams/NAME.mmd` file without extension). */
export function diagramName(/** @type {{file: string}} */ d) {
  return d.file.replace(/^diagrams\//, '').replace(/\.mmd$/, '');
}

/** The .mmd text for a diagram: seed block with DIAGRAM_PATCHES applied, LF-terminated. */
export function patchedDiagram(/** @type {any} */ d) {
  const seed = loadSeed();
  const name = diagramName(d);
  const out = [];
  for (let n = d.start; n <= d.end; n++) {
    let text = seed.line(n);
    for (const p of DIAGRAM_PATCHES) {
      if (p.diagram !== name || p.line !== n) continue;
      if (text.split(p.from).length !== 2) throw new Error(`patch ${name}:${n} does not match exactly once`);
      text = p.to === null ? null : text.replace(p.from, p.to);
      break;
    }
    if (text !== null) out.push(text);
  }
  return out.join('\n') + '\n';
}

/**
 * Heading levels. Outline levels 1–4 are used as given; a "Detailed Example"
 * title (level EX) becomes a heading one level below the nearest preceding
 * non-example heading (so H4 under an H3 topic, H5 under an H4 topic).
 * Returns Map(seed line → {level, text, file}).
 */
export function headingLevels() {
  const seed = loadSeed();
  /** @type {Map<number, {level: number, text: string, file: string}>} */
  const map = new Map();
  let parent = 1;
  for (const h of seed.outline) {
    let level;
    if (h.level === 'EX') level = Math.min(parent + 1, 6);
    else {
      level = Number(h.level);
      parent = level;
    }
    map.set(h.line, { level, text: h.text, file: h.file });
  }
  return map;
}

/** Seed lines of checklist items that become GFM task-list items `- [ ]`. */
export function taskItemLines() {
  const t = loadSeed().trackers;
  /** @type {Set<number>} */
  const set = new Set();
  const addItems = (/** @type {any} */ tracker, /** @type {boolean} */ childrenOnly) => {
    for (const g of tracker.groups) {
      for (const it of g.items) {
        if (!childrenOnly) set.add(it.line);
        for (const c of it.children ?? []) set.add(c.line);
      }
    }
  };
  for (const ch of Object.values(t.self_assessment)) addItems(ch, false); // 47
  addItems(t.chapter_completion_checklist, true); // 24 children; the 7 parents are group titles
  addItems(t.knowledge_audit_08, false); // 88 "I …" audit items ("If you checked fewer than 80%…")
  addItems(t.practice_test_marathon_08, false); // 28 items of the 7-day marathon
  // 08 Day Before Exam: the Final Review slots (not the ❌ "Don't" list), Mental
  // Preparation and Exam Day Materials are things to tick off.
  for (const g of t.day_before_exam_08.groups) {
    if (g.title.startsWith("Don't")) continue;
    for (const it of g.items) set.add(it.line);
  }
  return set;
}

/** Seed line → REMOVALS-adjusted text (what must appear in the rendered chapters). */
export function expectedSeedLine(/** @type {number} */ n) {
  let text = loadSeed().line(n);
  for (const r of REMOVALS) {
    if (n < r.lines[0] || n > r.lines[1]) continue;
    text = text.replace(r.from, r.to);
  }
  return text;
}
