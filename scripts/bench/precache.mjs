// What a build puts in the service worker's precache (the whole offline
// install): its files and size, whether each question is in it exactly once,
// and what the install screenshots add.
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export const gz = (file) => gzipSync(readFileSync(file), { level: 9 }).length;

export function precache(dist) {
  const sw = readFileSync(join(dist, 'sw.js'), 'utf8');
  const files = [...sw.matchAll(/"?url"?\s*:\s*"([^"]+)"/g)].map((m) => m[1]);
  const sizes = files.map((f) => ({ file: f, bytes: statSync(join(dist, f)).size, gzipBytes: gz(join(dist, f)) }));
  return {
    files,
    bytes: sizes.reduce((s, f) => s + f.bytes, 0),
    gzipBytes: sizes.reduce((s, f) => s + f.gzipBytes, 0),
    screenshotsGzipBytes: sizes.filter((f) => f.file.startsWith('screenshots/')).reduce((s, f) => s + f.gzipBytes, 0),
  };
}

/**
 * A run of a question's stem to find it by: the longest run of letters, digits
 * and spaces (text no bundler escapes) that no other question's stem contains.
 */
export function fingerprint(stem, otherStems) {
  const runs = (stem.match(/[A-Za-z0-9 ]+/g) ?? []).sort((a, b) => b.length - a.length);
  return runs.find((r) => r.length >= 20 && !otherStems.some((o) => o.includes(r)));
}

/** Questions whose stem is in no precached file, or in more than one: `[{ id, copies }]`. */
export function notOnce(dist, files, questions) {
  const texts = files.filter((f) => /\.(js|json|html)$/.test(f)).map((f) => readFileSync(join(dist, f), 'utf8'));
  const live = questions.filter((q) => !q.retired);
  return live
    .map((q) => {
      const mark = fingerprint(q.stem, live.filter((o) => o !== q).map((o) => o.stem));
      if (!mark) throw new Error(`question ${q.id}: no run of its stem is its own (20 plain characters no other stem has)`);
      return { id: q.id, copies: texts.filter((t) => t.includes(mark)).length };
    })
    .filter((q) => q.copies !== 1);
}
