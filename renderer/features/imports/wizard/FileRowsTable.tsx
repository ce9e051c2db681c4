import type { ReactNode } from 'react';
import { formatInt } from '../../../lib/format';

export interface FileRow {
  key: string;
  file: string;
  row: number;
  cells: ReactNode[];
}

/** Rows of the imported files (where: file and row), then what the preview says about each. */
export function FileRowsTable({ label, heads, rows, rowTestId }: { label: string; heads: string[]; rows: FileRow[]; rowTestId?: string }) {
  return (
    <div className="table-frame capped">
      <table className="data-table" aria-label={label}>
        <thead>
          <tr>
            <th scope="col">File</th>
            <th scope="col" className="num">
              Row
            </th>
            {heads.map((head) => (
              <th key={head} scope="col">
                {head}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key} data-testid={rowTestId}>
              <td>{row.file}</td>
              <td className="num">{formatInt(row.row)}</td>
              {row.cells.map((cell, index) => (
                <td key={index}>{cell}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
