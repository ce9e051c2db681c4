import type Database from 'better-sqlite3';
import type { HealthInputs } from '../../../shared/domain/health';
import type { KeyFeatures } from './keyFeatures';
import type { InputWindows } from './window';

export type UsageFields = Pick<HealthInputs, 'activeDaysPerWeek' | 'activeDaysPerWeekPrevious' | 'activeUsers' | 'keyFeaturesUsed' | 'keyFeaturesDefined'> & {
  /**
   * The seats of the latest day in the last 8 weeks whose usage gave any (the largest that
   * day): licensed seats for an account that has none. Only looked up for the accounts in
   * `seatsWanted`; null for the others.
   */
  usageSeats: number | null;
};

/**
 * Usage rows (see import/sync/objects/usage.ts) over the last 8 weeks, per account:
 * - an active day is a day with any usage: a feature row, or totals whose largest counts are
 *   not all 0 (a totals row with no counts at all says the product was used); a day whose
 *   totals say 0 and that has no feature row is idle;
 * - weekly data (every row of the 8 weeks a totals row dated on a Monday, as the demo and BI
 *   exports write it) cannot tell days apart, so a week counts logins per active user (at most
 *   7) as its active days;
 * - active users, key features used (totals rows) and seats are the highest of the window;
 * - an account with usage before but none in the 8 weeks has stopped using the product: 0
 *   active days, users and key features, not n/a.
 *
 * These are the rules, read straight from the rows: the accounts whose rows a usage summary
 * cannot hold exactly take this path, and the tests hold the summaries (usageSummaryFold.ts) to
 * it. One aggregate per account (WINDOW_SQL) reads
 * each row of the window once, in the order of the (account_id, date) index with no sort, and
 * counts a day active when any of its rows is, which equals the day's largest counts unless a
 * totals row has no counts or a negative one. The rest are small follow-ups for the accounts
 * that need them: day by day for those with such rows or with at most 8 active days (perhaps
 * weekly), the key features of feature logs, an index seek for usage before the window, and
 * the seats of the latest day. Usage dates are days (the import stores the `date` type as
 * YYYY-MM-DD), so they compare as text.
 */

/** Active as a row of its own: exact for the day while no totals row of the day is silent (no counts) or negative. */
const ACTIVE_ROW = '(feature IS NOT NULL OR active_users > 0 OR logins > 0 OR features_used > 0)';
const ODD_ROW = `feature IS NULL AND (coalesce(active_users, logins, features_used) IS NULL
  OR coalesce(active_users < 0 OR logins < 0 OR features_used < 0, 0))`;
const IN_IDS = 'account_id IN (SELECT value FROM json_each(:ids))';
const IN_WINDOW = 'date >= :from56 AND date < :end';

const WINDOW_SQL = `
  SELECT account_id AS accountId,
         min(date) AS firstDate,
         max(${ODD_ROW}) AS oddRows,
         count(DISTINCT date) FILTER (WHERE date >= :from28 AND ${ACTIVE_ROW}) AS daysRecent,
         count(DISTINCT date) FILTER (WHERE date < :from28 AND ${ACTIVE_ROW}) AS daysPrevious,
         max(CASE WHEN feature IS NULL THEN active_users END) IS NOT NULL AS hasUserCounts,
         max(CASE WHEN feature IS NULL THEN features_used END) IS NOT NULL AS hasFeatureCounts,
         max(feature IS NOT NULL) AS hasFeatureLog,
         max(active_users) FILTER (WHERE feature IS NULL AND date >= :from30) AS activeUsers,
         max(features_used) FILTER (WHERE feature IS NULL AND date >= :from30) AS featuresUsed,
         max(date) FILTER (WHERE seats IS NOT NULL) AS latestSeatsDate
  FROM usage WHERE ${IN_IDS} AND ${IN_WINDOW}
  GROUP BY account_id`;

/**
 * Day by day, for the accounts the per-row counts above cannot settle: a day is active on the
 * largest counts of its totals rows (one saying 0 beside one with no counts is idle), and an
 * account with at most 8 active days may be weekly (a week's active days are its logins per
 * active user). The rules of the header, folded per day first.
 */
const DAYS_SQL = `
  WITH days AS (
    SELECT account_id, date AS day,
           max(feature IS NOT NULL) AS has_features,
           max(active_users) FILTER (WHERE feature IS NULL) AS active_users,
           max(logins) FILTER (WHERE feature IS NULL) AS logins,
           max(features_used) FILTER (WHERE feature IS NULL) AS features_used
    FROM usage WHERE ${IN_IDS} AND ${IN_WINDOW}
    GROUP BY account_id, date),
  marked AS (
    SELECT *,
           (has_features OR coalesce(active_users, 0) + coalesce(logins, 0) + coalesce(features_used, 0) > 0
             OR (active_users IS NULL AND logins IS NULL AND features_used IS NULL)) AS active,
           min(7.0, coalesce(logins * 1.0 / nullif(active_users, 0), 1.0)) AS week_days
    FROM days)
  SELECT account_id AS accountId,
         min(strftime('%w', day) = '1' AND NOT has_features) AS weekly,
         sum(active AND day >= :from28) AS daysRecent,
         sum(active AND day < :from28) AS daysPrevious,
         sum(CASE WHEN active AND day >= :from28 THEN week_days ELSE 0 END) AS weekDaysRecent,
         sum(CASE WHEN active AND day < :from28 THEN week_days ELSE 0 END) AS weekDaysPrevious
  FROM marked GROUP BY account_id`;

/** Accounts with a feature log: the distinct key features of the trailing 30 days. */
const FEATURE_LOG_SQL = `
  SELECT account_id AS accountId, count(DISTINCT feature) AS used
  FROM usage
  WHERE ${IN_IDS} AND feature IS NOT NULL AND date >= :from30 AND date < :end
    AND (:names IS NULL OR feature IN (SELECT value FROM json_each(:names)))
  GROUP BY account_id`;

