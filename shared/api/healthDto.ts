/**
 * The health screens' wire shapes: scorecards as stored and edited, the book's raw readings for
 * the what-if preview, key features, and the Metrics dashboard's series. Scoring itself stays in
 * shared/domain/health, so the renderer previews with the very code the back-end stores with.
 */
import { z } from 'zod';
import type { MetricKey, Scorecard } from '../domain/health';
import type { ArrSource, MetricsReport } from '../domain/metrics';

const Points = z.array(z.object({ raw: z.number().finite(), score: z.number().finite() }).strict());

/** The shape of a scorecard; what makes it usable (order, coverage, monotone scores) is validateScorecard's job. */
export const scorecardSchema = z
  .object({
    id: z.string().trim().min(1, 'the scorecard needs an id').max(80),
    name: z.string().trim().min(1, 'the scorecard needs a name').max(200),
    version: z.number().int().min(1),
    appliesTo: z.object({ tiers: z.array(z.string()).optional(), segments: z.array(z.string()).optional() }).strict(),
    measures: z.array(
      z
        .object({
          id: z.string().trim().min(1).max(80),
          metric: z.string().min(1),
          label: z.string().trim().min(1).max(200),
          weight: z.number().finite(),
          thresholds: z.object({ better: z.enum(['higher', 'lower']), shape: z.enum(['linear', 'steps']), points: Points }).strict(),
        })
        .strict(),
    ),
    bands: z.array(z.object({ id: z.string().min(1), label: z.string().min(1), min: z.number().int(), max: z.number().int() }).strict()),
    minMeasuresWithData: z.number().int(),
  })
  .strict();

/** A scorecard in force, with where it sits in the order (the first whose rule matches wins). */
export interface ScorecardEntry {
  scorecard: Scorecard;
  position: number;
  savedAt: string;
}

export interface ScorecardVersion {
  id: string;
  version: number;
  name: string;
  savedAt: string;
}

export interface ScorecardsState {
  /** In force, in the order they are tried; the last is the catch-all. */
  scorecards: ScorecardEntry[];
  /** Every saved version of every scorecard, newest first. */
  history: ScorecardVersion[];
}

export interface ScorecardSaveResult {
  scorecard: ScorecardEntry;
  /** Accounts rescored because the scorecard applies to them (or did before the edit). */
  rescored: number;
}

export interface ScorecardReorderResult {
  /** In force, in the new order. */
  scorecards: ScorecardEntry[];
  /** Accounts rescored because another scorecard scores them in the new order. */
  rescored: number;
}

/** One saved version of a scorecard, as it was saved (scorecards.version): for reading it, or restoring it as a new version. */
export interface ScorecardVersionDetail {
  scorecard: Scorecard;
  savedAt: string;
}

/**
 * The book's raw health readings, read once, for the scorecard editor's what-if: readings hold
 * `metricKeys.length` values per account in account order, null where a measure has no data.
 */
export interface HealthBookDto {
  asOf: string;
  metricKeys: MetricKey[];
  /** `arr` is the effective ARR (shared/domain/metrics effectiveArr); `arrSource` says whether it was entered or derived. */
  accounts: { id: number; name: string; tier: string | null; segment: string | null; arr: number; arrSource?: ArrSource }[];
  readings: (number | null)[];
}

export interface KeyFeaturesState {
  /** The features whose use counts as depth. */
  features: string[];
  /** Every feature name seen in the usage rows, most used first, to pick from. */
  known: string[];
}

/** One month of the Metrics dashboard's trend charts: the same figures `metrics.get` gives for that month. */
export interface MetricsMonth {
  period: string;
  grr: number | null;
  nrr: number | null;
  logoChurnRate: number | null;
  mrr: { start: number; end: number };
  /** NPS over the window ending with this month (12 months), as `metrics.get` computes it. */
  nps: number | null;
  promoters: number;
  passives: number;
  detractors: number;
  movements: { new: number; expansion: number; contraction: number; churned: number; reactivation: number };
}

export interface HealthBandTotal {
  band: string;
  bandLabel: string;
  accounts: number;
  /** Effective ARR (shared/domain/metrics effectiveArr): entered where the account has one, else derived. */
  arr: number;
  /** The part of `arr` derived from revenue (no ARR entered), which the screens must say. */
  derivedArr: number;
  /** The accounts in the band, largest ARR first: the drill-down behind both figures. */
  accountIds: number[];
}

export interface AtRiskAccount {
  id: number;
  name: string;
  /** Effective ARR, as HealthBandTotal's. */
  arr: number;
  arrSource: ArrSource;
  band: string;
  bandLabel: string;
  score: number | null;
  /** Change in score over the trend window; negative is falling. */
  scoreChange: number | null;
  reason: 'red' | 'falling' | 'red_and_falling';
}

export interface MetricsDashboardDto {
  report: MetricsReport;
  /** Oldest first, ending with the report's month. */
  months: MetricsMonth[];
  /**
   * Active accounts (the segment's, when one is picked) by their current health band (the
   * latest snapshot's, an override winning), in band order from the lowest; accounts never
   * scored come last as band "none".
   */
  health: HealthBandTotal[];
  /** Red (the lowest band) or falling (down TREND_TOLERANCE points or more), largest ARR first, at most AT_RISK_LIMIT. */
  atRisk: AtRiskAccount[];
  /** How many accounts are at risk in all, when the list was cut short. */
  atRiskTotal: number;
  segments: string[];
  /**
   * The months of revenue data (revenue history or subscriptions), or null: none at all (the
   * empty state). `last` is the last month anything changed (a history month, a subscription
   * starting or ending); without a period asked for, the dashboard shows that month, at most
   * the last complete one, so a book whose data stops in 2024 does not open on an empty month.
   */
  revenueMonths: { first: string; last: string } | null;
}
