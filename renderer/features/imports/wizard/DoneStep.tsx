import type { RefObject } from 'react';
import type { ImportRunResult } from '../../../../shared/api';
import { formatInt } from '../../../lib/format';
import { CountCards, TableCounts, totalCounts } from './CountSummary';

/** The import landed: what it did, and where to go next. */
export function DoneStep({ result, headingRef, onRestart }: { result: ImportRunResult; headingRef: RefObject<HTMLHeadingElement | null>; onRestart: () => void }) {
  const totals = totalCounts(result.tables);
  const batches = result.tables.flatMap((t) => (t.batchId === null ? [] : [t.batchId]));
  return (
    <section className="panel wizard-step" aria-labelledby="done-heading" data-testid="import-result">
      <h3 id="done-heading" ref={headingRef} tabIndex={-1}>
        Imported {batches.length === 1 ? `as batch ${batches[0]}` : `as ${batches.length} batches`}
      </h3>
      <CountCards counts={totals} label="What the import did" />
      <TableCounts tables={result.tables} showBatch />
      <ul className="next-steps">
        <li>
          <a href="#/imports">See it in the import history</a> <span className="muted">— each batch can be undone there</span>
        </li>
        <li>
          <a href="#/sync">
            {totals.conflicts > 0 ? `Review ${formatInt(totals.conflicts)} ${totals.conflicts === 1 ? 'conflict' : 'conflicts'}` : 'Open Sync review'}
          </a>{' '}
          <span className="muted">
            {totals.conflicts > 0 ? '— fields changed both here and in the CRM keep your value until you choose' : '— no conflicts in this import'}
            {totals.missing > 0 ? `; ${formatInt(totals.missing)} ${totals.missing === 1 ? 'record' : 'records'} missing from the export` : ''}
          </span>
        </li>
        <li>
          <a href="#/portfolio">Open the portfolio</a>
        </li>
      </ul>
      <div className="form-actions wizard-actions">
        <button type="button" onClick={onRestart}>
          Import more files
        </button>
      </div>
    </section>
  );
}
