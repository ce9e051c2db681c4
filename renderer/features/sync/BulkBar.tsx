import type { ReactNode } from 'react';
import { formatInt } from '../../lib/format';
import type { SelectionState } from './selection';
import { TriStateCheckbox } from './TriStateCheckbox';

interface Props {
  /** Names the toolbar for screen readers ("Resolve selected conflicts"). */
  label: string;
  state: SelectionState;
  onSelectAll: (on: boolean) => void;
  selectAllLabel: string;
  selected: number;
  /** The actions on the selection, and anything else the bar holds. */
  children: ReactNode;
}

/** Select all, how many are selected, and what to do with them: always shown, so nothing jumps. */
export function BulkBar({ label, state, onSelectAll, selectAllLabel, selected, children }: Props) {
  return (
    <div className="bulk-bar" role="toolbar" aria-label={label}>
      <label className="form-check">
        <TriStateCheckbox state={state} onChange={onSelectAll} label={selectAllLabel} />
        <span>Select all</span>
      </label>
      <span className="selected-count" aria-live="polite">
        {formatInt(selected)} selected
      </span>
      {children}
    </div>
  );
}
