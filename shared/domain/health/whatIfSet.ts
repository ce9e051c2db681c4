import type { Scorecard, ScorecardTarget } from './scorecard';
import { assignScorecards } from './scorecardSet';
import type { AccountId, HealthBook, ScorecardComparison } from './whatIf';
import { columnsOn, compareSides, sideOf, type Side } from './whatIfCore';

export interface ScorecardSetComparison extends ScorecardComparison {
  /** Accounts a different scorecard would score after the change (a rule or the order changed), in book order. */
  switched: { accounts: number; arr: number; accountIds: AccountId[] };
}

interface BeforeSide {
  targets: readonly ScorecardTarget[];
  side: Side;
  assigned: Int32Array;
  columns: Int32Array;
}

// The scorecards in force stay the same while one is edited: their side of the comparison is
// worked out once per book and list, so each keystroke scores the book once, not twice.
const beforeSides = new WeakMap<HealthBook, WeakMap<readonly Scorecard[], BeforeSide>>();

function beforeSideOf(book: HealthBook, targets: readonly ScorecardTarget[], current: readonly Scorecard[]): BeforeSide {
  let byList = beforeSides.get(book);
  if (byList === undefined) beforeSides.set(book, (byList = new WeakMap()));
  const cached = byList.get(current);
  if (cached !== undefined && cached.targets === targets) return cached;
  const side = sideOf(current);
  const assigned = assignScorecards(targets, current);
  const computed = { targets, side, assigned, columns: columnsOn(book, side, (i) => assigned[i]!) };
  byList.set(current, computed);
  return computed;
}

/**
 * How a proposed list of scorecards (one edited, added, removed or reordered) would reclassify
 * the book: each account is scored by the first scorecard whose rule matches it on each side.
 * Bands of the same id share a column across scorecards; an account no scorecard applies to
 * counts as "not scored" (validateScorecardSet refuses such a list). `targets[i]` is the tier
 * and segment of book account i. The lists are values: change one by making a new array (the
 * current list's side is cached by identity).
 */
export function compareSetsOnBook(
  book: HealthBook,
  targets: readonly ScorecardTarget[],
  current: readonly Scorecard[],
  proposed: readonly Scorecard[],
): ScorecardSetComparison {
  if (targets.length !== book.ids.length) {
    throw new Error(`The book has ${book.ids.length} accounts but ${targets.length} tiers and segments were given`);
  }
  const { side, assigned: before, columns } = beforeSideOf(book, targets, current);
  const after = assignScorecards(targets, proposed);
  const comparison = compareSides(book, side, sideOf(proposed), columns, (i) => after[i]!);
  const switched: ScorecardSetComparison['switched'] = { accounts: 0, arr: 0, accountIds: [] };
  for (let index = 0; index < book.ids.length; index++) {
    const was = current[before[index]!]?.id;
    const becomes = proposed[after[index]!]?.id;
    if (was === becomes) continue;
    switched.accounts++;
    switched.arr += book.arr[index]!;
    switched.accountIds.push(book.ids[index]!);
  }
  return { ...comparison, switched };
}
