export function escapeInline(text: string): string;
export function escapeLineStart(escaped: string): string;
export function escapeBlock(text: string): string;
export function escapeCell(text: string): string;
