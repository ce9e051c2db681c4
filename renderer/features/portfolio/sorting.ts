import type { SortRule } from './model';

/**
 * The sort after a header press. A plain press sorts by that column alone, cycling
 * first direction → other direction → unsorted. With Shift it adds the column as the next
 * sort key, or cycles it in place if it is already one.
 */
export function nextSorting(
  sorting: readonly SortRule[],
  columnId: string,
  multi: boolean,
  descFirst: boolean,
): SortRule[] {
  const existing = sorting.find((rule) => rule.id === columnId);
  const cycle = (rules: readonly SortRule[]): SortRule[] => {
    if (!existing) return [...rules, { id: columnId, desc: descFirst }];
    if (existing.desc === descFirst) {
      return rules.map((rule) => (rule.id === columnId ? { id: columnId, desc: !descFirst } : rule));
    }
    return rules.filter((rule) => rule.id !== columnId);
  };
  if (multi) return cycle(sorting);
  if (sorting.length === 1 && existing) return cycle(sorting);
  return [{ id: columnId, desc: descFirst }];
}

/** "ascending" / "descending" / "none" for aria-sort. */
export function ariaSort(sorting: readonly SortRule[], columnId: string): 'ascending' | 'descending' | 'none' {
  const rule = sorting.find((r) => r.id === columnId);
  if (!rule) return 'none';
  return rule.desc ? 'descending' : 'ascending';
}
