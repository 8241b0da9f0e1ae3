export interface Chapter { key: string; file: string; start: number; titleLine: number; end: number }
export interface DiagramPatch { diagram: string; line: number; from: string; to: string | null; why: string }
export interface Removal { kind: 'removal' | 'renumber'; lines: [number, number]; from: RegExp; to: string; why: string }
export interface OutlineRow { line: number; file: string; level: string; text: string; rule: string }
export interface CodeBlock { start: number; end: number; lines: number; lang: string; intro_line: number; note: string }
export interface Diagram { start: number; end: number; type: string; caption_line: number; caption: string; see_line: number; file: string; parses_mermaid_11_17_2: boolean; error: string | null }
export interface GoldenTable { header_line: number; first_row_line: number; last_row_line: number; ncols: number; nrows: number; header: string[]; rows: string[][] }
export interface TrackerItem { line: number; text: string; children?: { line: number; text: string }[] }
export interface TrackerGroup { title: string | null; line: number | null; items: TrackerItem[] }
export interface Tracker { range: [number, number]; groups: TrackerGroup[] }
export interface Seed {
  raw: string;
  lines: string[];
  line(n: number): string;
  outline: OutlineRow[];
  codeBlocks: CodeBlock[];
  diagrams: Diagram[];
  tables: GoldenTable[];
  trackers: { self_assessment: Record<string, Tracker>; chapter_completion_checklist: Tracker } & Record<string, unknown>;
}
export const SEED_DIR: string;
export const SEED_FILE: string;
export const SEED_MD5: string;
export const CHAPTERS: Chapter[];
export const DROPPED_LINES: { line: number; text: string; why: string }[];
export const DIAGRAM_PATCHES: DiagramPatch[];
export const REMOVALS: Removal[];
export const ORDERED_START_OVERRIDES: Map<number, number>;
export const LANG_MAP: Record<string, string>;
export function loadSeed(): Seed;
export function diagramName(d: { file: string }): string;
export function patchedDiagram(d: Diagram): string;
export function headingLevels(): Map<number, { level: number; text: string; file: string }>;
export function taskItemLines(): Set<number>;
export function expectedSeedLine(n: number): string;
