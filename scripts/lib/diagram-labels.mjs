// Accessible names for the rendered diagrams: the guide's own caption above
// each diagram (seed diagrams.json), e.g. "📊 AWS Regions Architecture:" →
// "AWS Regions Architecture". Written as aria-label on the SVG root.

import { diagramName, loadSeed } from './seed-data.mjs';

/** Caption text → label: drop the leading 📊 and the trailing colon. */
export function captionToLabel(/** @type {string} */ caption) {
  return caption.replace(/^\s*📊\s*/u, '').replace(/\s*:\s*$/, '').trim();
}

/** aria-label for diagram NAME; falls back to a generic label if the seed has no caption for it. */
export function diagramLabel(/** @type {string} */ name) {
  const d = loadSeed().diagrams.find((x) => diagramName(x) === name);
  const label = d ? captionToLabel(d.caption) : '';
  return label || `Diagram ${name}`;
}
