// Each diagram's stylesheet is shipped once per distinct sheet (virtual:guide/diagrams.css),
// scoped to a class the SVG carries, instead of once per diagram. Nothing of a
// sheet may be lost on the way: the shared sheet, scoped back to a diagram's id,
// is exactly the sheet that diagram came with.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { prepareSvg, takeDiagramStyle, withRootClass } from '../../../scripts/content/prepare-svg.ts';
import { readGuideSources } from '../../../scripts/content/vite-plugin-content.ts';
import { CONTENT, ROOT } from './helpers.ts';

const names = readdirSync(path.join(CONTENT, 'diagrams')).filter((f) => f.endsWith('.svg')).map((f) => f.replace(/\.svg$/, ''));
const src = readGuideSources(ROOT);

describe('diagram stylesheets', () => {
  it('leaves no <style> in any diagram, and gives each the class of a sheet that exists', () => {
    expect(names).toHaveLength(25);
    for (const name of names) {
      const svg = src.diagrams.get(name)!;
      expect(svg).not.toMatch(/<style/);
      const cls = /^<svg\b[^>]*\sclass="[^"]*\b(dgs-[0-9a-f]{8})\b/.exec(svg)?.[1];
      expect(cls, name).toBeDefined();
      expect(src.diagramCss).toContain(`.${cls} `);
    }
  });

  it('ships each distinct sheet once, and each diagram gets back its own sheet exactly', () => {
    const classes = new Set(names.map((n) => /\b(dgs-[0-9a-f]{8})\b/.exec(src.diagrams.get(n)!)![1]));
    expect(classes.size).toBeLessThan(names.length / 3);
    for (const name of names) {
      const raw = readFileSync(path.join(CONTENT, 'diagrams', `${name}.svg`), 'utf8');
      const original = [...raw.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1]!.replace(/^\s*<!\[CDATA\[/, '').replace(/\]\]>\s*$/, '')).join('');
      const cls = /\b(dgs-[0-9a-f]{8})\b/.exec(src.diagrams.get(name)!)![1]!;
      const { css } = takeDiagramStyle(name, prepareSvg(name, raw));
      // The shared sheet holds this diagram's sheet with its id scope as the class.
      expect(src.diagramCss).toContain(css.replaceAll('SCOPE', cls!));
      // And that sheet, scoped back to the diagram's id, is what the renderer wrote.
      expect(css.replaceAll('.SCOPE', `#d-${name}`).replaceAll('SCOPE', `d-${name}`)).toBe(original);
    }
  });

  it('refuses a sheet it cannot move safely: a child id under the diagram\'s name, or its own placeholder word', () => {
    const svg = (css: string): string => `<svg id="d-x"><style>${css}</style><g/></svg>`;
    expect(takeDiagramStyle('x', svg('#d-x .node{fill:red}')).css).toBe('.SCOPE .node{fill:red}');
    expect(() => takeDiagramStyle('x', svg('#d-x_marker{fill:red}'))).toThrow(/element id that starts with d-x/);
    expect(() => takeDiagramStyle('x', svg('#d-x .SCOPE{fill:red}'))).toThrow(/SCOPE/);
  });

  it('adds a class beside an existing one, or a class attribute where there is none', () => {
    expect(withRootClass('<svg id="a" class="flowchart"><g/></svg>', 'dgs-1')).toBe('<svg id="a" class="flowchart dgs-1"><g/></svg>');
    expect(withRootClass('<svg id="a"><g/></svg>', 'dgs-1')).toBe('<svg id="a" class="dgs-1"><g/></svg>');
  });
});
