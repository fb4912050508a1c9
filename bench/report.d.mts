// Types for bench/report.mjs (imported by tests/unit/bench.test.ts; tsconfig.json has allowJs off; tsconfig.bench.json checks the .mjs callers against these).
export interface Summary { median: number; min: number; max: number; n: number }
export type Unit = 'ms' | 'longtask-ms' | 'MB' | 'KB' | 'count';
export interface Row {
  id: string; label: string; n: number | null; unit: Unit; values: number[]; summary: Summary | null;
  plain?: Summary | null; target?: string | null; note?: string | null; na?: string | null;
}
export interface Results { meta: Record<string, unknown>; rows: Row[] }
export function percentile(values: readonly unknown[], p: number): number | null;
export function median(values: readonly unknown[]): number | null;
export function summarize(values: readonly unknown[]): Summary | null;
export function frameIntervals(stamps: readonly number[]): number[];
export function frameStats(stamps: readonly number[]): { median: number | null; p95: number | null; max: number | null; frames: number };
export function inputFrameStats(stamps: readonly number[], inputs: readonly number[]): { median: number | null; p95: number | null; max: number | null; frames: number };
export function ratio(a: number | null | undefined, b: number | null | undefined): number | null;
export function formatValue(value: number | null | undefined, unit: Unit): string;
export function formatRatio(r: number | null): string;
export function baselineIndex(results: Results | null | undefined): Map<string, number>;
export function formatTable(rows: readonly Row[], options?: { baseline?: Map<string, number> | null }): string;
export const STEPS: readonly ['maps', 'import', 'merge', 'snapshots'];
export type Step = (typeof STEPS)[number];
export function parseArgs(argv: readonly string[]): {
  sizes: number[]; runs: number; baseline: string | null; seed: number; skipBuild: boolean; writeCsv: string | null; only: Step[];
};
