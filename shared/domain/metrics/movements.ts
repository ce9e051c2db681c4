import { mrrAt, type RevenueLedger } from './ledger';
import type { AccountMrrChange, CustomerCounts, MrrMovements, RevenueDrilldown } from './types';

/** Where every account stands over one period, and the MRR it moved. */
export interface PeriodClassification {
  startMrr: number;
  endMrr: number;
  movements: MrrMovements;
  customers: CustomerCounts;
  accounts: RevenueDrilldown;
}

/**
 * Classifies every account over the months `first`..`last` (month indices, inclusive) by
 * comparing its MRR at the start (end of the month before `first`) with its MRR at the end
 * (end of `last`), in one pass: O(accounts × months).
 *
 * - In the start cohort (MRR > 0 at the start): churned when all of its MRR is gone at the
 *   end (a partial loss is contraction), else contraction, expansion or flat.
 * - Not in it but paying at the end: new when it never paid before the period, else
 *   reactivation.
 * - Neither at the start nor at the end, but paying in between: joined and churned inside the
 *   period, in no count and no movement (DOMAIN.md), listed so that it can still be found.
 *   With month-end MRR this shows only in periods of several months; inside one month such
 *   a customer never has a month-end MRR, so it is in no count either.
 * - A start customer that left and came back inside a longer period is compared start to
 *   end like any other: retained, not churned and reactivated.
 *
 * So start MRR + new + expansion + reactivation − contraction − churned = end MRR.
 */
export function classifyPeriod(ledger: RevenueLedger, first: number, last: number): PeriodClassification {
  const accounts: RevenueDrilldown = {
    startCohort: [],
    endCustomers: [],
    churned: [],
    contraction: [],
    expansion: [],
    new: [],
    reactivation: [],
    joinedAndChurned: [],
  };
  for (const series of ledger.accounts) {
    const accountId = series.accountId;
    const startMrr = mrrAt(ledger, series, first - 1);
    const endMrr = mrrAt(ledger, series, last);
    if (endMrr > 0) accounts.endCustomers.push({ accountId, startMrr, endMrr, amount: endMrr });
    if (startMrr > 0) {
      accounts.startCohort.push({ accountId, startMrr, endMrr, amount: startMrr });
      if (endMrr === 0) accounts.churned.push({ accountId, startMrr, endMrr, amount: startMrr });
      else if (endMrr < startMrr) accounts.contraction.push({ accountId, startMrr, endMrr, amount: startMrr - endMrr });
      else if (endMrr > startMrr) accounts.expansion.push({ accountId, startMrr, endMrr, amount: endMrr - startMrr });
    } else if (endMrr > 0) {
      const list = series.firstPaidMonth < first ? accounts.reactivation : accounts.new;
      list.push({ accountId, startMrr, endMrr, amount: endMrr });
    } else {
      let peak = 0;
      for (let month = first; month < last; month += 1) peak = Math.max(peak, mrrAt(ledger, series, month));
      if (peak > 0) accounts.joinedAndChurned.push({ accountId, startMrr, endMrr, amount: peak });
    }
  }
  return {
    startMrr: total(accounts.startCohort),
    endMrr: total(accounts.endCustomers),
    movements: {
      new: total(accounts.new),
      expansion: total(accounts.expansion),
      contraction: total(accounts.contraction),
      churned: total(accounts.churned),
      reactivation: total(accounts.reactivation),
    },
    customers: {
      start: accounts.startCohort.length,
      end: accounts.endCustomers.length,
      new: accounts.new.length,
      reactivated: accounts.reactivation.length,
      churned: accounts.churned.length,
      joinedAndChurned: accounts.joinedAndChurned.length,
    },
    accounts,
  };
}

function total(list: readonly AccountMrrChange[]): number {
  let sum = 0;
  for (const item of list) sum += item.amount;
  return sum;
}

/** Largest amount first, then by account id, so the order never depends on the input's order. */
export function sortChanges(list: readonly AccountMrrChange[]): AccountMrrChange[] {
  return [...list].sort((a, b) => b.amount - a.amount || a.accountId - b.accountId);
}

export function sortDrilldown(accounts: RevenueDrilldown): RevenueDrilldown {
  const sorted = {} as RevenueDrilldown;
  for (const name of Object.keys(accounts) as (keyof RevenueDrilldown)[]) sorted[name] = sortChanges(accounts[name]);
  return sorted;
}
