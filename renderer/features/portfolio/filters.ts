import { parseNumberInput } from '../../lib/numbers';

/**
 * Filter values as kept in the table state: a string for text (contains) and enum (exact
 * value, or NO_VALUE for "not set"), or the typed min/max strings for numeric columns.
 */
export interface RangeFilter {
  min: string;
  max: string;
}
export type FilterValue = string | RangeFilter;
export interface ColumnFilterEntry {
  id: string;
  value: unknown;
}

/** The select option meaning "rows where this field is empty". */
export const NO_VALUE = '__none__';

export function isRangeFilter(value: unknown): value is RangeFilter {
  return typeof value === 'object' && value !== null && 'min' in value && 'max' in value;
}

export function isEmptyFilter(value: unknown): boolean {
  if (value === undefined || value === null) return true;
  if (typeof value === 'string') return value.trim() === '';
  if (isRangeFilter(value)) return value.min.trim() === '' && value.max.trim() === '';
  return false;
}

export function getFilterValue(filters: readonly ColumnFilterEntry[], id: string): unknown {
  return filters.find((f) => f.id === id)?.value;
}

/** Sets (or, when empty, removes) one column's filter, keeping the others and their order. */
export function setColumnFilter<T extends ColumnFilterEntry>(
  filters: readonly T[],
  id: string,
  value: FilterValue | undefined,
): T[] {
  const index = filters.findIndex((f) => f.id === id);
  if (isEmptyFilter(value)) return index === -1 ? [...filters] : filters.filter((f) => f.id !== id);
  const entry = { id, value } as T;
  if (index === -1) return [...filters, entry];
  const next = [...filters];
  next[index] = entry;
  return next;
}

/** Case-insensitive "contains"; `lowerQuery` is already trimmed and lower-cased. */
export function textContains(lowerValue: string | null, lowerQuery: string): boolean {
  return lowerValue !== null && lowerValue.includes(lowerQuery);
}

export interface Bounds {
  min: number;
  max: number;
}

/**
 * Reads a min/max filter. An empty or unreadable side is open (±Infinity), so a half-typed
 * number never empties the table; null when neither side constrains anything.
 */
export function parseBounds(filter: RangeFilter): Bounds | null {
  const min = parseNumberInput(filter.min);
  const max = parseNumberInput(filter.max);
  const lo = min === null || Number.isNaN(min) ? -Infinity : min;
  const hi = max === null || Number.isNaN(max) ? Infinity : max;
  if (lo === -Infinity && hi === Infinity) return null;
  return { min: lo, max: hi };
}

export function inBounds(value: number, bounds: Bounds): boolean {
  return value >= bounds.min && value <= bounds.max;
}

/** Words of the quick filter, lower-cased; every word must match somewhere in the row. */
export function quickFilterWords(query: string): string[] {
  return query.trim().toLowerCase().split(/\s+/).filter(Boolean);
}
