import { useState } from 'react';
import type { TableImportSummary } from '../../../../shared/api';
import { formatInt } from '../../../lib/format';
import { FileRowsTable } from './FileRowsTable';

const FIRST = 20;

/**
 * A preview decides new records' ids inside a transaction it rolls back: those ids name
 * nothing yet, so a new record is shown as new, not linked.
 */
function isNewRecord(rule: string): boolean {
  return /^new\b/i.test(rule);
}

function recordCell(recordId: number | null, rule: string, object: string) {
  if (recordId === null || isNewRecord(rule)) return <span className="muted">new</span>;
  return object === 'accounts' ? <a href={`#/accounts/${recordId}`}>#{recordId}</a> : `#${recordId}`;
}

/** Why rows matched existing records (or became new ones): the first rows of each table. */
export function MatchList({ tables }: { tables: readonly TableImportSummary[] }) {
  const [open, setOpen] = useState(false);
  const rows = tables.flatMap((t) =>
    t.matches.slice(0, FIRST).map((m) => ({
      key: `${t.file}:${m.row}`,
      file: t.file,
      row: m.row,
      cells: [recordCell(m.recordId, m.rule, t.object), m.rule],
    })),
  );
  if (rows.length === 0) return null;
  return (
    <section className="preview-section">
      <h4>
        <button type="button" className="link-button disclosure" aria-expanded={open} onClick={() => setOpen(!open)}>
          {open ? '▾' : '▸'} Why rows matched (first {formatInt(rows.length)} rows)
        </button>
      </h4>
      {open && <FileRowsTable label="How rows matched" heads={['Record', 'Rule']} rows={rows} />}
    </section>
  );
}
