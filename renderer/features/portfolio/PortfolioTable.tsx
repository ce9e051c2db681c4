import {
  flexRender,
  getCoreRowModel,
  useReactTable,
  type ColumnFiltersState,
  type ColumnSizingState,
  type SortingState,
  type VisibilityState,
} from '@tanstack/react-table';
import { defaultRangeExtractor, useVirtualizer, type Range } from '@tanstack/react-virtual';
import {
  useCallback,
  useDeferredValue,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type CSSProperties,
  type KeyboardEvent,
} from 'react';
import type { AccountRow } from '../../../shared/api';
import { localDayNumber } from '../../lib/dates';
import { navigate } from '../../routing/useRoute';
import { COLUMN_BY_ID, isPortfolioColumnId, sortsDescendingFirst } from './columns';
import { getFilterValue, setColumnFilter, type FilterValue } from './filters';
import { FilterControl } from './FilterControl';
import { HeaderCell } from './HeaderCell';
import { usePortfolioInstrumentation } from './instrumentation';
import { useIdleWarmUp } from './useIdleWarmUp';
import { createPortfolioModel, filterOrder, sortOrder } from './model';
import { PortfolioToolbar } from './PortfolioToolbar';
import { clampRowIndex, nextRowIndex } from './rowNav';
import { nextSorting } from './sorting';
import { buildTableColumns } from './tableColumns';
import { useHealthBandOptions } from './useHealthBandOptions';
import { useRememberView, useSlashFocuses } from './hooks';
import { defaultVisibility, loadViewState } from './viewState';

/** Keep in sync with .tr / .th / .filter-row heights in styles.css. */
export const ROW_HEIGHT = 32;
const HEADER_HEIGHT = 2 * ROW_HEIGHT;

interface Props {
  rows: AccountRow[];
  /** Set while `rows` is only the first screen and the whole book (this many) is still loading. */
  loadingTotal?: number;
}

