export function captionToLabel(caption: string): string;
export function diagramLabel(name: string): string;
