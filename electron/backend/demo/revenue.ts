import type { Tier } from '../../../shared/api/enums';
import { addYears, DAY_MS, daysInMonth, monthIndexOf, monthStartMs, startOfDayMs } from './dates';
import type { AccountSeed } from './portfolio';
import type { Random } from './random';
import { HISTORY_MONTHS, type HistoryWindow } from './window';

/** Current ARR by tier: log-normal, so a few large customers carry much of the book. */
export const ARR_RANGES: Record<Tier, { median: number; sigma: number; min: number; max: number; mrrUnit: number }> = {
  strategic: { median: 300_000, sigma: 0.6, min: 150_000, max: 1_200_000, mrrUnit: 100 },
  'mid-touch': { median: 55_000, sigma: 0.5, min: 25_000, max: 150_000, mrrUnit: 25 },
  'tech-touch': { median: 7_000, sigma: 0.7, min: 2_000, max: 25_000, mrrUnit: 5 },
};

export interface Anniversary {
  ms: number;
  /** Window period of the anniversary. */
  k: number;
  renewed: boolean;
}

/** An account's revenue over the window and the contract dates behind it. */
export interface RevenuePlan {
  /** MRR per window period, oldest first; null before the first period of the relationship (no row). */
  mrr: (number | null)[];
  /** First window period with a row. */
  startK: number;
  /** The first contract's start date. */
  firstStartMs: number;
  /** The current contract's start (the restart date after a reactivation). */
  contractStartMs: number;
  /** First period without MRR (churn, or the gap before a reactivation). */
  churnK: number | null;
  /** Period where the MRR came back after a gap. */
  returnK: number | null;
  /** Last day of the lost contract (churned accounts, and the gap of reactivated ones). */
  endMs: number | null;
  /** MRR in the last paid period: the current MRR unless the account churned. */
  lastPaidMrr: number;
  /** Contract anniversaries inside the window up to now, and whether the customer renewed. */
  anniversaries: Anniversary[];
}

export interface RevenueOptions {
  /** New logos need at least this many months before now (and before churn): the book's usage rows must fit. */
  minLifeMonths: number;
}

const EXPANSIONS: Record<Tier, { counts: number[]; weights: number[]; min: number; max: number }> = {
  strategic: { counts: [0, 1, 2, 3], weights: [0.3, 0.4, 0.22, 0.08], min: 1.05, max: 1.3 },
  'mid-touch': { counts: [0, 1, 2], weights: [0.5, 0.38, 0.12], min: 1.1, max: 1.4 },
  'tech-touch': { counts: [0, 1], weights: [0.75, 0.25], min: 1.2, max: 1.9 },
};

/** A random day of a month, not after `notAfterMs`; null when the month starts later. */
export function randomDayInMonth(random: Random, monthIndex: number, notAfterMs: number): number | null {
  const start = monthStartMs(monthIndex);
  const maxOffset = Math.min(daysInMonth(monthIndex) - 1, Math.floor((notAfterMs - start) / DAY_MS));
  return maxOffset < 0 ? null : start + random.int(0, maxOffset) * DAY_MS;
}

const roundTo = (value: number, unit: number) => Math.max(unit, Math.round(value / unit) * unit);

