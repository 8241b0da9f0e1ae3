// The phone parses no Markdown and runs no Mermaid: neither library ships.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST } from './support/global-setup';

describe('the built app', () => {
  it('ships neither marked nor mermaid', () => {
    const js = readdirSync(join(DIST, 'assets')).filter((f) => f.endsWith('.js'));
    const offenders = js.filter((f) => /mermaidAPI|\bparseInline\b|new Lexer\(/.test(readFileSync(join(DIST, 'assets', f), 'utf8')));
    expect(offenders).toEqual([]);
  });
});
