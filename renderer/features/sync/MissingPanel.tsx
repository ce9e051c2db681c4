import { useMemo } from 'react';
import type { MissingRecord } from '../../../shared/api';
import { InlineError } from '../../components/ErrorView';
import { useToast } from '../../components/Toasts';
import { formatLocalDateTime } from '../../lib/dates';
import { formatInt } from '../../lib/format';
import { useDismissMissing, useMissingRecords } from '../imports/importQueries';
import { QueryStatus } from '../imports/QueryStatus';
import { BulkBar } from './BulkBar';
import { entityLabel, recordHref, recordLabel } from './conflictModel';
import { selectionState, useSelection } from './selection';

const NO_RECORDS: MissingRecord[] = [];

const keyOf = (record: MissingRecord) => `${record.entity}:${record.entityId}:${record.source}`;

/** Records a full export of their source no longer holds: flagged for a look, never deleted. */
export function MissingPanel() {
  const missing = useMissingRecords();
  const list = missing.data ?? NO_RECORDS;
  const keys = useMemo(() => list.map(keyOf), [list]);
  const { selected, set } = useSelection(keys);
  const dismiss = useDismissMissing();
  const toast = useToast();

  const run = (records: MissingRecord[]) => {
    if (records.length === 0) return;
    dismiss.mutate(
      { records: records.map(({ entity, entityId, source }) => ({ entity, entityId, source })) },
      {
        onSuccess: ({ dismissed }) =>
          toast.show({ message: `Dismissed ${formatInt(dismissed)} missing ${dismissed === 1 ? 'flag' : 'flags'}` }),
      },
    );
  };
  const chosen = list.filter((record) => selected.has(keyOf(record)));

  return (
    <section className="panel sync-panel" aria-labelledby="missing-heading" data-testid="missing-panel">
      <h3 id="missing-heading">
        Missing from the source {missing.data && <span className="count-badge">{formatInt(list.length)}</span>}
      </h3>
      <p className="muted">
        Records that a full export no longer holds. Nothing was deleted: check each one (closed, merged or deleted in the
        CRM), then dismiss its flag.
      </p>
      <QueryStatus
        query={missing}
        loading="Loading…"
        errorTitle="Could not load the missing records"
        empty={
          <p className="empty-line" data-testid="no-missing">
            <strong>Nothing missing:</strong> every record was in the latest full export of its source.
          </p>
        }
      />
      {list.length > 0 && (
        <>
          <BulkBar
            label="Dismiss selected missing flags"
            state={selectionState(selected, keys)}
            onSelectAll={(on) => set(keys, on)}
            selectAllLabel="Select all missing records"
            selected={chosen.length}
          >
            <button type="button" disabled={chosen.length === 0 || dismiss.isPending} onClick={() => run(chosen)}>
              Dismiss flags
            </button>
            <InlineError error={dismiss.error} />
          </BulkBar>
          <div className="table-frame">
            <table className="data-table" aria-label="Missing records">
              <thead>
                <tr>
                  <th scope="col" className="check-col">
                    <span className="visually-hidden">Selected</span>
                  </th>
                  <th scope="col">Record</th>
                  <th scope="col">Kind</th>
                  <th scope="col">Source</th>
                  <th scope="col">Flagged</th>
                  <th scope="col">
                    <span className="visually-hidden">Dismiss</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {list.map((record) => {
                  const key = keyOf(record);
                  const href = recordHref(record.entity, record.entityId);
                  const label = recordLabel(record);
                  return (
                    <tr key={key} className="row-hover" data-testid="missing-row">
                      <td className="check-col">
                        <input
                          type="checkbox"
                          aria-label={`Select ${label}`}
                          checked={selected.has(key)}
                          onChange={(e) => set([key], e.target.checked)}
                        />
                      </td>
                      <td className="record-cell">{href ? <a href={href}>{label}</a> : label}</td>
                      <td>{entityLabel(record.entity)}</td>
                      <td>{record.source}</td>
                      <td className="nowrap muted small">
                        batch {record.batchId} · {formatLocalDateTime(record.flaggedAt)}
                      </td>
                      <td className="actions">
                        <button type="button" disabled={dismiss.isPending} onClick={() => run([record])} aria-label={`Dismiss ${label}`}>
                          Dismiss
                        </button>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
