import type Database from 'better-sqlite3';
import type { HealthInputs } from '../../../shared/domain/health';
import type { KeyFeatures } from './keyFeatures';
import type { InputWindows } from './window';

type UsageFields = Pick<HealthInputs, 'activeDaysPerWeek' | 'activeDaysPerWeekPrevious' | 'activeUsers' | 'keyFeaturesUsed' | 'keyFeaturesDefined'> & {
  /** The latest seats a usage row gave in the last 8 weeks: licensed seats when the account has none. */
  usageSeats: number | null;
};

/**
 * Usage rows (see import/sync/objects/usage.ts) folded per account and day, then per account:
 * - an active day is a day with a feature row, or a totals row with any count above 0 (or no
 *   counts at all: the row itself says the product was used);
 * - weekly data (every row of the 8 weeks a totals row dated on a Monday, as the demo and BI
 *   exports write it) cannot tell days apart, so a week counts logins per active user (at most
 *   7) as its active days;
 * - active users, key features used (totals rows) and seats are the highest of the window;
 * - an account with usage before but none in the 8 weeks has stopped using the product: 0
 *   active days, users and key features, not n/a.
 * Usage dates are days (the import stores the `date` type as YYYY-MM-DD), so rows group by the
 * column itself, in the order of the (account_id, date) index, with no sort.
 */
const WINDOW_SQL = `
  WITH days AS (
    SELECT u.account_id, u.date AS day,
           max(u.feature IS NOT NULL) AS has_features,
           max(u.active_users) FILTER (WHERE u.feature IS NULL) AS active_users,
           max(u.logins) FILTER (WHERE u.feature IS NULL) AS logins,
           max(u.features_used) FILTER (WHERE u.feature IS NULL) AS features_used,
           max(u.seats) AS seats
    FROM usage u
    WHERE u.account_id IN (SELECT value FROM json_each(:ids)) AND u.date >= :from56 AND u.date < :end
    GROUP BY u.account_id, u.date),
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
         sum(CASE WHEN active AND day < :from28 THEN week_days ELSE 0 END) AS weekDaysPrevious,
         max(active_users IS NOT NULL) AS hasUserCounts,
         max(features_used IS NOT NULL) AS hasFeatureCounts,
         max(has_features) AS hasFeatureLog,
         max(active_users) FILTER (WHERE day >= :from30) AS activeUsers,
         max(features_used) FILTER (WHERE day >= :from30) AS featuresUsed,
         max(CASE WHEN seats IS NOT NULL THEN day || '|' || seats END) AS latestSeats
  FROM marked GROUP BY account_id`;

/** Which accounts have any usage, and since when: n/a (no data) differs from 0 (stopped using). Reads the index only. */
const HISTORY_SQL = `
  SELECT account_id AS accountId, min(date) AS firstDate
  FROM usage WHERE account_id IN (SELECT value FROM json_each(:ids)) AND date < :end
  GROUP BY account_id`;

/** Distinct key features of a feature log over the trailing 30 days. */
const FEATURE_LOG_SQL = `
  SELECT account_id AS accountId, count(DISTINCT feature) AS used
  FROM usage
  WHERE account_id IN (SELECT value FROM json_each(:ids)) AND feature IS NOT NULL AND date >= :from30 AND date < :end
    AND (:names IS NULL OR feature IN (SELECT value FROM json_each(:names)))
  GROUP BY account_id`;

interface WindowRow {
  accountId: number;
  weekly: number;
  daysRecent: number;
  daysPrevious: number;
  weekDaysRecent: number;
  weekDaysPrevious: number;
  hasUserCounts: number;
  hasFeatureCounts: number;
  hasFeatureLog: number;
  activeUsers: number | null;
  featuresUsed: number | null;
  latestSeats: string | null;
}

interface HistoryRow {
  accountId: number;
  firstDate: string;
}

const WEEKS = 4;

/** The usage inputs of the accounts in `idsJson` (a JSON array of ids), three statements in all. */
export function gatherUsageInputs(sqlite: Database.Database, idsJson: string, windows: InputWindows, keyFeatures: KeyFeatures): Map<number, UsageFields> {
  const params = { ids: idsJson, end: windows.end, from28: windows.from28, from30: windows.from30, from56: windows.from56 };
  const inWindow = new Map((sqlite.prepare(WINDOW_SQL).all(params) as WindowRow[]).map((row) => [row.accountId, row]));
  const featureLog = keyFeatures.defined === null
    ? new Map<number, number>()
    : new Map((sqlite.prepare(FEATURE_LOG_SQL).all({ ids: idsJson, end: windows.end, from30: windows.from30, names: keyFeatures.names === null ? null : JSON.stringify(keyFeatures.names) }) as { accountId: number; used: number }[]).map((row) => [row.accountId, row.used]));

  const result = new Map<number, UsageFields>();
  for (const history of sqlite.prepare(HISTORY_SQL).all({ ids: idsJson, end: windows.end }) as HistoryRow[]) {
    const row = inWindow.get(history.accountId);
    const weekly = row !== undefined && row.weekly === 1;
    const recent = row === undefined ? 0 : weekly ? row.weekDaysRecent : row.daysRecent;
    const previous = row === undefined ? 0 : weekly ? row.weekDaysPrevious : row.daysPrevious;
    // The trend needs usage seen before the last 4 weeks; a new customer has no baseline yet.
    const seenBefore = history.firstDate < windows.from28;
    let keyFeaturesUsed: number | null = null;
    if (keyFeatures.defined !== null) {
      if (row === undefined) keyFeaturesUsed = 0;
      else if (row.hasFeatureLog) keyFeaturesUsed = featureLog.get(history.accountId) ?? 0;
      else if (row.hasFeatureCounts) keyFeaturesUsed = Math.min(keyFeatures.defined, row.featuresUsed ?? 0);
    }
    result.set(history.accountId, {
      activeDaysPerWeek: recent / WEEKS,
      activeDaysPerWeekPrevious: seenBefore ? previous / WEEKS : null,
      activeUsers: row === undefined ? 0 : row.hasUserCounts ? (row.activeUsers ?? 0) : null,
      keyFeaturesUsed,
      keyFeaturesDefined: keyFeaturesUsed === null ? null : keyFeatures.defined,
      usageSeats: row?.latestSeats ? Number(row.latestSeats.slice(row.latestSeats.indexOf('|') + 1)) : null,
    });
  }
  return result;
}
