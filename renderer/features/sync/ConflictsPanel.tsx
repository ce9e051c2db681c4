import { useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { SyncConflict } from '../../../shared/api';
import { InlineError } from '../../components/ErrorView';
import { isEditableTarget } from '../../components/keyboard';
import { useToast } from '../../components/Toasts';
import { formatInt } from '../../lib/format';
import { useConflicts, useResolveConflicts } from '../imports/importQueries';
import { QueryStatus } from '../imports/QueryStatus';
import { BulkBar } from './BulkBar';
import { ConflictRow } from './ConflictRow';
import { describeResolution, groupByField, type Resolution } from './conflictModel';
import { selectionState, useSelection } from './selection';
import { TriStateCheckbox } from './TriStateCheckbox';

const NO_CONFLICTS: SyncConflict[] = [];

/**
 * Fields both the user and the CRM changed since the last import. One at a time (the row's
 * buttons, or M / T on a focused row) or many at once (select rows or a whole field).
 */
export function ConflictsPanel() {
  const conflicts = useConflicts();
  const list = conflicts.data ?? NO_CONFLICTS;
  const [field, setField] = useState<string>('');
  const groups = useMemo(() => groupByField(list), [list]);
  const shown = useMemo(() => (field ? groups.filter((g) => g.field === field) : groups), [groups, field]);
  const shownIds = useMemo(() => shown.flatMap((g) => g.conflicts.map((c) => c.id)), [shown]);
  const { selected, set } = useSelection(shownIds);
  const resolve = useResolveConflicts();
  const toast = useToast();
  const body = useRef<HTMLDivElement>(null);

  /** `fromRow`: the answer came from a row, so the keyboard moves on to the next row. */
  const run = (ids: number[], resolution: Resolution, fromRow = false) => {
    if (ids.length === 0 || resolve.isPending) return;
    const position = shownIds.indexOf(ids[0]!);
    resolve.mutate(
      { ids, resolution },
      {
        onSuccess: () => {
          set(ids, false);
          toast.show({ message: describeResolution(resolution, ids.length) });
          // Keep the keyboard where it was: on the row that took the resolved one's place.
          if (fromRow) requestAnimationFrame(() => focusRowAt(body.current, position));
        },
      },
    );
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.ctrlKey || event.metaKey || event.altKey || isTypingTarget(event.target)) return;
    const key = event.key.toLowerCase();
    if (key !== 'm' && key !== 't') return;
    const row = (event.target as HTMLElement).closest<HTMLElement>('[data-conflict-id]');
    if (!row) return;
    event.preventDefault();
    run([Number(row.dataset.conflictId)], key === 'm' ? 'keep_local' : 'take_incoming', true);
  };

  const selectedIds = shownIds.filter((id) => selected.has(id));
  return (
    <section className="panel sync-panel" aria-labelledby="conflicts-heading" data-testid="conflicts-panel">
      <div className="section-header">
        <h3 id="conflicts-heading">
          Conflicts {conflicts.data && <span className="count-badge">{formatInt(list.length)}</span>}
        </h3>
        {list.length > 0 && <span className="muted small">Keys on a row: M keep mine · T take theirs</span>}
      </div>
      <p className="muted">
        Fields you changed here that the CRM also changed since the last import. Your value stays until you choose.
      </p>
      <QueryStatus
        query={conflicts}
        loading="Loading conflicts…"
        errorTitle="Could not load the conflicts"
        empty={
          <p className="empty-line" data-testid="no-conflicts">
            <strong>No conflicts:</strong> every imported change was merged.
          </p>
        }
      />
      {list.length > 0 && (
        <>
          <BulkBar
            label="Resolve selected conflicts"
            state={selectionState(selected, shownIds)}
            onSelectAll={(on) => set(shownIds, on)}
            selectAllLabel={field ? `Select all ${formatInt(shownIds.length)} shown` : 'Select all conflicts'}
            selected={selectedIds.length}
          >
            <label className="form-check">
              <span>Field</span>
              <select aria-label="Show conflicts of field" value={field} onChange={(e) => setField(e.target.value)}>
                <option value="">All fields ({formatInt(list.length)})</option>
                {groups.map((g) => (
                  <option key={g.field} value={g.field}>
                    {g.label} ({formatInt(g.conflicts.length)})
                  </option>
                ))}
              </select>
            </label>
            <button type="button" disabled={selectedIds.length === 0 || resolve.isPending} onClick={() => run(selectedIds, 'keep_local')}>
              Keep mine
            </button>
            <button type="button" disabled={selectedIds.length === 0 || resolve.isPending} onClick={() => run(selectedIds, 'take_incoming')}>
              Take theirs
            </button>
            <InlineError error={resolve.error} />
          </BulkBar>
          <div className="table-frame" ref={body} onKeyDown={onKeyDown}>
            <table className="data-table conflicts-table" aria-label="Conflicts">
              <thead>
                <tr>
                  <th scope="col" className="check-col">
                    <span className="visually-hidden">Selected</span>
                  </th>
                  <th scope="col">Record</th>
                  <th scope="col">Mine (here)</th>
                  <th scope="col">Theirs (CRM)</th>
                  <th scope="col">Last imported</th>
                  <th scope="col">Import</th>
                  <th scope="col">
                    <span className="visually-hidden">Resolve</span>
                  </th>
                </tr>
              </thead>
              {shown.map((group) => {
                const ids = group.conflicts.map((c) => c.id);
                return (
                  <tbody key={group.field} data-testid="conflict-group" data-field={group.field}>
                    <tr className="group-row">
                      <th colSpan={7} scope="rowgroup">
                        <label className="form-check">
                          <TriStateCheckbox
                            state={selectionState(selected, ids)}
                            onChange={(on) => set(ids, on)}
                            label={`Select all ${formatInt(ids.length)} ${group.label} conflicts`}
                          />
                          <span>{group.label}</span>
                        </label>
                        <span className="muted">
                          {formatInt(ids.length)} {ids.length === 1 ? 'conflict' : 'conflicts'}
                        </span>
                      </th>
                    </tr>
                    {group.conflicts.map((conflict) => (
                      <ConflictRow
                        key={conflict.id}
                        conflict={conflict}
                        fieldLabel={group.label}
                        selected={selected.has(conflict.id)}
                        onSelect={(on) => set([conflict.id], on)}
                        onResolve={(resolution) => run([conflict.id], resolution, true)}
                        busy={resolve.isPending}
                      />
                    ))}
                  </tbody>
                );
              })}
            </table>
          </div>
        </>
      )}
    </section>
  );
}

/** A text field takes letters; a row's checkbox or button does not, so M and T work there. */
function isTypingTarget(target: EventTarget): boolean {
  if (target instanceof HTMLInputElement && (target.type === 'checkbox' || target.type === 'radio')) return false;
  return isEditableTarget(target);
}

/** Focuses the first control of the conflict row at `index` (or the last row), if any is left. */
function focusRowAt(container: HTMLElement | null, index: number): void {
  const rows = container?.querySelectorAll<HTMLElement>('[data-conflict-id]');
  if (!rows || rows.length === 0) return;
  const row = rows[Math.min(Math.max(index, 0), rows.length - 1)];
  row?.querySelector<HTMLElement>('input, button')?.focus();
}
