import type { RefObject } from 'react';
import type { ImportRunResult } from '../../../../shared/api';
import { formatInt } from '../../../lib/format';
import { CountCards, TableCounts, totalCounts } from './CountSummary';
import { MatchList } from './MatchList';
import { RowErrors } from './RowErrors';
import { StepFooter } from './StepFooter';
import type { WizardState } from './wizardState';

interface Props {
  state: WizardState;
  preview: ImportRunResult;
  headingRef: RefObject<HTMLHeadingElement | null>;
  onCommit: () => void;
  onCancel: () => void;
}

/** What the import would do, decided in full but written nowhere; then the commit. */
export function PreviewStep({ state, preview, headingRef, onCommit, onCancel }: Props) {
  const totals = totalCounts(preview.tables);
  return (
    <section className="panel wizard-step" aria-labelledby="preview-heading" data-testid="preview">
      <h3 id="preview-heading" ref={headingRef} tabIndex={-1}>
        Preview <span className="muted">— nothing is written until you import</span>
      </h3>
      <CountCards counts={totals} label="What the import would do" />
      {state.full && <p className="muted small">Full export: records of these sources that are not in the files will be flagged missing.</p>}
      {preview.tables.length > 1 && <TableCounts tables={preview.tables} showBatch={false} />}
      {preview.tables.map((table) =>
        table.decisions.length + table.warnings.length > 0 ? (
          <div key={table.file} className="decisions">
            <h4>{table.file}</h4>
            <ul>
              {table.decisions.map((d) => (
                <li key={d}>{d}</li>
              ))}
              {table.warnings.map((w) => (
                <li key={w} className="warning-item">
                  {w}
                </li>
              ))}
            </ul>
          </div>
        ) : null,
      )}
      <RowErrors tables={preview.tables} totalInvalid={totals.invalid} />
      <MatchList tables={preview.tables} />
      <StepFooter
        state={state}
        errorTitle="The import failed: nothing was written"
        task={{ kind: 'commit', label: 'Importing', onCancel }}
        back={{ label: 'Mapping', step: 'map' }}
        summary={`${formatInt(totals.new + totals.updated)} records to write, ${formatInt(totals.conflicts)} conflicts to review after`}
        primary={{ label: state.task?.kind === 'commit' ? 'Importing…' : 'Import now', onClick: onCommit }}
      />
    </section>
  );
}
