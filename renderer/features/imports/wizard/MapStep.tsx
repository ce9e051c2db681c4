import type { RefObject } from 'react';
import { StepFooter } from './StepFooter';
import { TableDetail } from './TableDetail';
import { TableList } from './TableList';
import { wizardSession } from './wizardSession';
import type { WizardState } from './wizardState';

interface Props {
  state: WizardState;
  headingRef: RefObject<HTMLHeadingElement | null>;
  onPreview: () => void;
  onCancel: () => void;
}

/** Every table of the chosen files: include it or not, and how its columns land. */
export function MapStep({ state, headingRef, onPreview, onCancel }: Props) {
  const table = state.tables.find((t) => t.tableKey === state.activeTable) ?? state.tables[0];
  const draft = state.drafts.find((d) => d.tableKey === table?.tableKey);
  const included = state.drafts.filter((d) => d.include).length;

  return (
    <section className="panel wizard-step" aria-labelledby="map-heading">
      <div className="section-header">
        <h3 id="map-heading" ref={headingRef} tabIndex={-1}>
          Map the columns
        </h3>
        <label className="form-check full-switch">
          <input type="checkbox" role="switch" checked={state.full} onChange={(e) => wizardSession.setFull(e.target.checked)} disabled={state.task !== null} />
          <span>
            <strong>Full export</strong>{' '}
            <span className="muted">— records of the same source absent from these files are flagged missing (never deleted)</span>
          </span>
        </label>
      </div>
      <div className="map-layout">
        <TableList state={state} />
        {table && draft ? <TableDetail table={table} draft={draft} disabled={state.task !== null} /> : <p className="muted">No table to map.</p>}
      </div>
      <p className="muted step-status" aria-live="polite">
        {state.task?.kind === 'inspect' ? 'Reading the table again…' : ''}
      </p>
      {state.problems.length > 0 && (
        <div className="error-box" role="alert" data-testid="mapping-problems">
          <strong>Before the preview</strong>
          <ul>
            {state.problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        </div>
      )}
      <StepFooter
        state={state}
        errorTitle={state.errorKind === 'inspect' ? 'Could not read the table that way' : 'The preview failed'}
        task={{ kind: 'preview', label: 'Previewing', onCancel }}
        back={{ label: 'Files', step: 'files' }}
        summary={`${included} of ${state.tables.length} ${state.tables.length === 1 ? 'table' : 'tables'} included`}
        primary={{ label: 'Preview import', onClick: onPreview, disabled: included === 0 }}
      />
    </section>
  );
}
