import { dayNumber } from '../../../shared/domain/health/dates';
import type { KeyFeatures } from './keyFeatures';
import { stoppedUsage, WEEKS, type UsageFields } from './usageRowInputs';
import type { InputWindows } from './window';

/**
 * An account's usage folded day by day (usage_summaries, migration 0010), and the usage inputs
 * of a scoring day computed from it by the rules of usageRowInputs.ts, exactly: a full
 * recompute then reads one row per account instead of every usage row of the window.
 *
 * `days` holds signed words (16 bits when every word fits, else 32): entries in day order, one
 * per day with usage on or after `fromDay`:
 * - a head word `(day - fromDay) << 6 | flags`;
 * - then, for each flag set among USERS, LOGINS, USED, SEATS (in that order), one word: the
 *   day's largest active users, logins and features used of its totals rows (feature NULL), and
 *   its largest seats of any row;
 * - then, when FEATURES is set (the day has feature rows), a count and that many positions in
 *   `features` (the distinct feature names of the day).
 */
export interface UsageSummary {
  /** The earliest usage date of the account, as stored (text); null when it has no usage. */
  firstDay: string | null;
  /** Day number from which `days` holds every day with usage. */
  fromDay: number;
  features: readonly string[];
  days: Int16Array | Int32Array;
}

const FEATURES = 1;
const USERS = 2;
const LOGINS = 4;
const USED = 8;
const SEATS = 16;
const FLAG_BITS = 6;
/** 1970-01-05, day 4, was a Monday. */
const isMonday = (day: number) => (((day - 4) % 7) + 7) % 7 === 0;

/** One day as the SQL fold of usageSummaries.ts gives it. */
export interface SummaryDay {
  day: number;
  users: number | null;
  logins: number | null;
  used: number | null;
  seats: number | null;
  /** Positions in the summary's feature list; null when the day has no feature rows. */
  features: readonly number[] | null;
}

const fitsWord = (value: number | null) => value === null || (Number.isInteger(value) && value >= -0x80000000 && value <= 0x7fffffff);

const fitsHalfWord = (value: number) => value >= -0x8000 && value <= 0x7fff;

/**
 * The days as a summary's entries, in day order: 16-bit words when they all fit (most books:
 * half the bytes to store and read), else 32-bit; null when a value does not fit 32 bits (the
 * account stays on the row path).
 */
export function encodeSummaryDays(fromDay: number, days: readonly SummaryDay[]): Int16Array | Int32Array | null {
  const words: number[] = [];
  for (const d of days) {
    if (!fitsWord(d.users) || !fitsWord(d.logins) || !fitsWord(d.used) || !fitsWord(d.seats) || d.day - fromDay >= 1 << (31 - FLAG_BITS)) return null;
    const flags = (d.features !== null ? FEATURES : 0) | (d.users !== null ? USERS : 0) | (d.logins !== null ? LOGINS : 0) | (d.used !== null ? USED : 0) | (d.seats !== null ? SEATS : 0);
    words.push(((d.day - fromDay) << FLAG_BITS) | flags);
    for (const value of [d.users, d.logins, d.used, d.seats]) if (value !== null) words.push(value);
    if (d.features !== null) words.push(d.features.length, ...d.features);
  }
  return words.every(fitsHalfWord) ? Int16Array.from(words) : Int32Array.from(words);
}

/**
 * The window's day numbers, and the text bounds the first usage date is compared with (it is
 * stored as it came, so it compares as text, as the row path's SQL does).
 */
export interface WindowDays {
  from56: number;
  from28: number;
  from30: number;
  end: number;
  from56Text: string;
  from28Text: string;
}

export function windowDays(windows: InputWindows): WindowDays {
  const day = (text: string) => dayNumber(text, 'A usage window bound');
  return { from56: day(windows.from56), from28: day(windows.from28), from30: day(windows.from30), end: day(windows.end), from56Text: windows.from56, from28Text: windows.from28 };
}

/**
 * SQLite's sum() of the weekly fractions: Kahan–Babuška–Neumaier summation, rSum + rErr at the
 * end (sqlite3 func.c sumStep), so a weekly account's active days equal the row path's bit for bit.
 */
class ExactSum {
  private sum = 0;
  private err = 0;
  add(value: number): void {
    const t = this.sum + value;
    this.err += Math.abs(this.sum) > Math.abs(value) ? this.sum - t + value : value - t + this.sum;
    this.sum = t;
  }
  get total(): number {
    return this.sum + this.err;
  }
}

