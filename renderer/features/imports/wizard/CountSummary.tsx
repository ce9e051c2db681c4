import type { ImportBatch, TableImportSummary } from '../../../../shared/api';
import { formatInt } from '../../../lib/format';
import { COUNT_COLUMNS, objectLabel } from '../history/historyModel';

type Counts = ImportBatch['counts'];

export function totalCounts(tables: readonly TableImportSummary[]): Counts {
  const total: Counts = { new: 0, updated: 0, unchanged: 0, conflicts: 0, invalid: 0, missing: 0 };
  for (const table of tables) for (const { key } of COUNT_COLUMNS) total[key] += table[key];
  return total;
}

/** The six counts as large figures, the ones that need attention tinted. */
export function CountCards({ counts, label }: { counts: Counts; label: string }) {
  return (
    <dl className="count-cards" aria-label={label}>
      {COUNT_COLUMNS.map(({ key, label: name, hint }) => {
        const tone = counts[key] > 0 && (key === 'conflicts' || key === 'missing') ? ' warn' : counts[key] > 0 && key === 'invalid' ? ' bad' : '';
        return (
          <div key={key} className={`count-card${tone}`} data-count={key} title={hint}>
            <dt>{name}</dt>
            <dd>{formatInt(counts[key])}</dd>
          </div>
        );
      })}
    </dl>
  );
}

/** One line per table, for runs of several tables. */
export function TableCounts({ tables, showBatch }: { tables: readonly TableImportSummary[]; showBatch: boolean }) {
  return (
    <div className="table-frame">
      <table className="data-table" aria-label="Counts per table">
        <thead>
          <tr>
            <th scope="col">Table</th>
            <th scope="col">Object</th>
            {showBatch && <th scope="col">Batch</th>}
            {COUNT_COLUMNS.map((c) => (
              <th key={c.key} scope="col" className="num" title={c.hint}>
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {tables.map((table) => (
            <tr key={table.file} data-testid="table-counts">
              <td>{table.file}</td>
              <td>{objectLabel(table.object)}</td>
              {showBatch && <td>{table.batchId ?? '—'}</td>}
              {COUNT_COLUMNS.map(({ key }) => (
                <td key={key} className={`num${table[key] === 0 ? ' zero' : ''}`} data-count={key}>
                  {formatInt(table[key])}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
