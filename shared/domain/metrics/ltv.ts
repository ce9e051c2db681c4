import { monthText } from './calendar';
import { meanOfKnown, ratio } from './checks';
import type { RevenueLedger } from './ledger';
import { classifyPeriod, sortChanges } from './movements';
import type { LtvMonth } from './types';

export interface TrailingLogoChurn {
  averageLogoChurnRate: number | null;
  months: LtvMonth[];
}

/**
 * The monthly logo churn rates of the `windowMonths` months ending with `lastMonth`, and their
 * plain average. A month with no customers at its start has no rate and is left out of the
 * average rather than counted as 0 (which would inflate LTV for a young book).
 */
export function trailingLogoChurn(ledger: RevenueLedger, lastMonth: number, windowMonths: number): TrailingLogoChurn {
  const months: LtvMonth[] = [];
  for (let month = lastMonth - windowMonths + 1; month <= lastMonth; month += 1) {
    const { customers, accounts } = classifyPeriod(ledger, month, month);
    months.push({
      period: monthText(month),
      logoChurnRate: ratio(customers.churned, customers.start),
      customersAtStart: customers.start,
      churned: sortChanges(accounts.churned),
    });
  }
  return { averageLogoChurnRate: meanOfKnown(months.map((month) => month.logoChurnRate)), months };
}

/**
 * LTV = ARPA ÷ average monthly logo churn. With no churn the customer lifetime has no end in
 * the data, so LTV is n/a (null), never Infinity; nor is it a number without ARPA.
 */
export function lifetimeValue(arpa: number | null, averageLogoChurnRate: number | null): number | null {
  if (arpa === null || averageLogoChurnRate === null) return null;
  return ratio(arpa, averageLogoChurnRate);
}