/** Usage before the window: an index seek. */
const BEFORE_SQL = 'SELECT EXISTS (SELECT 1 FROM usage WHERE account_id = ? AND date < ?)';
const SEATS_SQL = 'SELECT max(seats) FROM usage WHERE account_id = ? AND date = ?';

interface DaysRow {
  accountId: number;
  weekly: number;
  daysRecent: number;
  daysPrevious: number;
  weekDaysRecent: number;
  weekDaysPrevious: number;
}

interface WindowRow {
  accountId: number;
  firstDate: string;
  oddRows: number;
  daysRecent: number;
  daysPrevious: number;
  hasUserCounts: number;
  hasFeatureCounts: number;
  hasFeatureLog: number;
  activeUsers: number | null;
  featuresUsed: number | null;
  latestSeatsDate: string | null;
}

/** Usage before the window and none in it: the product was dropped (0 everywhere), not n/a. */
export function stoppedUsage(keyFeatures: KeyFeatures): UsageFields {
  return { activeDaysPerWeek: 0, activeDaysPerWeekPrevious: 0, activeUsers: 0, keyFeaturesUsed: keyFeatures.defined === null ? null : 0, keyFeaturesDefined: keyFeatures.defined, usageSeats: null };
}

/** The two halves of the window are 4 weeks each: active days a week are a half's days ÷ 4. */
export const WEEKS = 4;
/** The window is 8 weeks: weekly data has at most 8 (active) days in it. */
const WEEKLY_MAX_DAYS = 8;

/** The usage inputs of some accounts (which must exist), on the windows' day; `seatsWanted` names the accounts whose seats come from usage. */
export type UsageGatherer = (
  sqlite: Database.Database,
  accountIds: readonly number[],
  windows: InputWindows,
  keyFeatures: KeyFeatures,
  seatsWanted: ReadonlySet<number>,
) => Map<number, UsageFields>;

/**
 * The usage inputs of the given accounts read straight from their usage rows: accounts with no
 * usage at all are left out (n/a). `seatsWanted` names the accounts whose seats must come from
 * usage. The reference the per-account summaries (usageSummaryFold.ts) must agree with, and the
 * path of the accounts whose rows a summary cannot hold exactly.
 */
export const usageInputsFromRows: UsageGatherer = (sqlite, accountIds, windows, keyFeatures, seatsWanted) => {
  const { end, from28, from30, from56 } = windows;
  const inWindow = sqlite.prepare(WINDOW_SQL).all({ ids: JSON.stringify(accountIds), end, from28, from30, from56 }) as WindowRow[];
  const idsWhere = (keep: (row: WindowRow) => boolean) => JSON.stringify(inWindow.filter(keep).map((row) => row.accountId));
  // A weekly account has at most 8 active days.
  const dayByDay = (row: WindowRow) => row.oddRows === 1 || (!row.hasFeatureLog && row.daysRecent + row.daysPrevious <= WEEKLY_MAX_DAYS);
  const days = new Map((sqlite.prepare(DAYS_SQL).all({ ids: idsWhere(dayByDay), end, from28, from56 }) as DaysRow[]).map((row) => [row.accountId, row]));
  const featureLog = new Map(
    keyFeatures.defined === null
      ? []
      : (sqlite.prepare(FEATURE_LOG_SQL).all({ ids: idsWhere((row) => row.hasFeatureLog === 1), end, from30, names: keyFeatures.names === null ? null : JSON.stringify(keyFeatures.names) }) as { accountId: number; used: number }[]).map((row) => [row.accountId, row.used]),
  );
  const before = sqlite.prepare(BEFORE_SQL).pluck();
  const seatsOn = sqlite.prepare(SEATS_SQL).pluck();

  const result = new Map<number, UsageFields>();
  const seen = new Set<number>();
  for (const row of inWindow) {
    seen.add(row.accountId);
    const daily = days.get(row.accountId);
    const weekly = daily !== undefined && daily.weekly === 1;
    const recent = daily === undefined ? row.daysRecent : weekly ? daily.weekDaysRecent : daily.daysRecent;
    const previous = daily === undefined ? row.daysPrevious : weekly ? daily.weekDaysPrevious : daily.daysPrevious;
    // The trend needs usage seen before the last 4 weeks; a new customer has no baseline yet.
    const seenBefore = row.firstDate < from28 || before.get(row.accountId, from56) === 1;
    let keyFeaturesUsed: number | null = null;
    if (keyFeatures.defined !== null) {
      if (row.hasFeatureLog) keyFeaturesUsed = featureLog.get(row.accountId) ?? 0;
      else if (row.hasFeatureCounts) keyFeaturesUsed = Math.min(keyFeatures.defined, row.featuresUsed ?? 0);
    }
    result.set(row.accountId, {
      activeDaysPerWeek: recent / WEEKS,
      activeDaysPerWeekPrevious: seenBefore ? previous / WEEKS : null,
      activeUsers: row.hasUserCounts ? (row.activeUsers ?? 0) : null,
      keyFeaturesUsed,
      keyFeaturesDefined: keyFeaturesUsed === null ? null : keyFeatures.defined,
      usageSeats: row.latestSeatsDate !== null && seatsWanted.has(row.accountId) ? (seatsOn.get(row.accountId, row.latestSeatsDate) as number) : null,
    });
  }
  // No usage in the window: stopped (0) when there was some before, else n/a (left out).
  for (const accountId of accountIds) {
    if (seen.has(accountId) || before.get(accountId, from56) !== 1) continue;
    result.set(accountId, stoppedUsage(keyFeatures));
  }
  return result;
};
