// Writes a generated test corpus, or checks that the committed one is what the
// generator writes (--check). Each corpus is a folder of files plus
// EXPECTED.json (file name → expected outcome), always in name order.
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** A corpus under construction: add(name, text or bytes, expected outcome). */
export function createCorpus() {
  const files = new Map();
  return {
    files,
    add(name, content, expected) {
      if (files.has(name)) throw new Error(`duplicate corpus file ${name}`);
      files.set(name, { bytes: typeof content === 'string' ? Buffer.from(content, 'utf8') : Buffer.from(content), expected });
    },
  };
}

/** Writes (or with --check verifies) `files` into `dir`; `label` and `command` go into messages. */
export function writeOrCheckCorpus({ dir, files, label, command, root }) {
  const check = process.argv.includes('--check');
  const sorted = [...files].sort(([a], [b]) => (a < b ? -1 : 1));
  const wanted = new Map(sorted.map(([name, f]) => [name, f.bytes]));
  const manifest = Object.fromEntries(sorted.map(([name, f]) => [name, f.expected]));
  wanted.set('EXPECTED.json', Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`, 'utf8'));
  const problems = [];
  for (const [name, bytes] of wanted) {
    const file = path.join(dir, name);
    if (existsSync(file) && readFileSync(file).equals(bytes)) continue;
    if (check) problems.push(`${existsSync(file) ? 'differs' : 'missing'}: ${name}`);
    else {
      mkdirSync(dir, { recursive: true });
      writeFileSync(file, bytes);
    }
  }
  for (const name of existsSync(dir) ? readdirSync(dir) : []) {
    if (wanted.has(name)) continue;
    if (check) problems.push(`not generated: ${name}`);
    else rmSync(path.join(dir, name));
  }
  if (problems.length) {
    console.error(`The ${label} is out of date (run ${command}):\n${problems.join('\n')}`);
    process.exit(1);
  }
  const total = [...wanted.values()].reduce((sum, b) => sum + b.length, 0);
  console.log(`${label}: ${wanted.size - 1} files, ${(total / 1024).toFixed(0)} KiB in ${path.relative(root, dir)}${check ? ', up to date' : ''}`);
}
