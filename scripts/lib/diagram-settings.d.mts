export interface DiagramSettings {
  readonly format: number;
  readonly idPrefix: string;
  readonly mermaid: Readonly<Record<string, unknown>>;
  readonly font: string;
  readonly viewport: { readonly width: number; readonly height: number };
  readonly svgo: { readonly multipass: boolean; readonly disable: readonly string[]; readonly minifyStyles: Readonly<Record<string, unknown>> };
  readonly overflowTolerance: number;
}
export const DIAGRAM_SETTINGS: DiagramSettings;
export function diagramId(name: string): string;
export function svgoConfig(): { multipass: boolean; plugins: unknown[] };
