// JSON.parse for files the user picks: prototype-polluting keys are refused
// (they would be harmless in JSON.parse's own output, but not once spread or
// merged), and a syntax error says where, by line.
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

export type JsonResult =
  | { ok: true; value: unknown }
  | { ok: false; reason: 'syntax'; line: number | null }
  | { ok: false; reason: 'forbidden-key'; key: string };

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

export function parseJson(text: string): JsonResult {
  let forbidden: string | null = null;
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''), function (this: unknown, key: string, v: unknown) {
      if (FORBIDDEN_KEYS.has(key) && isPlainObject(this) && Object.prototype.hasOwnProperty.call(this, key)) forbidden ??= key;
      return v;
    });
  } catch (error) {
    // V8 says "… at position N" or "(line L column C)"; other engines may say neither.
    const message = error instanceof Error ? error.message : '';
    const line = /line (\d+)/.exec(message)?.[1];
    const position = /position (\d+)/.exec(message)?.[1];
    const end = /end of (JSON )?input/i.test(message) ? text.length : null;
    const at = position ? Number(position) : end;
    return { ok: false, reason: 'syntax', line: line ? Number(line) : at !== null ? lineAt(text, at) : null };
  }
  if (forbidden !== null) return { ok: false, reason: 'forbidden-key', key: forbidden };
  return { ok: true, value };
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
