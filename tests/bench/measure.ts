import { performance } from 'node:perf_hooks';

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/** Runs `fn` `runs` times and returns the median wall time in milliseconds. */
export async function timeMedian(runs: number, fn: () => unknown): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  return median(times);
}

export interface BenchRow {
  name: string;
  ms: number;
  baselineName: string;
  baselineMs: number;
  target: string;
}

export function ratio(row: BenchRow): number {
  return row.baselineMs > 0 ? row.ms / row.baselineMs : Number.NaN;
}

export function formatRows(rows: BenchRow[]): string {
  const lines = [
    '| measure | workbench | baseline | ratio | target |',
    '|---|---:|---|---:|---|',
    ...rows.map(
      (row) =>
        `| ${row.name} | ${row.ms.toFixed(1)} ms | ${row.baselineName}: ${row.baselineMs.toFixed(1)} ms | ${ratio(row).toFixed(2)}× | ${row.target} |`,
    ),
  ];
  return lines.join('\n');
}
