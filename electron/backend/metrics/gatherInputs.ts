import type Database from 'better-sqlite3';
import type { AccountAttributes, IsoDay, MetricsInput, NpsResponse, YearMonth } from '../../../shared/domain/metrics';
import { monthlyRevenueRows } from './revenueRows';
import { usageDays } from './usageRows';

/** What one report reads: the months of month-end MRR and the days of NPS and usage. */
export interface InputWindows {
  /** The first month whose month-end MRR the report compares (the month before the period, or before the LTV window). */
  firstMonth: YearMonth;
  lastMonth: YearMonth;
  npsFrom: IsoDay;
  usageFrom: IsoDay;
  /** The last day NPS and usage are read for. */
  windowEnd: IsoDay;
}

/**
 * Everything computeMetrics needs, read with one statement per input in one read transaction,
 * so the figures come from one consistent state of the workspace even while an import writes.
 */
export function gatherMetricsInput(sqlite: Database.Database, windows: InputWindows): MetricsInput {
  return sqlite.transaction(() => ({
    revenue: monthlyRevenueRows(sqlite, windows.firstMonth, windows.lastMonth),
    accounts: sqlite.prepare('SELECT id AS accountId, segment, tier, seats FROM accounts').all() as AccountAttributes[],
    nps: sqlite
      .prepare(
        `SELECT account_id AS accountId, score, substr(responded_at, 1, 10) AS date FROM nps_responses
         WHERE responded_at >= :from AND substr(responded_at, 1, 10) <= :to`,
      )
      .all({ from: windows.npsFrom, to: windows.windowEnd }) as NpsResponse[],
    usage: usageDays(sqlite, windows.usageFrom, windows.windowEnd),
  }))();
}
