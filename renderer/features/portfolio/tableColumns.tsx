import type { ColumnDef } from '@tanstack/react-table';
import type { AccountRow } from '../../../shared/api';
import { routeToHash } from '../../routing/route';
import { PORTFOLIO_COLUMNS, formatCell, sortsDescendingFirst } from './columns';
import { MAX_COLUMN_WIDTH, MIN_COLUMN_WIDTH } from './viewState';

/** TanStack Table column definitions, built once per day from the plain column list. */
export function buildTableColumns(today: number): ColumnDef<AccountRow>[] {
  return PORTFOLIO_COLUMNS.map((column) => ({
    id: column.id,
    header: column.label,
    accessorFn: column.value,
    size: column.size,
    minSize: MIN_COLUMN_WIDTH,
    maxSize: MAX_COLUMN_WIDTH,
    enableHiding: column.canHide,
    sortDescFirst: sortsDescendingFirst(column),
    cell: ({ row }) => {
      const { text, title } = formatCell(column, row.original, today);
      if (column.id === 'name') {
        // A link for mouse users; the row itself takes keyboard focus.
        return (
          <a href={routeToHash({ name: 'account', id: row.original.id })} tabIndex={-1} title={text}>
            {text}
          </a>
        );
      }
      return <span title={title ?? text}>{text}</span>;
    },
  }));
}
