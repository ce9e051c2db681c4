import type { TableImportSummary } from '../../../../shared/api';
import { formatInt } from '../../../lib/format';
import { FileRowsTable } from './FileRowsTable';

const SHOWN = 50;

/** The first invalid rows: where (file, row, column) and why, as the readers and mapping said it. */
export function RowErrors({ tables, totalInvalid }: { tables: readonly TableImportSummary[]; totalInvalid: number }) {
  const errors = tables.flatMap((t) => t.errors);
  if (errors.length === 0) return null;
  const shown = errors.slice(0, SHOWN);
  const rows = shown.map((error, index) => ({
    key: `${error.file}:${error.row}:${error.column ?? ''}:${index}`,
    file: error.file,
    row: error.row,
    cells: [error.column ?? <span className="muted">whole row</span>, error.reason],
  }));
  return (
    <section className="preview-section" aria-labelledby="row-errors-heading">
      <h4 id="row-errors-heading">
        Invalid rows — not imported ({shown.length < totalInvalid ? `first ${formatInt(shown.length)} of ${formatInt(totalInvalid)}` : formatInt(totalInvalid)})
      </h4>
      <FileRowsTable label="Invalid rows" heads={['Column', 'Reason']} rows={rows} rowTestId="row-error" />
    </section>
  );
}
