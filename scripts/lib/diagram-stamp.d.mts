export function canonicalJson(value: unknown): string;
export function diagramStamp(input: { source: string; mermaidVersion: string; settings: unknown }): string;
export function stampLine(stamp: string): string;
export function readStamp(svgText: string): string | null;