export function PortfolioTable({ rows, loadingTotal }: Props) {
  const initial = useMemo(loadViewState, []);
  const [sorting, setSorting] = useState<SortingState>(initial.sorting);
  const [columnFilters, setColumnFilters] = useState<ColumnFiltersState>(initial.columnFilters);
  const [quickFilter, setQuickFilter] = useState(initial.quickFilter);
  const [columnVisibility, setColumnVisibility] = useState<VisibilityState>(initial.columnVisibility);
  const [columnSizing, setColumnSizing] = useState<ColumnSizingState>(initial.columnSizing);
  const [activeIndex, setActiveIndex] = useState(initial.activeIndex);

  // The calendar day is read when the book (re)loads, so relative dates stay consistent.
  const today = useMemo(() => localDayNumber(new Date()), [rows]);
  const model = useMemo(() => createPortfolioModel(rows, today), [rows, today]);
  useIdleWarmUp(model);
  // Typing in a filter stays responsive: the 100k-row scan runs at lower priority.
  const deferredFilters = useDeferredValue(columnFilters);
  const deferredQuick = useDeferredValue(quickFilter);
  const sorted = useMemo(() => sortOrder(model, sorting), [model, sorting]);
  const order = useMemo(
    () => filterOrder(model, sorted, deferredFilters, deferredQuick),
    [model, sorted, deferredFilters, deferredQuick],
  );
  const active = clampRowIndex(activeIndex, order.length);

  const scrollRef = useRef<HTMLDivElement>(null);
  // The focused row stays mounted even when scrolled away, so focus is never lost to <body>.
  const rangeExtractor = useCallback(
    (range: Range) => {
      const indexes = defaultRangeExtractor(range);
      if (active < range.count && !indexes.includes(active)) {
        indexes.push(active);
        indexes.sort((a, b) => a - b);
      }
      return indexes;
    },
    [active],
  );
  const virtualizer = useVirtualizer({
    count: order.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 10,
    paddingStart: HEADER_HEIGHT,
    scrollPaddingStart: HEADER_HEIGHT,
    rangeExtractor,
    initialOffset: initial.scrollTop,
    // A first guess of the viewport, so the very first render already has rows to show.
    initialRect: { width: 0, height: typeof window === 'undefined' ? 800 : window.innerHeight },
  });
  const allItems = virtualizer.getVirtualItems(); // memoised by the virtualizer per range
  const virtualItems = useMemo(() => allItems.filter((item) => item.index < order.length), [allItems, order]);
  // TanStack Table only ever sees the rows on screen: the row pipeline above did the work.
  const windowRows = useMemo(() => virtualItems.map((item) => rows[order[item.index]!]!), [virtualItems, order, rows]);

  const bandOptions = useHealthBandOptions();
  const columns = useMemo(() => buildTableColumns(today, bandOptions), [today, bandOptions]);
  const table = useReactTable({
    data: windowRows,
    columns,
    getRowId: (row) => String(row.id),
    getCoreRowModel: getCoreRowModel(),
    manualSorting: true,
    manualFiltering: true,
    enableMultiSort: true,
    columnResizeMode: 'onChange',
    state: { sorting, columnFilters, globalFilter: quickFilter, columnVisibility, columnSizing },
    onSortingChange: setSorting,
    onColumnFiltersChange: setColumnFilters,
    onGlobalFilterChange: (value) => setQuickFilter(String(value ?? '')),
    onColumnVisibilityChange: setColumnVisibility,
    onColumnSizingChange: setColumnSizing,
  });
  const tableRows = table.getRowModel().rows;
  usePortfolioInstrumentation(tableRows.length, sorting, loadingTotal === undefined);

  useRememberView({ sorting, columnFilters, quickFilter, columnVisibility, columnSizing, activeIndex: active }, scrollRef);
  const quickFilterRef = useRef<HTMLInputElement>(null);
  useSlashFocuses(quickFilterRef);

  // Roving focus: after a key moves the active row, focus it once it is rendered.
  const focusPending = useRef(false);
  useLayoutEffect(() => {
    if (!focusPending.current) return;
    const element = scrollRef.current?.querySelector<HTMLElement>(`[data-index="${active}"]`);
    if (element) {
      focusPending.current = false;
      element.focus({ preventScroll: true });
    }
  });

  const openAccount = (id: number) => navigate({ name: 'account', id });
  const onRowKeyDown = (event: KeyboardEvent<HTMLDivElement>, index: number, accountId: number) => {
    if (event.target !== event.currentTarget) return;
    if (event.key === 'Enter') {
      event.preventDefault();
      openAccount(accountId);
      return;
    }
    const viewport = scrollRef.current?.clientHeight ?? ROW_HEIGHT * 10;
    const pageSize = Math.floor((viewport - HEADER_HEIGHT) / ROW_HEIGHT) - 1;
    const next = nextRowIndex(event.key, index, order.length, pageSize);
    if (next === null) return;
    event.preventDefault();
    setActiveIndex(next);
    focusPending.current = true;
    virtualizer.scrollToIndex(next, { align: 'auto' });
  };

  const onSort = (columnId: string, multi: boolean) => {
    const descFirst = isPortfolioColumnId(columnId) && sortsDescendingFirst(COLUMN_BY_ID[columnId]);
    table.setSorting((old) => nextSorting(old, columnId, multi, descFirst));
  };
  const onResize = (columnId: string, width: number) =>
    table.setColumnSizing((old) => ({ ...old, [columnId]: width }));
  // Straight to our state: TanStack's setColumnFilters would drop a {min, max} value through
  // its auto-detected number filter's autoRemove (it expects [min, max] tuples).
  const onFilter = (columnId: string, value: FilterValue | undefined) =>
    setColumnFilters((old) => setColumnFilter(old, columnId, value));

  const visibleColumns = table.getVisibleLeafColumns();
  const gridStyle = {
    '--grid-columns': visibleColumns.map((c) => `${c.getSize()}px`).join(' '),
    width: table.getTotalSize(),
    height: virtualizer.getTotalSize(),
  } as CSSProperties;
  const headers = table.getHeaderGroups()[0]?.headers ?? [];
  const filtersActive = columnFilters.length > 0 || quickFilter.trim() !== '';

  return (
    <div className="portfolio">
      <PortfolioToolbar
        table={table}
        quickFilterRef={quickFilterRef}
        quickFilter={quickFilter}
        onQuickFilter={setQuickFilter}
        shown={order.length}
        total={rows.length}
        loadingTotal={loadingTotal}
        filtersActive={filtersActive}
        onClearFilters={() => {
          setColumnFilters([]);
          setQuickFilter('');
        }}
        onResetColumns={() => {
          setColumnVisibility(defaultVisibility());
          setColumnSizing({});
        }}
      />
      <div
        className="table-scroll"
        ref={scrollRef}
        role="grid"
        aria-label="Accounts"
        aria-rowcount={order.length + 2}
        aria-colcount={visibleColumns.length}
        data-testid="portfolio-table"
        data-row-count={order.length}
      >
        <div className="table-inner" style={gridStyle}>
          <div className="thead" role="rowgroup">
            <div className="header-row" role="row" aria-rowindex={1}>
              {headers.map((header) => (
                <HeaderCell key={header.id} header={header} sorting={sorting} onSort={onSort} onResize={onResize} />
              ))}
            </div>
            <div className="filter-row" role="row" aria-rowindex={2}>
              {headers.map((header) => (
                <div key={header.id} role="gridcell" className="filter-cell">
                  {isPortfolioColumnId(header.column.id) && (
                    <FilterControl
                      column={COLUMN_BY_ID[header.column.id]}
                      value={getFilterValue(columnFilters, header.column.id)}
                      onChange={(value) => onFilter(header.column.id, value)}
                    />
                  )}
                </div>
              ))}
            </div>
          </div>
          <div role="rowgroup">
            {tableRows.map((row, k) => {
              const item = virtualItems[k]!;
              const isActive = item.index === active;
              return (
                <div
                  key={row.id}
                  role="row"
                  className={`tr${isActive ? ' active' : ''}${item.index % 2 ? ' odd' : ''}`}
                  data-testid="portfolio-row"
                  data-account-id={row.original.id}
                  data-index={item.index}
                  aria-rowindex={item.index + 3}
                  aria-selected={isActive}
                  tabIndex={isActive ? 0 : -1}
                  style={{ transform: `translateY(${item.start}px)` }}
                  onFocus={() => setActiveIndex(item.index)}
                  onKeyDown={(event) => onRowKeyDown(event, item.index, row.original.id)}
                  onDoubleClick={() => openAccount(row.original.id)}
                >
                  {row.getVisibleCells().map((cell) => (
                    <div key={cell.id} role="gridcell" className={`td td-${cell.column.id}`}>
                      {flexRender(cell.column.columnDef.cell, cell.getContext())}
                    </div>
                  ))}
                </div>
              );
            })}
          </div>
          {order.length === 0 && (
            <p className="no-matches" style={{ top: HEADER_HEIGHT }}>
              No accounts match these filters.
            </p>
          )}
        </div>
      </div>
    </div>
  );
}
