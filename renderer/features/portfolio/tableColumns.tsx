import type { ColumnDef } from '@tanstack/react-table';
import type { AccountRow } from '../../../shared/api';
import type { Option } from '../../lib/labels';
import { routeToHash } from '../../routing/route';
import { BandChip } from '../account/BandChip';
import { PORTFOLIO_COLUMNS, formatCell, sortsDescendingFirst } from './columns';
import { trendDirection, type TrendDirection } from './healthColumns';
import { MAX_COLUMN_WIDTH, MIN_COLUMN_WIDTH } from './viewState';

const TREND_CLASS: Record<TrendDirection, string> = { falling: 'down', flat: 'flat', rising: 'up' };

/** TanStack Table column definitions, built once per day (and per change of the workspace's health bands) from the plain column list. */
export function buildTableColumns(today: number, bandOptions?: readonly Option[]): ColumnDef<AccountRow>[] {
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
      const { text, title } = formatCell(column, row.original, today, bandOptions);
      if (column.id === 'name') {
        // A link for mouse users; the row itself takes keyboard focus.
        return (
          <a href={routeToHash({ name: 'account', id: row.original.id })} tabIndex={-1} title={text}>
            {text}
          </a>
        );
      }
      if (column.id === 'health' && text !== '') {
        return (
          <span title={title}>
            <BandChip band={row.original.healthBand} label={text} />
          </span>
        );
      }
      if (column.id === 'trend' && text !== '') {
        return (
          <span className={`trend trend-${TREND_CLASS[trendDirection(row.original.healthChange)!]}`} title={title}>
            {text}
          </span>
        );
      }
      return <span title={title ?? text}>{text}</span>;
    },
  }));
}
