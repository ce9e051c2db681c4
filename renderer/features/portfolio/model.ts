import type { AccountRow } from '../../../shared/api';
import { dayNumber } from '../../lib/dates';
import { radixOrder } from './radix';
import { optionLabel } from '../../lib/labels';
import { COLUMN_BY_ID, isPortfolioColumnId, type PortfolioColumn, type PortfolioColumnId } from './columns';
import {
  NO_VALUE,
  inBounds,
  isRangeFilter,
  parseBounds,
  quickFilterWords,
  textContains,
  type ColumnFilterEntry,
} from './filters';

/**
 * The portfolio's row pipeline for books of 100,000 accounts. Rows are never copied or
 * wrapped: each column gets a lazily built Float64Array of sort keys (numbers, day numbers,
 * enum positions, or the ranks of text values), and sorting and filtering produce arrays of
 * row indices. Sorting is a stable radix sort per key (radix.ts): linear passes and no
 * comparator calls. (TanStack Table's own sorted/filtered row models build a Row object per
 * account and sort with comparators; at 100k rows that costs seconds.)
 */
export interface SortRule {
  id: string;
  desc: boolean;
}

/** The raw key of a missing value in `values()`; missing values sort last in both directions. */
export const MISSING = Infinity;

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
/** Above this many distinct values (names), code-unit order of lower case replaces the collator. */
const COLLATOR_MAX_DISTINCT = 5000;
const SORT_CACHE_SIZE = 8;

export interface PortfolioModel {
  readonly rows: readonly AccountRow[];
  /** Local calendar day (see lib/dates) that "days to renewal" and "days ago" count from. */
  readonly today: number;
  /**
   * Sort keys, MISSING where there is no value: money and counts as they are, dates as day
   * numbers, enums as their position, text as its rank. Range filters read them too.
   */
  values(id: PortfolioColumnId): Float64Array;
  lowerText(id: PortfolioColumnId): readonly (string | null)[];
  searchText(): readonly string[];
  readonly sortCache: Map<string, Uint32Array>;
}

export function createPortfolioModel(rows: readonly AccountRow[], today: number): PortfolioModel {
  const valueCache = new Map<PortfolioColumnId, Float64Array>();
  const textCache = new Map<PortfolioColumnId, (string | null)[]>();
  let search: string[] | null = null;
  const model: PortfolioModel = {
    rows,
    today,
    sortCache: new Map(),
    values(id) {
      let v = valueCache.get(id);
      if (!v) {
        v = buildValues(rows, COLUMN_BY_ID[id]);
        valueCache.set(id, v);
      }
      return v;
    },
    lowerText(id) {
      let t = textCache.get(id);
      if (!t) {
        const column = COLUMN_BY_ID[id];
        t = rows.map((row) => {
          const value = column.value(row);
          return typeof value === 'string' && value !== '' ? value.toLowerCase() : null;
        });
        textCache.set(id, t);
      }
      return t;
    },
    searchText() {
      search ??= rows.map(searchTextOf);
      return search;
    },
  };
  return model;
}

const SEARCHED: readonly PortfolioColumnId[] = ['name', 'owner', 'segment', 'tier', 'stage', 'status'];

/** What the quick filter looks in: the row's names and labels, separated so words do not join. */
export function searchTextOf(row: AccountRow): string {
  const parts: string[] = [];
  for (const id of SEARCHED) {
    const column = COLUMN_BY_ID[id];
    const value = column.value(row);
    if (typeof value !== 'string' || value === '') continue;
    parts.push(column.options ? optionLabel(column.options, value) : value);
  }
  return parts.join('\u0001').toLowerCase();
}

function buildValues(rows: readonly AccountRow[], column: PortfolioColumn): Float64Array {
  const n = rows.length;
  const out = new Float64Array(n);
  switch (column.kind) {
    case 'money':
    case 'count':
    case 'health':
    case 'trend':
      for (let i = 0; i < n; i++) {
        const v = column.value(rows[i]!);
        out[i] = typeof v === 'number' && Number.isFinite(v) ? v : MISSING;
      }
      return out;
    case 'renewal':
    case 'lastTouch':
      for (let i = 0; i < n; i++) {
        const v = column.value(rows[i]!);
        out[i] = (typeof v === 'string' ? dayNumber(v) : null) ?? MISSING;
      }
      return out;
    case 'enum': {
      // The options' own order (strategic before tech-touch), not the alphabet.
      const position = new Map((column.options ?? []).map((o, i) => [o.value, i]));
      const unknown = position.size;
      for (let i = 0; i < n; i++) {
        const v = column.value(rows[i]!);
        out[i] = v === null || v === '' ? MISSING : (position.get(String(v)) ?? unknown);
      }
      return out;
    }
    case 'text':
      return textRanks(rows.map((row) => column.value(row) as string | null));
  }
}

