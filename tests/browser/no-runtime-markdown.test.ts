// The guide is compiled at build time: the phone runs no Mermaid, and parses
// Markdown only for the user's imported question packs, in one lazy chunk
// that always sanitises (safe-markdown). Nothing else may pull marked in.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST } from './support/global-setup';

const js = () => readdirSync(join(DIST, 'assets')).filter((f) => f.endsWith('.js'));
const read = (f: string) => readFileSync(join(DIST, 'assets', f), 'utf8');

describe('the built app', () => {
  it('ships no mermaid', () => {
    expect(js().filter((f) => /mermaidAPI/.test(read(f)))).toEqual([]);
  });

  it('ships marked only in the lazy, sanitising chunk for imported packs', () => {
    const withMarked = js().filter((f) => /\bparseInline\b|new Lexer\(/.test(read(f)));
    expect(withMarked).toHaveLength(1);
    expect(withMarked[0]).toMatch(/^safe-markdown-/);
    expect(read(withMarked[0]!)).toMatch(/sanitize/);
    const html = readFileSync(join(DIST, 'index.html'), 'utf8');
    expect(html).not.toContain(withMarked[0]); // not on the first route
  });
});
