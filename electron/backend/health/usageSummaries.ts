import os from 'node:os';
import Database from 'better-sqlite3';
import { dayNumber, dayText } from '../../../shared/domain/health/dates';
import { idScope, inScope, type IdScope } from './idScope';
import { encodeSummaryDays, type SummaryDay, type UsageSummary } from './usageSummaryFold';

/**
 * usage_summaries (migration 0010): read, and rebuilt from the usage rows for the accounts
 * whose summary is missing (the triggers delete it whenever a usage row of the account is
 * written), of another layout, or unfit for the day scored. A rebuilt summary holds every day
 * with usage from the scoring window's first day on, so it serves that day and every later
 * one until the account's usage changes; past MAX_IDLE_DAYS it is rebuilt anyway, so the days
 * before the window do not pile up.
 */

/** The layout of `days`: 32-bit or 16-bit words in the machine's byte order (a file moved to another byte order rebuilds). */
const LITTLE_ENDIAN = os.endianness() === 'LE';
export const SUMMARY_FORMAT = { wide: LITTLE_ENDIAN ? 1 : 3, narrow: LITTLE_ENDIAN ? 2 : 4 } as const;
const MAX_IDLE_DAYS = 56;

/** An account's summary, or 'rows' when its rows cannot be summarised exactly (odd dates, values or names) and are read as they are. */
export type SummaryOrRows = UsageSummary | 'rows';

interface StoredRow {
  accountId: number;
  firstDay: string | null;
  fromDay: string;
  format: number;
  features: string | null;
  days: Buffer | null;
}

const READ_SQL = (scope: IdScope) => `SELECT account_id AS accountId, first_day AS firstDay, from_day AS fromDay, format, features, days
  FROM usage_summaries WHERE ${inScope('account_id', scope)}`;
const WRITE_SQL = 'INSERT OR REPLACE INTO usage_summaries (account_id, first_day, from_day, format, features, days) VALUES (?, ?, ?, ?, ?, ?)';

const FIRST_DAY_SQL = `SELECT value AS accountId, (SELECT min(date) FROM usage WHERE account_id = value) AS firstDay
  FROM json_each(?)`;
// A BLOB cannot go into JSON: it goes in as an object, which keeps the account on the row path (summaryOf).
const PLAIN = (value: string) => `iif(typeof(${value}) = 'blob', json_object('blob', 1), ${value})`;
/**
 * Each account's days as one JSON list of [date, users, logins, used, seats, feature names or
 * null]: folding the days in SQL and handing over one row per account is several times faster
 * than a row per day. Whether the values fit a summary is checked on the days' values in
 * summaryOf (only each day's largest counts matter to the rules, so a day's other rows need no check).
 */
const DAYS_SQL = `
  WITH days AS (
    SELECT account_id, date,
           max(active_users) FILTER (WHERE feature IS NULL) AS users,
           max(logins) FILTER (WHERE feature IS NULL) AS logins,
           max(features_used) FILTER (WHERE feature IS NULL) AS used,
           max(seats) AS seats,
           CASE WHEN count(feature) > 0 THEN json_group_array(${PLAIN('feature')}) FILTER (WHERE feature IS NOT NULL) END AS features
    FROM usage WHERE account_id IN (SELECT value FROM json_each(:ids)) AND date >= :from
    GROUP BY account_id, date)
  SELECT account_id AS accountId,
         json_group_array(json_array(${['date', 'users', 'logins', 'used', 'seats'].map(PLAIN).join(', ')}, json(features))) AS days
  FROM days GROUP BY account_id`;

/** As parsed: anything but a YYYY-MM-DD date, whole counts and text names keeps the account on the row path. */
type DayEntry = [date: unknown, users: unknown, logins: unknown, used: unknown, seats: unknown, features: unknown[] | null];

function decode(row: StoredRow, fromDay: number): SummaryOrRows {
  if (row.days === null) return 'rows';
  // A view on the blob's bytes where they are aligned for the word size, else a copy.
  const bytes = row.days.byteOffset % 4 === 0 ? row.days : new Uint8Array(row.days);
  const { buffer, byteOffset, byteLength } = bytes;
  const days = row.format === SUMMARY_FORMAT.wide ? new Int32Array(buffer, byteOffset, byteLength / 4) : new Int16Array(buffer, byteOffset, byteLength / 2);
  return { firstDay: row.firstDay, fromDay, features: row.features === null ? [] : (JSON.parse(row.features) as string[]), days };
}

/**
 * The usage summaries of the given accounts (which must exist), fit for a window starting on
 * day number `from56`: read, or rebuilt from the usage rows and stored (unless the workspace is
 * open read-only).
 */
