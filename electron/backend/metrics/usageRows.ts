import type Database from 'better-sqlite3';
import type { IsoDay, UsageDay } from '../../../shared/domain/metrics';

/** The days the engine reads back from its window end: 30 for MAU, 35 for frequency and its trend. */
export const USAGE_WINDOW_DAYS = 35;

type UsageTuple = [accountId: number, date: string, feature: string | null, activeUsers: number | null, logins: number | null, featuresUsed: number | null, seats: number | null];

/**
 * One UsageDay per account and day for the days `windowStart`..`windowEnd`, from the `usage`
 * table's two shapes (import/sync/objects/usage.ts): a totals row (feature NULL) gives
 * activeUsers, logins, featuresUsed and seats (the largest, should a day have two); feature-log
 * rows give the day's distinct feature names (featureIds). A weekly row is dated on its Monday
 * and counts as that day. Usage dates are days (YYYY-MM-DD), as the import and the demo write
 * them, so the (account_id, date) index hands the rows over already in account and day order:
 * the rows of one day are merged as they stream past, with no sort and no GROUP BY.
 *
 * Before the window the engine only needs the day each account was first seen (a customer who
 * started ten days ago is averaged over ten days, not thirty), so each account gets at most one
 * more row there, with no counts: its first usage day.
 */
export function usageDays(sqlite: Database.Database, windowStart: IsoDay, windowEnd: IsoDay): UsageDay[] {
  const result: UsageDay[] = sqlite
    .prepare(FIRST_DAYS_SQL)
    .all({ windowStart })
    .map((row) => ({ ...(row as { accountId: number; date: string }), activeUsers: null, logins: null, featuresUsed: null, seats: null, featureIds: null }));
  // A big book has millions of rows in the window: read them as tuples, share the few dates.
  const dates = new Map<string, string>();
  let day: UsageDay | null = null;
  let features: Set<string> | null = null;
  const rows = sqlite.prepare(WINDOW_SQL).raw().iterate({ windowStart, windowEnd }) as IterableIterator<UsageTuple>;
  for (const row of rows) {
    const [accountId, date, feature, activeUsers, logins, featuresUsed, seats] = row;
    if (day === null || day.accountId !== accountId || day.date !== date) {
      if (day !== null) result.push(withFeatures(day, features));
      let shared = dates.get(date);
      if (shared === undefined) dates.set(date, (shared = date));
      day = { accountId, date: shared, activeUsers: null, logins: null, featuresUsed: null, seats: null, featureIds: null };
      features = null;
    }
    if (feature !== null) (features ??= new Set()).add(feature);
    else {
      day.activeUsers = larger(day.activeUsers, activeUsers);
      day.logins = larger(day.logins, logins);
      day.featuresUsed = larger(day.featuresUsed, featuresUsed);
      day.seats = larger(day.seats, seats);
    }
  }
  if (day !== null) result.push(withFeatures(day, features));
  return result;
}

function withFeatures(day: UsageDay, features: Set<string> | null): UsageDay {
  if (features !== null) day.featureIds = [...features];
  return day;
}

function larger(a: number | null | undefined, b: number | null): number | null {
  if (a === null || a === undefined) return b;
  return b === null ? a : Math.max(a, b);
}

const WINDOW_SQL = `
  SELECT account_id, date, feature, active_users, logins, features_used, seats
  FROM usage
  WHERE date BETWEEN :windowStart AND :windowEnd
  ORDER BY account_id, date`;

/** An index seek per account: the first day of each account is the first entry of its index range. */
const FIRST_DAYS_SQL = `
  SELECT id AS accountId, first_day AS date
  FROM (SELECT id, (SELECT min(date) FROM usage WHERE account_id = accounts.id) AS first_day FROM accounts)
  WHERE first_day < :windowStart`;
