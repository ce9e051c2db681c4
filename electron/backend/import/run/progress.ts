import type { ImportProgress } from './types';

/**
 * Turns "table i, n rows, this much of its bytes read" into one fraction for the whole run.
 * Each table counts as an equal share: sizes differ, but the user watches one bar move forward.
 */
export class RunProgress {
  constructor(
    private readonly labels: readonly string[],
    private readonly report: ((progress: ImportProgress) => void) | undefined,
  ) {}

  /** `read` is the share of the table's bytes read, or null when the reader cannot tell. */
  update(tableIndex: number, rows: number, read: number | null): void {
    if (!this.report) return;
    const count = this.labels.length;
    const within = read ?? 0;
    this.report({
      label: this.labels[tableIndex] ?? '',
      tableIndex,
      tableCount: count,
      rows,
      fraction: Math.min(1, (tableIndex + within) / count),
    });
  }

  finished(): void {
    if (!this.report || this.labels.length === 0) return;
    const last = this.labels.length - 1;
    this.report({ label: this.labels[last]!, tableIndex: last, tableCount: this.labels.length, rows: 0, fraction: 1 });
  }
}
