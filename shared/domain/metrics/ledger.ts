import { AppError } from '../../api/errors';
import { monthReader, monthText } from './calendar';
import { isNonNegative, notNonNegative } from './checks';
import type { AccountId, RevenueRow } from './types';

/** One account's month-end MRR over the ledger's months, and the first month it ever paid. */
export interface AccountSeries {
  accountId: AccountId;
  /** Index i is month `from + i`; NaN where no row was given (read as 0). */
  mrr: Float64Array;
  /** Month index of the first month with MRR above 0, before or inside the range; Infinity if none. */
  firstPaidMonth: number;
}

/** Month-end MRR per account for the months `from`..`to` (month indices, inclusive). */
export interface RevenueLedger {
  from: number;
  to: number;
  /** By ascending account id: sums run in this order, so shuffled input gives the same bits. */
  accounts: AccountSeries[];
}

/**
 * Indexes revenue rows once, in one pass (O(rows)), for the months the report reads. Rows
 * after `to` are ignored: a report for a past month must not depend on what came later.
 * Rows before `from` only tell whether an account paid before (new vs reactivation).
 */
export function buildLedger(rows: readonly RevenueRow[], from: number, to: number, includes: (accountId: AccountId) => boolean): RevenueLedger {
  const accounts = new Map<AccountId, AccountSeries>();
  const length = to - from + 1;
  let current: RevenueRow | undefined;
  const readMonth = monthReader(() => `Revenue of account ${current?.accountId}`);
  for (const row of rows) {
    current = row;
    const month = readMonth(row.period);
    const mrr = row.mrr;
    if (!isNonNegative(mrr)) throw notNonNegative(`Revenue of account ${row.accountId} in ${row.period}`, mrr);
    if (month > to || !includes(row.accountId)) continue;
    let series = accounts.get(row.accountId);
    if (!series) {
      series = { accountId: row.accountId, mrr: new Float64Array(length).fill(Number.NaN), firstPaidMonth: Number.POSITIVE_INFINITY };
      accounts.set(row.accountId, series);
    }
    if (mrr > 0 && month < series.firstPaidMonth) series.firstPaidMonth = month;
    if (month < from) continue;
    if (!Number.isNaN(series.mrr[month - from])) {
      throw new AppError('BAD_INPUT', `Revenue of account ${row.accountId} in ${monthText(month)} is given twice`);
    }
    series.mrr[month - from] = mrr;
  }
  return { from, to, accounts: [...accounts.values()].sort((a, b) => a.accountId - b.accountId) };
}

/** An account's MRR at the end of a month inside the ledger's range (0 when not given). */
export function mrrAt(ledger: RevenueLedger, series: AccountSeries, month: number): number {
  const value = series.mrr[month - ledger.from];
  return value === undefined || Number.isNaN(value) ? 0 : value;
}
