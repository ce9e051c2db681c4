import { meanOfKnown, nonNegative, ratio } from './checks';
import { FREQUENCY_BASELINE_WEEKS, MONTH_WINDOW_DAYS, TALLY_DAYS, tallyUsage, type UsageTally } from './usageTally';
import type { AccountId, AccountUsage, DepthBasis, MauBasis, PortfolioBasis, UsageDay, UsageFigures } from './types';

export interface UsageSummary extends UsageFigures {
  byAccount: AccountUsage[];
}

export interface UsageContext {
  includes(accountId: AccountId): boolean;
  /** Licensed seats from the account attributes; they win over the usage rows' seats. */
  seats(accountId: AccountId): number | null;
  /** The key features defined: their number or their ids; null leaves depth n/a. */
  keyFeatures: number | readonly string[] | null | undefined;
  /** The last day (day number) of the windows. */
  windowEnd: number;
}

/**
 * Stickiness, breadth, depth and frequency per account, over the 30 days (frequency: the 7
 * days, against the 28 before) ending on `windowEnd`, and the book's figure for each as the
 * mean over the accounts that have it: every account counts once, as on a health scorecard.
 * An account without usage rows in a window has no value there (n/a), never 0.
 */
export function usageSummary(rows: readonly UsageDay[], context: UsageContext): UsageSummary {
  const tallies = [...tallyUsage(rows, context.includes, context.windowEnd).values()]
    .filter((tally) => tally.rowsInFrequencyWindow > 0)
    .sort((a, b) => a.accountId - b.accountId);
  const keyFeatures = keyFeatureSpec(context.keyFeatures);
  const byAccount = tallies.map((tally) => accountUsage(tally, context, keyFeatures));
  return {
    stickiness: meanOfKnown(byAccount.map((account) => account.stickiness)),
    breadth: meanOfKnown(byAccount.map((account) => account.breadth)),
    depth: meanOfKnown(byAccount.map((account) => account.depth)),
    frequency: meanOfKnown(byAccount.map((account) => account.activeDaysPerWeek)),
    frequencyTrend: meanOfKnown(byAccount.map((account) => account.frequencyTrend)),
    mauBasis: portfolioBasis(byAccount.filter((account) => account.stickiness !== null || account.breadth !== null).map((account) => account.mauBasis)),
    depthBasis: portfolioBasis(byAccount.filter((account) => account.depth !== null).map((account) => account.depthBasis)),
    byAccount,
  };
}

interface KeyFeatures {
  defined: number;
  /** When the key features are given by id, only those ids count as used. */
  ids: ReadonlySet<string> | null;
}

function keyFeatureSpec(option: UsageContext['keyFeatures']): KeyFeatures | null {
  if (option === null || option === undefined) return null;
  if (typeof option === 'number') return nonNegative(option, 'keyFeatures') > 0 ? { defined: option, ids: null } : null;
  const ids = new Set(option);
  return ids.size > 0 ? { defined: ids.size, ids } : null;
}

function accountUsage(tally: UsageTally, context: UsageContext, keyFeatures: KeyFeatures | null): AccountUsage {
  const end = context.windowEnd;
  const { mau, mauBasis } = monthlyActiveUsers(tally);
  // Days the account could be seen in the window: a customer that started 10 days ago is
  // averaged over 10 days, not 30.
  const observedDays = end - Math.max(tally.firstDay, end - MONTH_WINDOW_DAYS + 1) + 1;
  const averageDau = tally.hasDau ? tally.dauSum / observedDays : null;
  const seats = context.seats(tally.accountId) ?? tally.latestSeats;
  const { featuresUsed, depthBasis } = featuresUsedIn(tally, keyFeatures);
  const activeDaysPerWeek = tally.activeDaysThisWeek;
  // The trend needs the account seen through all of the 4 earlier weeks.
  const previousActiveDaysPerWeek = tally.firstDay <= end - TALLY_DAYS + 1 ? tally.activeDaysBefore / FREQUENCY_BASELINE_WEEKS : null;
  return {
    accountId: tally.accountId,
    averageDau,
    mau,
    mauBasis,
    stickiness: averageDau === null || mau === null ? null : ratio(averageDau, mau),
    seats,
    breadth: mau === null || seats === null ? null : ratio(mau, seats),
    featuresUsed,
    depthBasis,
    depth: featuresUsed === null || keyFeatures === null ? null : ratio(featuresUsed, keyFeatures.defined),
    activeDaysPerWeek,
    previousActiveDaysPerWeek,
    frequencyTrend: previousActiveDaysPerWeek === null ? null : activeDaysPerWeek - previousActiveDaysPerWeek,
  };
}

/**
 * MAU is the distinct users active in the 30 days, not a sum of DAUs. It is exact when every
 * row of the window names its users; otherwise the best the counts can say is the peak daily
 * active users, a lower bound of MAU (so stickiness is then an upper bound), and it says so.
 */
function monthlyActiveUsers(tally: UsageTally): { mau: number | null; mauBasis: MauBasis | null } {
  if (tally.rowsInMonth === 0 || !tally.hasDau) return { mau: null, mauBasis: null };
  if (tally.users !== null) return { mau: tally.users.size, mauBasis: 'distinctUsers' };
  return { mau: tally.peakDau, mauBasis: 'peakDailyActiveUsers' };
}

/** Key features used in the 30 days: distinct ids (only the key ones when their ids are given), else the peak daily count. */
function featuresUsedIn(tally: UsageTally, keyFeatures: KeyFeatures | null): { featuresUsed: number | null; depthBasis: DepthBasis | null } {
  if (tally.rowsInMonth === 0 || tally.peakFeatures === null) return { featuresUsed: null, depthBasis: null };
  if (tally.features === null) return { featuresUsed: tally.peakFeatures, depthBasis: 'peakDailyFeatures' };
  const keys = keyFeatures?.ids;
  if (!keys) return { featuresUsed: tally.features.size, depthBasis: 'distinctFeatures' };
  let used = 0;
  for (const feature of tally.features) used += keys.has(feature) ? 1 : 0;
  return { featuresUsed: used, depthBasis: 'distinctFeatures' };
}

function portfolioBasis<B extends string>(bases: readonly (B | null)[]): PortfolioBasis<B> {
  const distinct = new Set(bases.filter((basis): basis is B => basis !== null));
  if (distinct.size === 0) return null;
  if (distinct.size > 1) return 'mixed';
  return [...distinct][0] ?? null;
}