export function planRevenue(random: Random, seed: AccountSeed, window: HistoryWindow, options: RevenueOptions): RevenuePlan {
  const last = HISTORY_MONTHS - 1;
  const range = ARR_RANGES[seed.tier];
  const yesterday = startOfDayMs(window.nowMs) - DAY_MS;

  // When did the relationship start? New logos inside the window, the rest 2 weeks to 5 years before it.
  let startK = 0;
  let firstStartMs = 0;
  // A churned new logo still needs two paid months before it leaves.
  const latestStart = last - options.minLifeMonths - (seed.fate === 'churned' ? 2 : 0);
  if (seed.newLogo && latestStart >= 1) {
    startK = random.int(1, latestStart);
    firstStartMs = randomDayInMonth(random, window.firstMonth + startK, yesterday) ?? monthStartMs(window.firstMonth + startK - 1);
    startK = monthIndexOf(firstStartMs) - window.firstMonth;
  } else {
    firstStartMs = startOfDayMs(window.startMs - random.int(15, 5 * 365) * DAY_MS);
  }

  const anniversaryMs: number[] = [];
  for (let years = 1; ; years++) {
    const ms = addYears(firstStartMs, years);
    if (ms > window.nowMs) break;
    if (monthIndexOf(ms) - window.firstMonth > Math.max(startK, 0)) anniversaryMs.push(ms);
  }
  const periodOfMs = (ms: number) => monthIndexOf(ms) - window.firstMonth;

  let churnK: number | null = null;
  let returnK: number | null = null;
  let endMs: number | null = null;
  let contractStartMs = firstStartMs;
  if (seed.fate === 'churned') {
    const atRenewal = anniversaryMs.filter((ms) => periodOfMs(ms) >= 1);
    if (seed.tier !== 'tech-touch' && atRenewal.length > 0) {
      const lost = random.pick(atRenewal);
      churnK = periodOfMs(lost);
      endMs = lost - DAY_MS;
    } else {
      // Monthly plans end at a month's close.
      const earliest = startK > 0 ? startK + 2 + options.minLifeMonths : 1;
      churnK = random.int(Math.min(last, earliest), last);
      endMs = monthStartMs(window.firstMonth + churnK) - DAY_MS;
    }
  } else if (seed.fate === 'reactivated') {
    churnK = random.int(Math.max(2, startK + 2), 11);
    returnK = Math.min(last - 1, churnK + random.int(2, 5));
    endMs = monthStartMs(window.firstMonth + churnK) - DAY_MS;
    contractStartMs = randomDayInMonth(random, window.firstMonth + returnK, yesterday) ?? monthStartMs(window.firstMonth + returnK);
  }
  const lastPaidK = seed.fate === 'churned' ? (churnK as number) - 1 : last;
  const isPaid = (k: number) =>
    k >= startK && k <= lastPaidK && !(returnK !== null && churnK !== null && k >= churnK && k < returnK);

  // Changes: expansions any month after the first two; contractions at a renewal.
  const factors = new Map<number, number>();
  const expansionPlan = EXPANSIONS[seed.tier];
  let expansions = random.weighted(expansionPlan.counts, expansionPlan.weights);
  if (seed.atRisk) expansions = Math.floor(expansions / 2);
  for (let i = 0; i < expansions; i++) {
    const k = random.int(startK + 2, last);
    if (isPaid(k) && isPaid(k - 1) && k !== returnK) factors.set(k, random.float(expansionPlan.min, expansionPlan.max));
  }
  const renewedAnniversaries = anniversaryMs.filter((ms) => isPaid(periodOfMs(ms)) && isPaid(periodOfMs(ms) - 1));
  if (renewedAnniversaries.length > 0 && random.chance(seed.atRisk ? 0.35 : 0.1)) {
    factors.set(periodOfMs(random.pick(renewedAnniversaries)), random.float(0.65, 0.9));
  }

  // Walk back from the anchor (today's MRR, or the last MRR before churn), applying each change in reverse.
  const anchorArr = random.logNormal(range.median, range.sigma, range.min, range.max);
  const unit = range.mrrUnit;
  const minMrr = Math.ceil(range.min / 12 / unit) * unit;
  const maxMrr = Math.floor(range.max / 12 / unit) * unit;
  let current = Math.min(maxMrr, Math.max(minMrr, roundTo(anchorArr / 12, unit)));
  const lastPaidMrr = current;
  const mrr: (number | null)[] = Array(HISTORY_MONTHS).fill(null);
  for (let k = last; k >= startK; k--) {
    if (!isPaid(k)) {
      mrr[k] = 0;
      continue;
    }
    mrr[k] = current;
    const factor = factors.get(k);
    if (factor !== undefined) current = roundTo(current / factor, unit);
    if (k === returnK) current = roundTo(current / random.float(0.7, 1.1), unit);
  }

  // After a reactivation the old contract's anniversaries no longer apply.
  const anniversaries = anniversaryMs
    .filter((ms) => seed.fate !== 'reactivated' || periodOfMs(ms) < (churnK as number))
    .map((ms) => ({ ms, k: periodOfMs(ms), renewed: isPaid(periodOfMs(ms)) }));
  return { mrr, startK, firstStartMs, contractStartMs, churnK, returnK, endMs, lastPaidMrr, anniversaries };
}
