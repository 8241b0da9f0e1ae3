import type { Chapter } from './seed-data.mjs';
export function boldKey(text: string, opts?: { requireCapital?: boolean; maxWords?: number }): string;
export function convertChapter(ch: Chapter, index: number): string;
export function convertAll(): Record<string, string>;
