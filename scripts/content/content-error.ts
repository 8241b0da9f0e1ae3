/** A content problem that fails the build, naming the file and line. */
export class ContentError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    message: string,
  ) {
    super(`${file}:${line}: ${message}`);
    this.name = 'ContentError';
  }
}

// The same line counting the app uses for imported files.
export { lineAt } from '../../src/domain/safe-json.ts';

/** Where each top-level token starts in the Markdown (marked keeps no positions), for error lines. */
export function tokenOffsets(markdown: string, tokens: readonly { raw: string }[]): number[] {
  const offsets: number[] = [];
  let pos = 0;
  for (const t of tokens) {
    const found = markdown.indexOf(t.raw, pos);
    offsets.push(found >= 0 ? found : pos);
    if (found >= 0) pos = found + t.raw.length;
  }
  return offsets;
}
