import type { Header } from '@tanstack/react-table';
import type { KeyboardEvent } from 'react';
import type { AccountRow } from '../../../shared/api';
import { COLUMN_BY_ID, isPortfolioColumnId } from './columns';
import type { SortRule } from './model';
import { ariaSort } from './sorting';
import { MAX_COLUMN_WIDTH, MIN_COLUMN_WIDTH } from './viewState';

interface Props {
  header: Header<AccountRow, unknown>;
  sorting: readonly SortRule[];
  onSort: (columnId: string, multi: boolean) => void;
  onResize: (columnId: string, width: number) => void;
}

/**
 * A column header: a button that sorts (Shift adds a sort key) and a resize handle that
 * works by drag or by arrow keys.
 */
export function HeaderCell({ header, sorting, onSort, onResize }: Props) {
  const column = header.column;
  const label = isPortfolioColumnId(column.id) ? COLUMN_BY_ID[column.id].label : column.id;
  const rule = sorting.find((r) => r.id === column.id);
  const position = sorting.findIndex((r) => r.id === column.id);
  // Enter and Space click the button natively; Shift+Enter / Shift+Space are taken over here
  // (their native click is cancelled) so that they reliably add a sort key.
  const onButtonKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    if (!event.shiftKey) return;
    if (event.key === 'Enter') {
      event.preventDefault();
      onSort(column.id, true);
    } else if (event.key === ' ') {
      event.preventDefault();
    }
  };
  const onButtonKeyUp = (event: KeyboardEvent<HTMLButtonElement>) => {
    if (event.key === ' ' && event.shiftKey) {
      event.preventDefault();
      onSort(column.id, true);
    }
  };

  const onResizeKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const step = event.shiftKey ? 50 : 10;
    let width: number | null = null;
    if (event.key === 'ArrowLeft') width = column.getSize() - step;
    if (event.key === 'ArrowRight') width = column.getSize() + step;
    if (width === null) return;
    event.preventDefault();
    onResize(column.id, Math.min(MAX_COLUMN_WIDTH, Math.max(MIN_COLUMN_WIDTH, width)));
  };

  return (
    <div role="columnheader" className="th" aria-sort={ariaSort(sorting, column.id)}>
      <button
        type="button"
        className="sort-button"
        aria-label={`Sort by ${label}`}
        title="Sort (Shift+click or Shift+Enter adds a sort key)"
        onKeyDown={onButtonKeyDown}
        onKeyUp={onButtonKeyUp}
        onClick={(event) => onSort(column.id, event.shiftKey)}
      >
        <span className="th-label">{label}</span>
        {rule && (
          <span className="sort-indicator" aria-hidden="true">
            {rule.desc ? '▼' : '▲'}
            {sorting.length > 1 && <sup>{position + 1}</sup>}
          </span>
        )}
      </button>
      <div
        role="separator"
        aria-orientation="vertical"
        aria-label={`Resize ${label}`}
        aria-valuenow={column.getSize()}
        aria-valuemin={MIN_COLUMN_WIDTH}
        aria-valuemax={MAX_COLUMN_WIDTH}
        tabIndex={0}
        className={`resizer${column.getIsResizing() ? ' resizing' : ''}`}
        onMouseDown={header.getResizeHandler()}
        onTouchStart={header.getResizeHandler()}
        onDoubleClick={() => column.resetSize()}
        onKeyDown={onResizeKeyDown}
      />
    </div>
  );
}
