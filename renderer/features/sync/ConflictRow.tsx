import type { CustomValue, SyncConflict } from '../../../shared/api';
import { formatLocalDateTime } from '../../lib/dates';
import { recordHref, recordLabel, valueText, type Resolution } from './conflictModel';

interface Props {
  conflict: SyncConflict;
  fieldLabel: string;
  selected: boolean;
  onSelect: (on: boolean) => void;
  onResolve: (resolution: Resolution) => void;
  busy: boolean;
}

function Value({ value, className }: { value: CustomValue; className: string }) {
  const { text, empty } = valueText(value);
  return <span className={`${className}${empty ? ' value-empty' : ''}`}>{text}</span>;
}

export function ConflictRow({ conflict, fieldLabel, selected, onSelect, onResolve, busy }: Props) {
  const label = recordLabel(conflict);
  const href = recordHref(conflict.entity, conflict.entityId);
  const what = `${label}, ${fieldLabel}`;
  return (
    <tr className={`row-hover${selected ? ' row-selected' : ''}`} data-testid="conflict-row" data-conflict-id={conflict.id}>
      <td className="check-col">
        <input type="checkbox" aria-label={`Select ${what}`} checked={selected} onChange={(e) => onSelect(e.target.checked)} />
      </td>
      <td className="record-cell">
        {href ? <a href={href}>{label}</a> : label}
      </td>
      <td>
        <Value value={conflict.local} className="value value-mine" />
      </td>
      <td>
        <Value value={conflict.incoming} className="value value-theirs" />
        <span className="muted small"> from {conflict.source}</span>
      </td>
      <td>
        {conflict.lastImported === null ? (
          <span className="muted small">never imported</span>
        ) : (
          <Value value={conflict.lastImported} className="value value-base" />
        )}
      </td>
      <td className="nowrap muted small">
        batch {conflict.batchId} · {formatLocalDateTime(conflict.createdAt)}
      </td>
      <td className="actions">
        <button type="button" disabled={busy} onClick={() => onResolve('keep_local')} aria-label={`Keep mine: ${what}`}>
          Keep mine
        </button>
        <button type="button" disabled={busy} onClick={() => onResolve('take_incoming')} aria-label={`Take theirs: ${what}`}>
          Take theirs
        </button>
      </td>
    </tr>
  );
}
