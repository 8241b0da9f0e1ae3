// Render settings for content/diagrams/*.mmd → *.svg (scripts/render-diagrams.mjs).
// Every value here feeds the freshness stamp (scripts/lib/diagram-stamp.mjs):
// change anything that alters the output, and every SVG must be re-rendered
// (`npm run diagrams`). Bump `format` when the render script's own
// post-processing changes. Rationale: /work/shared/docs/DIAGRAMS.md.

/** Deep-freeze so nobody mutates the object a stamp was computed from. */
function freeze(/** @type {any} */ o) {
  for (const v of Object.values(o)) if (v && typeof v === 'object') freeze(v);
  return Object.freeze(o);
}

export const DIAGRAM_SETTINGS = freeze({
  /** Version of the post-processing in render-diagrams.mjs. */
  format: 1,
  /** Diagram NAME gets the root id `${idPrefix}NAME`; every other id inside is prefixed with it. */
  idPrefix: 'd-',
  /** Passed to mermaid.initialize() in the page. */
  mermaid: {
    startOnLoad: false,
    securityLevel: 'strict',
    layout: 'dagre',
    look: 'classic',
    theme: 'default',
    fontFamily: 'Inter, sans-serif',
    // Root level: mermaid 12 only partly honours flowchart.htmlLabels.
    htmlLabels: false,
    flowchart: { wrappingWidth: 200 },
  },
  /** The one font face the page declares as "Inter" (relative to node_modules). */
  font: '@fontsource/inter/files/inter-latin-400-normal.woff2',
  /** Page viewport while measuring (layout does not depend on it; the SVG is measured at natural size). */
  viewport: { width: 1600, height: 1200 },
  /**
   * SVGO: preset-default with the SAFE override list only. Never plain
   * preset-default: it breaks every flowchart with subgraphs.
   */
  svgo: {
    multipass: false,
    disable: [
      'inlineStyles',
      'cleanupIds',
      'convertShapeToPath',
      'convertEllipseToCircle',
      'moveElemsAttrsToGroup',
      'moveGroupAttrsToElems',
      'collapseGroups',
      'mergePaths',
      'removeUnknownsAndDefaults',
      'removeHiddenElems',
      'removeEmptyContainers',
      'removeUselessStrokeAndFill',
      'removeNonInheritableGroupAttrs',
      'removeDesc',
      'removeEmptyText',
      'convertColors',
      'removeUselessDefs',
    ],
    /** minifyStyles stays on, but without usage-based pruning of selectors. */
    minifyStyles: { usage: false },
  },
  /** Label/box overflow tolerance in SVG user units; any overflow fails the render. */
  overflowTolerance: 1,
});

/** Root id of a diagram's SVG, also the prefix of every id inside it. */
export function diagramId(/** @type {string} */ name) {
  return `${DIAGRAM_SETTINGS.idPrefix}${name}`;
}

/** SVGO config built from DIAGRAM_SETTINGS.svgo. */
export function svgoConfig() {
  /** @type {Record<string, any>} */
  const overrides = {};
  for (const p of DIAGRAM_SETTINGS.svgo.disable) overrides[p] = false;
  overrides.minifyStyles = { ...DIAGRAM_SETTINGS.svgo.minifyStyles };
  return {
    multipass: DIAGRAM_SETTINGS.svgo.multipass,
    plugins: [{ name: 'preset-default', params: { overrides } }],
  };
}
