import { effectiveArr, type ArrSource } from '../../../../shared/domain/metrics';

/**
 * The one place that gathers what shared/domain/metrics effectiveArr decides from. Every reader
 * that weighs or ranks accounts by ARR (portfolio rows, health by band, the at-risk list, the
 * what-if book) selects `arrFactColumns(alias)`, binds `arrParams(now)` and passes each row
 * through `settleArr`, so they cannot disagree on an account's ARR.
 *
 * The account's current MRR from its revenue history, as the metrics read that history
 * (metrics/revenueRows.ts): its monthly revenue_history when it has any, else its subscriptions.
 * - monthly: its MRR in the book's latest month up to this month; an account with rows up to
 *   then but none that month has lost all its MRR (0); NULL when it has no row up to this month.
 * - subscriptions: the MRR of those active today (started on or before it, no end date or an
 *   end after it, as db/repos/revenue.ts); NULL when none had started by today.
 *
 * Cost: nothing is read for an account whose entered ARR wins. Otherwise it is a seek into
 * revenue_history's key per account (~6 µs: ~0.7 s over 100k accounts without any ARR, ~1 ms
 * for a first screen of 200). A join on the latest month materialised once is cheaper for a
 * whole book, but SQLite's planner then scans it per account unless it picks an automatic index,
 * which it does not reliably do beside the portfolio's ORDER BY: a quadratic read at 100k.
 */

/** The book's latest revenue_history month up to this month: uncorrelated, so SQLite runs it once. */
const BOOK_MONTH = '(SELECT max(period) FROM revenue_history WHERE period <= @arrMonth)';

const revenueMrrSql = (alias: string): string => `coalesce(
    (SELECT rh.mrr FROM revenue_history rh WHERE rh.account_id = ${alias}.id AND rh.period = ${BOOK_MONTH}),
    CASE
      WHEN EXISTS (SELECT 1 FROM revenue_history rh WHERE rh.account_id = ${alias}.id AND rh.period <= @arrMonth) THEN 0
      WHEN EXISTS (SELECT 1 FROM revenue_history rh WHERE rh.account_id = ${alias}.id) THEN NULL
      ELSE (SELECT sum(CASE WHEN sub.end_date IS NULL OR sub.end_date > @arrDay THEN sub.mrr ELSE 0 END)
            FROM subscriptions sub WHERE sub.account_id = ${alias}.id AND sub.start_date <= @arrDay)
    END)`;

/**
 * The columns effective ARR needs, for a SELECT over accounts aliased `alias`: arr, status, mrr
 * and revenueMrr, and an empty arrSource for settleArr to fill (present from the start, so
 * filling it does not reshape 100k row objects). When the entered ARR wins the revenue is not
 * read at all (the rule's first step, repeated here only to skip the lookups: settleArr decides).
 */
export function arrFactColumns(alias: string): string {
  return `${alias}.arr AS arr, ${alias}.status AS status, ${alias}.mrr AS mrr, NULL AS arrSource,
    CASE WHEN ${alias}.arr > 0 THEN NULL ELSE ${revenueMrrSql(alias)} END AS revenueMrr`;
}

export interface ArrParams {
  /** Today, YYYY-MM-DD (UTC, as health scoring counts days). */
  arrDay: string;
  /** This month, YYYY-MM. */
  arrMonth: string;
}

/** The parameters arrFactColumns binds, for the UTC day of `now`. */
export function arrParams(now: Date | string): ArrParams {
  const iso = typeof now === 'string' ? now : now.toISOString();
  return { arrDay: iso.slice(0, 10), arrMonth: iso.slice(0, 7) };
}

export interface ArrFactRow {
  arr: number;
  status: string;
  mrr: number;
  revenueMrr?: number | null | undefined;
}

export type SettledArr<T extends ArrFactRow> = Omit<T, 'revenueMrr'> & { arrSource: ArrSource };

/**
 * Replaces the row's arr with its effective ARR and says where it came from (arrSource), in
 * place: the portfolio passes 100k rows through here, so no copies, and revenueMrr is cleared
 * rather than deleted (a delete turns each object into a slow dictionary: ~10x the time).
 */
export function settleArr<T extends ArrFactRow>(row: T): SettledArr<T> {
  const settled = effectiveArr({ arr: row.arr, status: row.status, mrr: row.mrr, revenueMrr: row.revenueMrr ?? null });
  const out = row as unknown as SettledArr<T> & { revenueMrr?: number | null | undefined };
  out.arr = settled.arr;
  out.arrSource = settled.source;
  out.revenueMrr = undefined;
  return out;
}