export function usageSummariesOf(sqlite: Database.Database, accountIds: readonly number[], from56: number): Map<number, SummaryOrRows> {
  const result = new Map<number, SummaryOrRows>();
  const scope = idScope(accountIds);
  const wanted = new Set(accountIds);
  for (const row of sqlite.prepare(READ_SQL(scope)).all(scope) as StoredRow[]) {
    if ((row.format !== SUMMARY_FORMAT.wide && row.format !== SUMMARY_FORMAT.narrow) || !wanted.has(row.accountId)) continue;
    const fromDay = storedDay(row.fromDay);
    if (Number.isNaN(fromDay) || fromDay > from56 || from56 - fromDay > MAX_IDLE_DAYS) continue;
    result.set(row.accountId, decode(row, fromDay));
  }
  const stale = accountIds.filter((id) => !result.has(id));
  if (stale.length > 0) for (const [id, summary] of rebuildUsageSummaries(sqlite, stale, from56)) result.set(id, summary);
  return result;
}

/** A stored from_day as a day number; NaN when it is not a date (a damaged cache row is rebuilt, never trusted). */
function storedDay(text: string): number {
  try {
    return dayNumber(text, 'usage_summaries.from_day');
  } catch {
    return NaN;
  }
}

/** Rebuilds the summaries of the given accounts (which must exist) from their usage rows, every day from `from56` on, and stores them. */
export function rebuildUsageSummaries(sqlite: Database.Database, accountIds: readonly number[], from56: number): Map<number, SummaryOrRows> {
  const ids = JSON.stringify(accountIds);
  const fromText = dayText(from56);
  const built = new Map<number, SummaryOrRows>();
  const firstDays = sqlite.prepare(FIRST_DAY_SQL).all(ids) as { accountId: number; firstDay: unknown }[];
  const byAccount = new Map((sqlite.prepare(DAYS_SQL).all({ ids, from: fromText }) as { accountId: number; days: string }[]).map((row) => [row.accountId, row.days]));
  for (const { accountId, firstDay } of firstDays) {
    const days = byAccount.get(accountId);
    built.set(accountId, summaryOf(firstDay, from56, days === undefined ? [] : (JSON.parse(days) as DayEntry[])));
  }
  storeSummaries(sqlite, fromText, built);
  return built;
}

/**
 * Stores rebuilt summaries. They are a cache: outside a transaction (an account page, the
 * what-if book) a workspace open read-only or busy with another writer keeps them unstored, and
 * the next scoring rebuilds them; inside one (a recompute) a failure is the transaction's.
 */
function storeSummaries(sqlite: Database.Database, fromText: string, built: ReadonlyMap<number, SummaryOrRows>): void {
  if (sqlite.readonly) return;
  const write = sqlite.prepare(WRITE_SQL);
  const store = sqlite.transaction(() => {
    for (const [accountId, summary] of built) {
      if (summary === 'rows') write.run(accountId, null, fromText, SUMMARY_FORMAT.wide, null, null);
      else {
        const { days } = summary;
        const format = days instanceof Int32Array ? SUMMARY_FORMAT.wide : SUMMARY_FORMAT.narrow;
        write.run(accountId, summary.firstDay, fromText, format, summary.features.length === 0 ? null : JSON.stringify(summary.features), Buffer.from(days.buffer, days.byteOffset, days.byteLength));
      }
    }
  });
  if (sqlite.inTransaction) return store();
  try {
    store();
  } catch (error) {
    if (!(error instanceof Database.SqliteError)) throw error;
  }
}

// ASCII dates compare the same as text in JavaScript and in SQLite; anything else stays on the row path.
const ASCII = /^[\x20-\x7e]*$/;

const isCount = (value: unknown): value is number | null => value === null || (typeof value === 'number' && Number.isInteger(value));
const isDay = (value: unknown): value is string => typeof value === 'string' && value.length === 10;

function summaryOf(firstDay: unknown, fromDay: number, entries: DayEntry[]): SummaryOrRows {
  if (firstDay !== null && (typeof firstDay !== 'string' || !ASCII.test(firstDay))) return 'rows';
  const features: string[] = [];
  const positions = new Map<string, number>();
  const positionOf = (name: string) => {
    let at = positions.get(name);
    if (at === undefined) {
      at = features.push(name) - 1;
      positions.set(name, at);
    }
    return at;
  };
  const days: SummaryDay[] = [];
  for (const [date, users, logins, used, seats, names] of entries) {
    if (!isDay(date) || !isCount(users) || !isCount(logins) || !isCount(used) || !isCount(seats)) return 'rows';
    if (names !== null && !names.every((name): name is string => typeof name === 'string')) return 'rows';
    let day: number;
    try {
      day = dayNumber(date, 'A usage date');
    } catch {
      return 'rows';
    }
    days.push({ day, users, logins, used, seats, features: names === null ? null : [...new Set(names)].map(positionOf) });
  }
  // SQL hands the days over in order in practice, but GROUP BY does not promise it.
  let ordered = true;
  for (let i = 1; i < days.length; i++) if (days[i - 1]!.day >= days[i]!.day) ordered = false;
  if (!ordered) days.sort((a, b) => a.day - b.day);
  const encoded = encodeSummaryDays(fromDay, days);
  return encoded === null ? 'rows' : { firstDay: firstDay as string | null, fromDay, features, days: encoded };
}
