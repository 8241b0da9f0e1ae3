// A committed diagram SVG → markup safe to inline many times on one page.
export function prepareSvg(name: string, svg: string): string {
  const prefix = `d-${name}`;
  let out = svg.replace(/^<!--[\s\S]*?-->\s*/, '').trim();
  const referenced = new Set([...out.matchAll(/(?:url\(#|href="#)([^)"]+)/g)].map((m) => m[1]));
  // Ids the renderer left unscoped (e.g. sequence-diagram actor names) would
  // collide between diagrams and with the page: drop those nothing refers to.
  out = out.replace(/\sid="([^"]+)"/g, (whole, id: string) => (id.startsWith(prefix) || referenced.has(id) ? whole : ''));
  // The figure's frame is the named image (caption, linked explanation); the SVG inside is its picture.
  out = out.replace(/^<svg\b([^>]*)>/, (_m, attrs: string) => `<svg${attrs.replace(/\s(role|aria-label|aria-roledescription|aria-describedby)="[^"]*"/g, '')} aria-hidden="true" focusable="false">`);
  return out;
}

/**
 * Takes a prepared diagram's own stylesheet out of it. Every diagram carries
 * the renderer's whole stylesheet scoped to its id (about 5 KB, a fifth of a
 * small diagram's bytes), and the 25 diagrams use only a handful of distinct
 * ones: each distinct sheet is shipped once, scoped to a class the SVG gets.
 * Returns the SVG without its <style> and the sheet with its scope written as
 * SCOPE (the caller names it).
 */
export function takeDiagramStyle(name: string, svg: string): { svg: string; css: string } {
  const scope = `d-${name}`;
  const sheets: string[] = [];
  const rest = svg.replace(/<style>([\s\S]*?)<\/style>/g, (_m, css: string) => {
    sheets.push(css.replace(/^\s*<!\[CDATA\[/, '').replace(/\]\]>\s*$/, ''));
    return '';
  });
  // The sheet names its scope as an id selector and inside keyframe names; nothing else may.
  const raw = sheets.join('');
  if (raw.includes('SCOPE')) throw new Error('the diagram stylesheet contains the word SCOPE, which the build uses as its placeholder');
  const css = raw.replaceAll(`#${scope}`, '.SCOPE').replaceAll(scope, 'SCOPE');
  // "#d-NAME_marker" (a child's id, not the diagram's) would become ".SCOPE_marker": refuse it.
  if (/\.SCOPE[\w-]/.test(css)) throw new Error(`the diagram stylesheet selects an element id that starts with ${scope}; the build can only move selectors scoped to the diagram itself`);
  return { svg: rest, css };
}

/** Adds a class to the SVG's root element. */
export function withRootClass(svg: string, cls: string): string {
  return svg.replace(/^<svg\b([^>]*)>/, (_m, attrs: string) =>
    / class="/.test(attrs) ? `<svg${attrs.replace(/ class="([^"]*)"/, (_c, v: string) => ` class="${v} ${cls}"`)}>` : `<svg${attrs} class="${cls}">`,
  );
}
