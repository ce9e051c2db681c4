import type Database from 'better-sqlite3';
import type { RevenueRow, YearMonth } from '../../../shared/domain/metrics';

/**
 * Month-end MRR per account for the months `first`..`last` (YYYY-MM, inclusive), in the shape
 * the metrics engine reads (shared/domain/metrics RevenueRow), from whichever source an account has:
 *
 * - revenue_history (one MRR per account and month): taken as it is, when the account has any row;
 * - else subscriptions: the MRR of the subscriptions active on the month's last day, with the
 *   same rule as db/repos/revenue.ts (started on or before the day, no end date or an end date
 *   after it). An account whose subscriptions all ended by a month end has no row that month,
 *   which the engine reads as 0: that is its churn signal (all MRR gone at the month end).
 *
 * Before `first` the engine only asks whether an account ever paid (new versus reactivated), so
 * each account gets at most one more row there: its first month ending with MRR above 0.
 *
 * Set-based: one statement per source, whatever the number of accounts.
 */
export function monthlyRevenueRows(sqlite: Database.Database, first: YearMonth, last: YearMonth): RevenueRow[] {
  const range = { first, last };
  const fromHistory = sqlite.prepare(HISTORY_SQL).all(range) as RevenueRow[];
  const fromSubscriptions = sqlite.prepare(SUBSCRIPTIONS_SQL).all(range) as RevenueRow[];
  return fromHistory.concat(fromSubscriptions);
}

const HISTORY_SQL = `
  SELECT account_id AS accountId, period, mrr
  FROM revenue_history
  WHERE period BETWEEN :first AND :last
  UNION ALL
  SELECT account_id, min(period), 1
  FROM revenue_history
  WHERE period < :first AND mrr > 0
  GROUP BY account_id`;

/** Subscriptions of the accounts without a revenue history. */
const SUBSCRIPTION_ACCOUNTS = `NOT EXISTS (SELECT 1 FROM revenue_history h WHERE h.account_id = s.account_id)`;

const SUBSCRIPTIONS_SQL = `
  WITH RECURSIVE month_ends(period, day) AS (
    SELECT :first, date(:first || '-01', '+1 month', '-1 day')
    UNION ALL
    SELECT strftime('%Y-%m', day, '+1 day'), date(day, '+1 day', '+1 month', '-1 day') FROM month_ends WHERE period < :last
  )
  -- CROSS JOIN keeps subscriptions outside: one pass over them against the few month ends.
  SELECT s.account_id AS accountId, m.period, total(s.mrr) AS mrr
  FROM subscriptions s
  CROSS JOIN month_ends m
  WHERE s.start_date <= m.day AND (s.end_date IS NULL OR s.end_date > m.day) AND ${SUBSCRIPTION_ACCOUNTS}
  GROUP BY s.account_id, m.period
  UNION ALL
  -- A subscription that ever spans a month end spans the end of the month it started in.
  SELECT s.account_id, min(substr(s.start_date, 1, 7)), 1
  FROM subscriptions s
  WHERE s.mrr > 0 AND s.start_date < :first || '-01'
    AND (s.end_date IS NULL OR s.end_date > date(s.start_date, 'start of month', '+1 month', '-1 day'))
    AND ${SUBSCRIPTION_ACCOUNTS}
  GROUP BY s.account_id`;
