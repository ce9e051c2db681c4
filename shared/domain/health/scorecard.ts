import type { MetricKey } from './metrics';

/**
 * The scorecard model (DOMAIN.md, Health scoring): weighted measures, each turning one raw value
 * into a score from 0 to 100 through editable thresholds, and bands that name score ranges.
 * Plain data, so it can be stored as JSON, edited in settings and sent to the renderer.
 */

/** Which way a raw value is good: more usage is better, more open tickets is worse. */
export type Better = 'higher' | 'lower';

/**
 * How the score runs between threshold points:
 * - `linear`: straight lines between the points (2 days a week halfway between 1 and 3);
 * - `steps`: the score jumps at each point. With `better: 'higher'` a point reads
 *   "from `raw` up: `score`"; with `better: 'lower'` it reads "up to `raw`: `score`".
 * Outside the points the score stays at the nearest end point's score.
 */
export type ThresholdShape = 'linear' | 'steps';

export interface ThresholdPoint {
  raw: number;
  /** 0–100. */
  score: number;
}

export interface Thresholds {
  better: Better;
  shape: ThresholdShape;
  /**
   * Raw values in strictly ascending order with their scores. Scores rise along the list when
   * higher is better and fall when lower is better, so a better raw value never scores less.
   */
  points: ThresholdPoint[];
}

export interface Measure {
  /** Unique within the scorecard; stable across versions so snapshots can be compared. */
  id: string;
  /** Which raw value from the account's inputs this measure scores (see METRICS). */
  metric: MetricKey;
  label: string;
  /** Relative weight, > 0. Weights need not sum to 100: only their ratios matter. */
  weight: number;
  thresholds: Thresholds;
}

/** A named score range, inclusive at both ends, on whole scores (the score is shown rounded). */
export interface Band {
  id: string;
  label: string;
  min: number;
  max: number;
}

/** The band of an account with too few measures with data: shown as such, never red. */
export const NOT_SCORED = 'not_scored';
export const NOT_SCORED_LABEL = 'Not scored';

/**
 * Which accounts a scorecard is for. An empty or missing list matches any value; both lists
 * given means the account must match both. `{}` is the catch-all.
 */
export interface ScorecardRule {
  tiers?: string[];
  segments?: string[];
}

export interface Scorecard {
  id: string;
  name: string;
  /** Whole number ≥ 1, raised on every saved edit; snapshots record it so charts can mark changes. */
  version: number;
  appliesTo: ScorecardRule;
  measures: Measure[];
  /** Ascending, contiguous, covering 0–100 (see validateScorecard). */
  bands: Band[];
  /** Below this many measures with data the account is "not scored". */
  minMeasuresWithData: number;
}

export const DEFAULT_BANDS: readonly Band[] = [
  { id: 'red', label: 'Red', min: 0, max: 50 },
  { id: 'yellow', label: 'Yellow', min: 51, max: 75 },
  { id: 'green', label: 'Green', min: 76, max: 100 },
];

/** The account fields a scorecard rule looks at. */
export interface ScorecardTarget {
  tier: string | null;
  segment: string | null;
}

function listMatches(list: readonly string[] | undefined, value: string | null): boolean {
  if (list === undefined || list.length === 0) return true;
  return value !== null && list.includes(value);
}

/** A rule with no tiers and no segments: it matches every account. */
export function isCatchAll(rule: ScorecardRule): boolean {
  return (rule.tiers === undefined || rule.tiers.length === 0) && (rule.segments === undefined || rule.segments.length === 0);
}

/**
 * The scorecard for an account: the first whose rule matches, in the order given (like cadence
 * rules), so specific scorecards go first and the catch-all last. Null when none matches.
 */
export function selectScorecard<T extends Scorecard>(account: ScorecardTarget, scorecards: readonly T[]): T | null {
  for (const card of scorecards) {
    if (listMatches(card.appliesTo.tiers, account.tier) && listMatches(card.appliesTo.segments, account.segment)) return card;
  }
  return null;
}

/** The index of the band holding a whole score, or -1 when the bands leave it out (an invalid scorecard). */
export function bandIndexOf(bands: readonly Band[], wholeScore: number): number {
  for (let i = 0; i < bands.length; i++) {
    const band = bands[i]!;
    if (wholeScore >= band.min && wholeScore <= band.max) return i;
  }
  return -1;
}
