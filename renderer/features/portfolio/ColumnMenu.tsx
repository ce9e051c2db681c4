import type { Table } from '@tanstack/react-table';
import { useEffect, useRef, useState } from 'react';
import type { AccountRow } from '../../../shared/api';
import { COLUMN_BY_ID, isPortfolioColumnId } from './columns';

/** "Columns" button with a checklist to show and hide columns. */
export function ColumnMenu({ table, onReset }: { table: Table<AccountRow>; onReset: () => void }) {
  const [open, setOpen] = useState(false);
  const rootRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open]);

  return (
    <div
      className="menu-root"
      ref={rootRef}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && open) {
          event.stopPropagation();
          setOpen(false);
          rootRef.current?.querySelector('button')?.focus();
        }
      }}
    >
      <button type="button" aria-haspopup="true" aria-expanded={open} onClick={() => setOpen((o) => !o)}>
        Columns
      </button>
      {open && (
        <div className="menu" role="group" aria-label="Show columns">
          {table.getAllLeafColumns().map((column) => (
            <label key={column.id} className="menu-item">
              <input
                type="checkbox"
                checked={column.getIsVisible()}
                disabled={!column.getCanHide()}
                onChange={column.getToggleVisibilityHandler()}
              />
              {isPortfolioColumnId(column.id) ? COLUMN_BY_ID[column.id].label : column.id}
            </label>
          ))}
          <button type="button" className="link-button" onClick={onReset}>
            Reset columns
          </button>
        </div>
      )}
    </div>
  );
}
