import { AppError } from '../../api/errors';
import { dayReader } from './calendar';
import { isNonNegative, notNonNegative } from './checks';
import type { AccountId, UsageDay } from './types';

/** Days read before the window end: the 30-day window holds the last 30, frequency the last 35 (this week + 4 before). */
export const MONTH_WINDOW_DAYS = 30;
export const WEEK_DAYS = 7;
export const FREQUENCY_BASELINE_WEEKS = 4;
export const TALLY_DAYS = WEEK_DAYS * (1 + FREQUENCY_BASELINE_WEEKS);

/** One account's usage rows, reduced in one pass to what the measures need. */
export interface UsageTally {
  accountId: AccountId;
  /** The first day with a row, up to the window end (also before the windows). */
  firstDay: number;
  /** Which of the last 35 days have a row, to refuse a day given twice. */
  seen: Uint8Array;
  rowsInFrequencyWindow: number;
  // The 30-day window
  rowsInMonth: number;
  hasDau: boolean;
  dauSum: number;
  peakDau: number;
  /** The distinct users of the window, while every row of it carries user ids. */
  users: Set<string> | null;
  peakFeatures: number | null;
  /** The distinct features of the window, while every row of it carries feature ids. */
  features: Set<string> | null;
  latestSeats: number | null;
  /** How many days before the window end `latestSeats` was given (smaller is later). */
  latestSeatsAge: number;
  // Frequency: active days this week and in the 4 weeks before
  activeDaysThisWeek: number;
  activeDaysBefore: number;
}

function newTally(accountId: AccountId): UsageTally {
  return {
    accountId,
    firstDay: Number.POSITIVE_INFINITY,
    seen: new Uint8Array(TALLY_DAYS),
    rowsInFrequencyWindow: 0,
    rowsInMonth: 0,
    hasDau: false,
    dauSum: 0,
    peakDau: 0,
    users: new Set(),
    peakFeatures: null,
    features: new Set(),
    latestSeats: null,
    latestSeatsAge: Number.POSITIVE_INFINITY,
    activeDaysThisWeek: 0,
    activeDaysBefore: 0,
  };
}

/**
 * Reduces usage rows to one tally per account, in one pass over the rows (O(rows)); rows after
 * `windowEnd` (a day number) are ignored. Daily active users are the distinct `userIds` when a
 * row has them, else `activeUsers`.
 */
export function tallyUsage(rows: readonly UsageDay[], includes: (accountId: AccountId) => boolean, windowEnd: number): Map<AccountId, UsageTally> {
  const readDay = dayReader('Usage date');
  const tallies = new Map<AccountId, UsageTally>();
  for (const row of rows) {
    const day = readDay(row.date);
    if (day > windowEnd || !includes(row.accountId)) continue;
    let tally = tallies.get(row.accountId);
    if (!tally) {
      tally = newTally(row.accountId);
      tallies.set(row.accountId, tally);
    }
    tally.firstDay = Math.min(tally.firstDay, day);
    const daysBeforeEnd = windowEnd - day;
    if (daysBeforeEnd < TALLY_DAYS) addRow(tally, row, daysBeforeEnd);
  }
  return tallies;
}

function addRow(tally: UsageTally, row: UsageDay, daysBeforeEnd: number): void {
  if (tally.seen[daysBeforeEnd]) throw new AppError('BAD_INPUT', `Usage of account ${row.accountId} on ${row.date} is given twice`);
  tally.seen[daysBeforeEnd] = 1;
  tally.rowsInFrequencyWindow += 1;

  const dau = row.userIds ? new Set(row.userIds).size : usageCount(row, 'activeUsers');
  const logins = usageCount(row, 'logins');
  const featuresToday = row.featureIds ? new Set(row.featureIds).size : usageCount(row, 'featuresUsed');
  // A day with any usage is active (DOMAIN.md, frequency), as in health scoring: users, logins
  // or features used (a feature log's day has no user or login counts), or a row with no counts
  // at all, which says only that the product was used. A day whose counts are all 0 is idle.
  const active = (dau ?? 0) > 0 || (logins ?? 0) > 0 || (featuresToday ?? 0) > 0 || (dau === null && logins === null && featuresToday === null);
  if (daysBeforeEnd < WEEK_DAYS) tally.activeDaysThisWeek += active ? 1 : 0;
  else tally.activeDaysBefore += active ? 1 : 0;
  if (daysBeforeEnd >= MONTH_WINDOW_DAYS) return;

  tally.rowsInMonth += 1;
  if (dau !== null) {
    tally.hasDau = true;
    tally.dauSum += dau;
    tally.peakDau = Math.max(tally.peakDau, dau);
  }
  tally.users = unionOrGiveUp(tally.users, row.userIds);

  if (featuresToday !== null) tally.peakFeatures = Math.max(tally.peakFeatures ?? 0, featuresToday);
  tally.features = unionOrGiveUp(tally.features, row.featureIds);

  const seats = usageCount(row, 'seats');
  if (seats !== null && seats > 0 && daysBeforeEnd < tally.latestSeatsAge) {
    tally.latestSeats = seats;
    tally.latestSeatsAge = daysBeforeEnd;
  }
}

/** A count of the row, or null when not given. */
function usageCount(row: UsageDay, field: 'activeUsers' | 'logins' | 'featuresUsed' | 'seats'): number | null {
  const value = row[field];
  if (value === null || value === undefined) return null;
  if (!isNonNegative(value)) throw notNonNegative(`Usage of account ${row.accountId} on ${row.date}: ${field}`, value);
  return value;
}

/** The union so far plus this row's ids; null for good once a row of the window has none. */
function unionOrGiveUp(set: Set<string> | null, ids: readonly string[] | null | undefined): Set<string> | null {
  if (set === null || !ids) return null;
  for (const id of ids) set.add(id);
  return set;
}