/** Each value's rank in sorted order (equal values share a rank); missing values get MISSING. */
export function textRanks(values: readonly (string | null)[]): Float64Array {
  const rankOf = new Map<string, number>();
  for (const v of values) if (v !== null && v !== '' && !rankOf.has(v)) rankOf.set(v, 0);
  const distinct = [...rankOf.keys()];
  if (distinct.length <= COLLATOR_MAX_DISTINCT) {
    distinct.sort(collator.compare);
    let rank = -1;
    for (let j = 0; j < distinct.length; j++) {
      if (j === 0 || collator.compare(distinct[j - 1]!, distinct[j]!) !== 0) rank++;
      rankOf.set(distinct[j]!, rank);
    }
  } else {
    // Many distinct values (account names): the native default sort of lower-cased strings
    // is several times faster than a collator, and close enough for names.
    const lowerRank = new Map<string, number>();
    for (const v of distinct) lowerRank.set(v.toLowerCase(), 0);
    const lowers = [...lowerRank.keys()].sort();
    for (let j = 0; j < lowers.length; j++) lowerRank.set(lowers[j]!, j);
    for (const v of distinct) rankOf.set(v, lowerRank.get(v.toLowerCase())!);
  }
  const ranks = new Float64Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    ranks[i] = v === null || v === undefined || v === '' ? MISSING : rankOf.get(v)!;
  }
  return ranks;
}

/** Keys for a descending pass: negated, with missing values still last. */
function descending(keys: Float64Array): Float64Array {
  const out = new Float64Array(keys.length);
  for (let i = 0; i < keys.length; i++) out[i] = keys[i] === MISSING ? MISSING : -keys[i]!;
  return out;
}

/**
 * Row indices in the order of `sorting` (first rule first); ties keep the book's order.
 * Sorting by the last key first and then by each earlier one is correct because every pass
 * is stable. Results are cached on the model, so toggling back to an earlier sort is instant.
 */
export function sortOrder(model: PortfolioModel, sorting: readonly SortRule[]): Uint32Array {
  const rules = sorting.filter((rule) => isPortfolioColumnId(rule.id));
  const cacheKey = rules.map((rule) => `${rule.id}:${rule.desc ? 'd' : 'a'}`).join(',');
  const cached = model.sortCache.get(cacheKey);
  if (cached) return cached;

  let order: Uint32Array | undefined;
  for (let r = rules.length - 1; r >= 0; r--) {
    const rule = rules[r]!;
    const keys = model.values(rule.id as PortfolioColumnId);
    order = radixOrder(rule.desc ? descending(keys) : keys, order);
  }
  if (!order) {
    order = new Uint32Array(model.rows.length);
    for (let i = 0; i < order.length; i++) order[i] = i;
  }
  if (model.sortCache.size >= SORT_CACHE_SIZE) model.sortCache.clear();
  model.sortCache.set(cacheKey, order);
  return order;
}

/** Builds the sort keys of every column ahead of time, one column per call (for idle time). */
export function warmUpSteps(model: PortfolioModel, ids: readonly PortfolioColumnId[]): (() => void)[] {
  return [...ids.map((id) => () => void model.values(id)), () => void model.searchText()];
}

type RowTest = (index: number) => boolean;

function columnTest(model: PortfolioModel, column: PortfolioColumn, value: unknown): RowTest | null {
  switch (column.kind) {
    case 'text': {
      if (typeof value !== 'string') return null;
      const query = value.trim().toLowerCase();
      if (!query) return null;
      const texts = model.lowerText(column.id);
      return (i) => textContains(texts[i] ?? null, query);
    }
    case 'enum':
    case 'health':
    case 'trend': {
      // Health sorts by score but filters by band; trend sorts by points but filters by direction.
      if (typeof value !== 'string' || value === '') return null;
      const rows = model.rows;
      const read = column.choice ?? column.value;
      if (value === NO_VALUE) return (i) => read(rows[i]!) === null;
      return (i) => read(rows[i]!) === value;
    }
    case 'money':
    case 'count': {
      const bounds = isRangeFilter(value) ? parseBounds(value) : null;
      if (!bounds) return null;
      const keys = model.values(column.id);
      return (i) => inBounds(keys[i]!, bounds);
    }
    case 'renewal': {
      // Bounds are days to renewal; an account without a renewal date matches no range.
      const bounds = isRangeFilter(value) ? parseBounds(value) : null;
      if (!bounds) return null;
      const keys = model.values(column.id);
      const today = model.today;
      return (i) => keys[i] !== MISSING && inBounds(keys[i]! - today, bounds);
    }
    case 'lastTouch': {
      // Bounds are days since the last touch; never touched counts as infinitely long ago,
      // so "at least 90 days" includes it and "at most 30 days" does not.
      const bounds = isRangeFilter(value) ? parseBounds(value) : null;
      if (!bounds) return null;
      const keys = model.values(column.id);
      const today = model.today;
      return (i) => inBounds(keys[i] === MISSING ? Infinity : today - keys[i]!, bounds);
    }
  }
}

/** The rows of `order` (kept in that order) that pass every column filter and the quick filter. */
export function filterOrder(
  model: PortfolioModel,
  order: Uint32Array,
  columnFilters: readonly ColumnFilterEntry[],
  quickFilter: string,
): Uint32Array {
  const tests: RowTest[] = [];
  for (const filter of columnFilters) {
    if (!isPortfolioColumnId(filter.id)) continue;
    const test = columnTest(model, COLUMN_BY_ID[filter.id], filter.value);
    if (test) tests.push(test);
  }
  const words = quickFilterWords(quickFilter);
  if (words.length > 0) {
    const text = model.searchText();
    tests.push((i) => {
      const s = text[i]!;
      for (const word of words) if (!s.includes(word)) return false;
      return true;
    });
  }
  if (tests.length === 0) return order;
  const out = new Uint32Array(order.length);
  let count = 0;
  outer: for (let j = 0; j < order.length; j++) {
    const i = order[j]!;
    for (const test of tests) if (!test(i)) continue outer;
    out[count++] = i;
  }
  return out.slice(0, count);
}