let seen = new Uint8Array(64);

/**
 * The usage inputs on the windows' day; undefined for an account with no usage up to then (n/a).
 * The rules, folded per day (see usageRowInputs.ts): a day is active when it has feature rows,
 * when its largest counts add up to more than 0, or when its totals rows carry no count at all;
 * when every day of the window is a Monday without feature rows the data is weekly and a week
 * counts min(7, logins per active user) active days.
 */
export function foldUsageSummary(summary: UsageSummary, w: WindowDays, keyFeatures: KeyFeatures, wantSeats: boolean): UsageFields | undefined {
  const { days, fromDay } = summary;
  let windowDays = 0;
  let weekly = true;
  let featureLog = false;
  let daysRecent = 0;
  let daysPrevious = 0;
  const weekRecent = new ExactSum();
  const weekPrevious = new ExactSum();
  let userCounts = false;
  let featureCounts = false;
  let users30: number | null = null;
  let used30: number | null = null;
  let seats: number | null = null;
  if (seen.length < summary.features.length) seen = new Uint8Array(summary.features.length * 2);
  seen.fill(0, 0, summary.features.length);

  for (let i = 0; i < days.length; ) {
    const head = days[i++]!;
    const flags = head & ((1 << FLAG_BITS) - 1);
    const day = fromDay + (head >> FLAG_BITS);
    const users = flags & USERS ? days[i++]! : null;
    const logins = flags & LOGINS ? days[i++]! : null;
    const used = flags & USED ? days[i++]! : null;
    const daySeats = flags & SEATS ? days[i++]! : null;
    let featureAt = i;
    let featureCount = 0;
    if (flags & FEATURES) {
      featureCount = days[i]!;
      featureAt = i + 1;
      i = featureAt + featureCount;
    }
    if (day < w.from56) continue;
    if (day >= w.end) break;
    windowDays++;
    const hasFeatures = (flags & FEATURES) !== 0;
    if (hasFeatures) featureLog = true;
    if (hasFeatures || !isMonday(day)) weekly = false;
    const active = hasFeatures || (users ?? 0) + (logins ?? 0) + (used ?? 0) > 0 || (users === null && logins === null && used === null);
    if (active) {
      const weekDays = Math.min(7, logins === null || users === null || users === 0 ? 1 : logins / users);
      if (day >= w.from28) {
        daysRecent++;
        weekRecent.add(weekDays);
      } else {
        daysPrevious++;
        weekPrevious.add(weekDays);
      }
    }
    if (users !== null) {
      userCounts = true;
      if (day >= w.from30 && (users30 === null || users > users30)) users30 = users;
    }
    if (used !== null) {
      featureCounts = true;
      if (day >= w.from30 && (used30 === null || used > used30)) used30 = used;
    }
    if (daySeats !== null) seats = daySeats;
    if (hasFeatures && day >= w.from30) for (let f = featureAt; f < featureAt + featureCount; f++) seen[days[f]!] = 1;
  }

  const { firstDay } = summary;
  if (windowDays === 0) {
    return firstDay !== null && firstDay < w.from56Text ? stoppedUsage(keyFeatures) : undefined;
  }
  const recent = weekly ? weekRecent.total : daysRecent;
  const previous = weekly ? weekPrevious.total : daysPrevious;
  let keyFeaturesUsed: number | null = null;
  if (keyFeatures.defined !== null) {
    if (featureLog) keyFeaturesUsed = keyFeaturesSeen(summary.features, keyFeatures.names);
    else if (featureCounts) keyFeaturesUsed = Math.min(keyFeatures.defined, used30 ?? 0);
  }
  return {
    activeDaysPerWeek: recent / WEEKS,
    // The trend needs usage seen before the last 4 weeks; a new customer has no baseline yet.
    activeDaysPerWeekPrevious: firstDay !== null && firstDay < w.from28Text ? previous / WEEKS : null,
    activeUsers: userCounts ? (users30 ?? 0) : null,
    keyFeaturesUsed,
    keyFeaturesDefined: keyFeaturesUsed === null ? null : keyFeatures.defined,
    usageSeats: wantSeats ? seats : null,
  };
}

/** The distinct features marked in `seen` that are key features (every feature when they are given as a count only). */
function keyFeaturesSeen(features: readonly string[], names: readonly string[] | null): number {
  let count = 0;
  for (let f = 0; f < features.length; f++) if (seen[f] === 1 && (names === null || names.includes(features[f]!))) count++;
  return count;
}
