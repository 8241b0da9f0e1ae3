// The layers' import rules (issue 13): the app never imports the build scripts
// (the content contract lives in src/), and the pure domain imports neither
// src/lib, the screens, nor Preact. Every import specifier in src/ is read:
// static, type-only, `export … from`, dynamic import() and those inside
// `declare module` blocks.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');

/** Every module specifier a TypeScript source names. */
export function specifiers(source: string): string[] {
  const code = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
  const found: string[] = [];
  for (const m of code.matchAll(/\b(?:import|export)\s[^'"`;]*?\bfrom\s*['"]([^'"]+)['"]/g)) found.push(m[1]!);
  for (const m of code.matchAll(/\bimport\s*['"]([^'"]+)['"]/g)) found.push(m[1]!);
  for (const m of code.matchAll(/\bimport\s*\(\s*['"]([^'"]+)['"]/g)) found.push(m[1]!);
  return found;
}

/** What is wrong with `file` (relative to the repository) importing `spec`, or null. */
export function breach(file: string, spec: string): string | null {
  const target = spec.startsWith('.') ? relative(ROOT, resolve(ROOT, dirname(file), spec)).split(sep).join('/') : null;
  if (target !== null && (target === 'scripts' || target.startsWith('scripts/'))) return 'src/ imports the build scripts';
  if (!file.startsWith('src/domain/')) return null;
  if (/^(preact|@preact|preact-iso|preact-render-to-string)(\/|$)/.test(spec)) return 'src/domain imports Preact';
  if (target !== null && /^src\/(lib|app|features)(\/|$)/.test(target)) return `src/domain imports ${target.split('/').slice(0, 2).join('/')}`;
  return null;
}

function sources(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((e) => {
    const path = `${dir}/${e.name}`;
    if (e.isDirectory()) return sources(path);
    return /\.(ts|tsx|mts)$/.test(e.name) ? [path] : [];
  });
}

describe('import boundaries', () => {
  it('reads every kind of import', () => {
    const src = [
      "import a from './a';",
      "import type { B } from '../b';",
      "export { c } from './c';",
      "export * from './d';",
      "import './e.css';",
      "const f = await import('./f');",
      "declare module 'x' {\n  import type { G } from '../../g';\n}",
      "// import x from './commented';",
      "/* import y from './block' */",
      "import {\n  h,\n  type H,\n} from './h';",
    ].join('\n');
    expect(specifiers(src)).toEqual(['./a', '../b', './c', './d', '../../g', './h', './e.css', './f']);
  });

  it('names each forbidden import', () => {
    expect(breach('src/features/read/ChapterScreen.tsx', '../../../scripts/content/guide-types')).toBe('src/ imports the build scripts');
    expect(breach('src/lib/guide/virtual-guide.d.ts', '../../../scripts/content/x')).toBe('src/ imports the build scripts');
    expect(breach('src/domain/backup/schema.ts', '../../lib/db/schema')).toBe('src/domain imports src/lib');
    expect(breach('src/domain/x.ts', '../features/read/a')).toBe('src/domain imports src/features');
    expect(breach('src/domain/study/a.ts', 'preact/hooks')).toBe('src/domain imports Preact');
    expect(breach('src/domain/study/a.ts', 'preact')).toBe('src/domain imports Preact');
    expect(breach('src/domain/study/a.ts', '../records')).toBeNull();
    expect(breach('src/domain/study/a.ts', 'valibot')).toBeNull();
    expect(breach('src/lib/db/schema.ts', '../../domain/records')).toBeNull();
    expect(breach('src/features/x.tsx', 'preact/hooks')).toBeNull();
  });

  it('holds across src/', () => {
    const files = sources('src');
    expect(files.length).toBeGreaterThan(100);
    const breaches = files.flatMap((file) =>
      specifiers(readFileSync(join(ROOT, file), 'utf8')).flatMap((spec) => {
        const why = breach(file, spec);
        return why ? [`${file}: '${spec}' (${why})`] : [];
      }),
    );
    expect(breaches).toEqual([]);
  });
});
