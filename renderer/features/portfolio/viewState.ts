import type { SortRule } from './model';
import type { ColumnFilterEntry } from './filters';
import { PORTFOLIO_COLUMNS, isPortfolioColumnId } from './columns';

/**
 * What the portfolio remembers between visits: sort, filters and scroll position for the
 * session (in memory), column visibility and widths across restarts (localStorage).
 */
export interface PortfolioViewState {
  sorting: SortRule[];
  columnFilters: ColumnFilterEntry[];
  quickFilter: string;
  columnVisibility: Record<string, boolean>;
  columnSizing: Record<string, number>;
  activeIndex: number;
  scrollTop: number;
}

export const COLUMNS_STORAGE_KEY = 'csm.portfolio.columns.v1';
export const MIN_COLUMN_WIDTH = 60;
export const MAX_COLUMN_WIDTH = 800;

export function defaultVisibility(): Record<string, boolean> {
  return Object.fromEntries(PORTFOLIO_COLUMNS.map((c) => [c.id, !c.hiddenByDefault]));
}

export interface StoredColumns {
  columnVisibility: Record<string, boolean>;
  columnSizing: Record<string, number>;
}

/** Reads stored column settings, dropping anything unknown or out of range. */
export function parseStoredColumns(text: string | null): StoredColumns {
  const result: StoredColumns = { columnVisibility: defaultVisibility(), columnSizing: {} };
  if (!text) return result;
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return result;
  }
  if (typeof raw !== 'object' || raw === null) return result;
  const { columnVisibility, columnSizing } = raw as Record<string, unknown>;
  if (typeof columnVisibility === 'object' && columnVisibility !== null) {
    for (const [id, visible] of Object.entries(columnVisibility)) {
      const column = PORTFOLIO_COLUMNS.find((c) => c.id === id);
      if (column?.canHide && typeof visible === 'boolean') result.columnVisibility[id] = visible;
    }
  }
  if (typeof columnSizing === 'object' && columnSizing !== null) {
    for (const [id, width] of Object.entries(columnSizing)) {
      if (isPortfolioColumnId(id) && typeof width === 'number' && Number.isFinite(width)) {
        result.columnSizing[id] = Math.min(MAX_COLUMN_WIDTH, Math.max(MIN_COLUMN_WIDTH, Math.round(width)));
      }
    }
  }
  return result;
}

let sessionState: Omit<PortfolioViewState, keyof StoredColumns> = {
  sorting: [],
  columnFilters: [],
  quickFilter: '',
  activeIndex: 0,
  scrollTop: 0,
};

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

export function loadViewState(): PortfolioViewState {
  let stored: string | null = null;
  try {
    stored = storage()?.getItem(COLUMNS_STORAGE_KEY) ?? null;
  } catch {
    stored = null;
  }
  return { ...sessionState, ...parseStoredColumns(stored) };
}

export function saveViewState(state: PortfolioViewState): void {
  const { columnVisibility, columnSizing, ...session } = state;
  sessionState = session;
  try {
    storage()?.setItem(COLUMNS_STORAGE_KEY, JSON.stringify({ columnVisibility, columnSizing }));
  } catch {
    // Full or disabled storage only loses the column layout.
  }
}
