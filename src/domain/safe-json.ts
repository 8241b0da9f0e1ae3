// JSON.parse for files the user picks (backups, question packs): prototype-
// polluting keys are refused (harmless in JSON.parse's own output, not once
// spread or merged), absurd nesting too, and a syntax error says where, by line.
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

export type JsonResult =
  | { ok: true; value: unknown }
  | { ok: false; reason: 'syntax'; line: number | null }
  | { ok: false; reason: 'forbidden-key'; key: string }
  | { ok: false; reason: 'too-deep' };

export type StructureProblem = { reason: 'forbidden-key'; key: string } | { reason: 'too-deep' };

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Forbidden keys anywhere, and nesting deeper than maxDepth, walked without
 * recursion (a JSON.parse reviver recurses: a RangeError at a few thousand levels).
 */
export function checkStructure(root: unknown, maxDepth: number): StructureProblem | null {
  const stack: [value: object, depth: number][] = [];
  const visit = (child: unknown, depth: number): void => {
    if (typeof child === 'object' && child !== null) stack.push([child, depth]);
  };
  visit(root, 1);
  for (let next = stack.pop(); next; next = stack.pop()) {
    const [value, depth] = next;
    if (depth > maxDepth) return { reason: 'too-deep' };
    if (Array.isArray(value)) {
      for (const child of value as unknown[]) visit(child, depth + 1);
      continue;
    }
    for (const key of Object.keys(value)) {
      if (FORBIDDEN_KEYS.has(key)) return { reason: 'forbidden-key', key };
      visit((value as Record<string, unknown>)[key], depth + 1);
    }
  }
  return null;
}

export function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

export function parseJson(text: string, maxDepth: number): JsonResult {
  let value: unknown;
  try {
    // No reviver, see checkStructure. V8 parses deep nesting iteratively.
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    // Other engines may run out of stack on deep nesting instead.
    if (!(error instanceof SyntaxError)) return { ok: false, reason: 'too-deep' };
    // V8 says "… at position N" or "(line L column C)"; other engines may say neither.
    const message = error.message;
    const line = /line (\d+)/.exec(message)?.[1];
    const position = /position (\d+)/.exec(message)?.[1];
    const end = /end of (JSON )?input/i.test(message) ? text.length : null;
    const at = position ? Number(position) : end;
    return { ok: false, reason: 'syntax', line: line ? Number(line) : at !== null ? lineAt(text, at) : null };
  }
  const problem = checkStructure(value, maxDepth);
  return problem ? { ok: false, ...problem } : { ok: true, value };
}

/**
 * The line on which each element of an array starts: the top-level array, or
 * the array under top-level `key`. JSON.parse keeps no positions, so this
 * scans the (already valid) text once, skipping strings.
 */
export function arrayElementLines(text: string, key: string | null): number[] {
  const lines: number[] = [];
  let line = 1;
  let depth = 0;
  let inString = false;
  let stringStart = 0;
  let lastString = '';
  let target = -1; // the depth of the elements we want, once the array is found
  let expectElement = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\n') line++;
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') {
        inString = false;
        lastString = text.slice(stringStart, i);
      }
      continue;
    }
    if (c === ' ' || c === '\t' || c === '\r' || c === '\n' || c === '\uFEFF') continue;
    if (expectElement && c !== ']') {
      lines.push(line);
      expectElement = false;
    }
    if (c === '"') {
      inString = true;
      stringStart = i + 1;
    } else if (c === '{' || c === '[') {
      depth++;
      const isTarget = c === '[' && target < 0 && (key === null ? depth === 1 : depth === 2 && lastString === key);
      if (isTarget) {
        target = depth;
        expectElement = true;
      }
    } else if (c === '}' || c === ']') {
      if (depth === target) return lines;
      depth--;
    } else if (c === ',' && depth === target) {
      expectElement = true;
    } else if (c !== ':') {
      lastString = '';
    }
  }
  return lines;
}
