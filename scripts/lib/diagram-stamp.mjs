// Freshness stamp for rendered diagrams. Pure; node:crypto only.
//
// Stamp = sha256 hex of the canonical JSON (object keys sorted, no spaces) of
//   { mermaid: <mermaid version>, settings: <DIAGRAM_SETTINGS>, source: <.mmd text, CRLF → LF> }
// and is written as the SVG's first line:  <!-- stamp: <64 hex> -->

import { createHash } from 'node:crypto';

/** JSON with object keys sorted at every level (arrays keep their order). */
export function canonicalJson(/** @type {unknown} */ value) {
  return JSON.stringify(value, (_key, v) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, v[k]]))
      : v,
  );
}

/**
 * @param {{ source: string, mermaidVersion: string, settings: unknown }} input
 * @returns {string} 64 lowercase hex digits
 */
export function diagramStamp({ source, mermaidVersion, settings }) {
  const payload = canonicalJson({ mermaid: mermaidVersion, settings, source: source.replace(/\r\n/g, '\n') });
  return createHash('sha256').update(payload, 'utf8').digest('hex');
}

/** The first line written into each SVG. */
export function stampLine(/** @type {string} */ stamp) {
  return `<!-- stamp: ${stamp} -->`;
}

/** The stamp an SVG's text carries on its first line, or null. */
export function readStamp(/** @type {string} */ svgText) {
  const m = /^<!-- stamp: ([0-9a-f]{64}) -->\r?\n/.exec(svgText);
  return m ? (m[1] ?? null) : null;
}
