export function renderHtml(md: string): string;
export function decodeEntities(s: string): string;
export function htmlToText(html: string): string;
export function markdownToText(md: string): string;
export function words(text: string): string[];
export function matchInOrder(
  expected: string[],
  actual: string[],
  window?: number,
): { matched: number; total: number; missing: { index: number; word: string; context: string }[]; extra: string[] };
