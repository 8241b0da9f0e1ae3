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
