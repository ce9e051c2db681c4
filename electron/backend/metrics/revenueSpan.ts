import type Database from 'better-sqlite3';
import type { YearMonth } from '../../../shared/domain/metrics';

/** The months the workspace has revenue data for, from revenue history and subscriptions alike. */
export interface RevenueSpan {
  first: YearMonth;
  /** The last month anything changed: a revenue-history month, or a subscription starting or ending. */
  lastChange: YearMonth;
}

// Separate scalar subqueries, so that each min or max is one seek in its index.
const SPAN_SQL = `
  SELECT (SELECT min(period) FROM revenue_history) AS historyFirst,
         (SELECT max(period) FROM revenue_history) AS historyLast,
         (SELECT substr(min(start_date), 1, 7) FROM subscriptions) AS subscriptionFirst,
         (SELECT substr(max(start_date), 1, 7) FROM subscriptions) AS subscriptionLastStart,
         (SELECT substr(max(end_date), 1, 7) FROM subscriptions) AS subscriptionLastEnd`;

type SpanRow = Record<'historyFirst' | 'historyLast' | 'subscriptionFirst' | 'subscriptionLastStart' | 'subscriptionLastEnd', string | null>;

const present = (values: (string | null)[]): string[] => values.filter((value): value is string => value !== null);

/** Null when the workspace has no revenue data at all (the dashboard's empty state). */
export function revenueSpan(sqlite: Database.Database): RevenueSpan | null {
  const row = sqlite.prepare(SPAN_SQL).get() as SpanRow;
  const firsts = present([row.historyFirst, row.subscriptionFirst]).sort();
  const lasts = present([row.historyLast, row.subscriptionLastStart, row.subscriptionLastEnd]).sort();
  if (firsts.length === 0 || lasts.length === 0) return null;
  return { first: firsts[0]!, lastChange: lasts[lasts.length - 1]! };
}
