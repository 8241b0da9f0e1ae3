#!/usr/bin/env node
// Import the flattened study-guide seed into content/.
//
//   node scripts/import-seed.mjs          write content/chapters/*.md, content/diagrams/*.mmd, content/IMPORT-NOTES.md
//   node scripts/import-seed.mjs --check  exit 1 if content/ differs from what would be written
//
// Deterministic: the output depends only on scripts/lib/seed/ (an md5-checked
// copy of the seed and its companions) and the rules in scripts/lib/.
// After the import, content/ is the source of truth; this script stays so the
// import can be reproduced and checked.

import { mkdirSync, readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { convertAll } from './lib/convert.mjs';
import { importNotes } from './lib/import-notes.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CONTENT = path.join(ROOT, 'content');

export { DIAGRAM_PATCHES, REMOVALS } from './lib/seed-data.mjs';

function expected() {
  const files = convertAll();
  files['IMPORT-NOTES.md'] = importNotes();
  return files;
}

function main() {
  const check = process.argv.includes('--check');
  const files = expected();
  const problems = [];
  for (const [rel, text] of Object.entries(files)) {
    const abs = path.join(CONTENT, rel);
    const current = existsSync(abs) ? readFileSync(abs, 'utf8') : null;
    if (current === text) continue;
    if (check) problems.push(`${current === null ? 'missing' : 'differs'}: content/${rel}`);
    else {
      mkdirSync(path.dirname(abs), { recursive: true });
      writeFileSync(abs, text);
    }
  }
  // Files the import owns but would not write (stale leftovers).
  // Only the import's own file types are checked (other tools may put e.g. rendered .svg files beside the .mmd).
  for (const [dir, ext] of [['chapters', '.md'], ['diagrams', '.mmd']]) {
    const abs = path.join(CONTENT, dir);
    if (!existsSync(abs)) continue;
    for (const name of readdirSync(abs).sort()) {
      if (name.endsWith(ext) && !(`${dir}/${name}` in files)) problems.push(`unexpected: content/${dir}/${name}`);
    }
  }
  if (problems.length) {
    for (const p of problems) console.error(p);
    if (check) {
      console.error(`content/ is out of date with the seed import (${problems.length} problem(s)); run node scripts/import-seed.mjs`);
      process.exit(1);
    }
    console.error('warning: files above are not produced by the import; remove them by hand if they are stale');
  }
  if (check) console.log(`content/ matches the seed import (${Object.keys(files).length} files)`);
  else console.log(`wrote ${Object.keys(files).length} files under content/`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
