import type { AccountRow } from '../../../shared/api';
import { describeLastTouch, describeRenewal, formatInt, formatMoneyCompact, formatMoneyExact } from '../../lib/format';
import { arrTitle, markArr } from '../../lib/arrMarker';
import { STAGE_OPTIONS, STATUS_OPTIONS, TIER_OPTIONS, optionLabel, type Option } from '../../lib/labels';
import { describeHealth, describeTrendCell, HEALTH_BAND_OPTIONS, TREND_OPTIONS, trendDirection } from './healthColumns';

/**
 * The portfolio's columns as plain data: how to read, sort, filter and show each one. The
 * React table columns and the row model are both built from this, so they cannot disagree.
 */
export type PortfolioColumnId =
  | 'name'
  | 'tier'
  | 'segment'
  | 'owner'
  | 'stage'
  | 'status'
  | 'arr'
  | 'mrr'
  | 'renewalDate'
  | 'lastTouch'
  | 'contactsCount'
  | 'health'
  | 'trend';

/**
 * text: contains-filter; enum: select filter; health and trend: sorted by a number (score,
 * change in points) and filtered by a select on `choice` (band, direction); the rest: min/max
 * filter on a number.
 */
export type ColumnKind = 'text' | 'enum' | 'money' | 'count' | 'renewal' | 'lastTouch' | 'health' | 'trend';

export interface PortfolioColumn {
  id: PortfolioColumnId;
  label: string;
  kind: ColumnKind;
  size: number;
  canHide: boolean;
  hiddenByDefault?: boolean;
  /** Allowed values, in their meaningful order (which is also the sort order). */
  options?: readonly Option[];
  /** The raw value: text for text/enum, a number for money/count, an ISO date for dates. */
  value: (row: AccountRow) => string | number | null;
  /** What the select filter of a health or trend column compares with its options. */
  choice?: (row: AccountRow) => string | null;
  /** What the min/max filter means, for its placeholder. */
  rangeUnit?: string;
}

export const PORTFOLIO_COLUMNS: readonly PortfolioColumn[] = [
  { id: 'name', label: 'Name', kind: 'text', size: 240, canHide: false, value: (r) => r.name },
  // Health sits next to the name: the first thing a CSM scans the book for.
  {
    id: 'health',
    label: 'Health',
    kind: 'health',
    size: 120,
    canHide: true,
    options: HEALTH_BAND_OPTIONS,
    value: (r) => r.healthScore ?? null,
    choice: (r) => r.healthBand ?? null,
  },
  {
    id: 'trend',
    label: 'Trend',
    kind: 'trend',
    size: 84,
    canHide: true,
    options: TREND_OPTIONS,
    value: (r) => r.healthChange ?? null,
    choice: (r) => trendDirection(r.healthChange),
  },
  { id: 'tier', label: 'Tier', kind: 'enum', size: 110, canHide: true, options: TIER_OPTIONS, value: (r) => r.tier },
  { id: 'segment', label: 'Segment', kind: 'text', size: 120, canHide: true, value: (r) => r.segment },
  { id: 'owner', label: 'Owner', kind: 'text', size: 140, canHide: true, value: (r) => r.owner },
  { id: 'stage', label: 'Stage', kind: 'enum', size: 130, canHide: true, options: STAGE_OPTIONS, value: (r) => r.stage },
  {
    id: 'status',
    label: 'Status',
    kind: 'enum',
    size: 100,
    canHide: true,
    hiddenByDefault: true,
    options: STATUS_OPTIONS,
    value: (r) => r.status,
  },
  { id: 'arr', label: 'ARR', kind: 'money', size: 100, canHide: true, value: (r) => r.arr },
  { id: 'mrr', label: 'MRR', kind: 'money', size: 100, canHide: true, value: (r) => r.mrr },
  {
    id: 'renewalDate',
    label: 'Renewal',
    kind: 'renewal',
    size: 190,
    canHide: true,
    rangeUnit: 'days to renewal',
    value: (r) => r.renewalDate,
  },
  {
    id: 'lastTouch',
    label: 'Last touch',
    kind: 'lastTouch',
    size: 180,
    canHide: true,
    rangeUnit: 'days ago',
    value: (r) => r.lastTouch,
  },
  { id: 'contactsCount', label: 'Contacts', kind: 'count', size: 90, canHide: true, value: (r) => r.contactsCount },
];

export const COLUMN_BY_ID = Object.fromEntries(PORTFOLIO_COLUMNS.map((c) => [c.id, c])) as Record<
  PortfolioColumnId,
  PortfolioColumn
>;

export function isPortfolioColumnId(id: string): id is PortfolioColumnId {
  return Object.prototype.hasOwnProperty.call(COLUMN_BY_ID, id);
}

/** Numbers sort largest first on the first click; text and dates sort A→Z / soonest first. */
export function sortsDescendingFirst(column: PortfolioColumn): boolean {
  return column.kind === 'money' || column.kind === 'count';
}

export interface CellText {
  text: string;
  title?: string;
}

/**
 * What a cell shows. Money is compact, in the account's own currency, with the exact amount as
 * a title; a health band by its label among `bandOptions` (the workspace's bands).
 */
export function formatCell(column: PortfolioColumn, row: AccountRow, today: number, bandOptions?: readonly Option[]): CellText {
  const currency = row.currency || 'USD';
  const value = column.value(row);
  switch (column.kind) {
    case 'text':
      return { text: (value as string | null) ?? '' };
    case 'enum':
      return { text: optionLabel(column.options ?? [], value as string | null) };
    case 'money': {
      const text = formatMoneyCompact(value as number, currency);
      const title = formatMoneyExact(value as number, currency);
      // ARR may be derived from revenue (no ARR entered): marked, and the tooltip says how.
      if (column.id === 'arr') return { text: markArr(text, row.arrSource), title: arrTitle(row.arrSource, title) };
      return { text, title };
    }
    case 'count':
      return { text: formatInt(value as number) };
    case 'renewal':
      return { text: describeRenewal(value as string | null, today) };
    case 'lastTouch':
      return { text: describeLastTouch(value as string | null, today) };
    case 'health':
      return describeHealth(row, bandOptions);
    case 'trend':
      return describeTrendCell(row.healthChange);
  }
}
