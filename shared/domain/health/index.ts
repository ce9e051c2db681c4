/** The health engine's pure core: scorecards, scoring, explanations, overrides, trends, what-if. */
export type { AsOf } from './dates';
export { compileScorecard, type CompiledScorecard } from './engine';
export type { NextBandHint } from './explain';
export { emptyHealthInputs, type HealthInputs } from './inputs';
export { isMetricKey, METRIC_KEYS, METRICS, type Metric, type MetricKey } from './metrics';
export { defaultScorecard } from './defaultScorecard';
export { applyOverride, validateOverride, type ComputedHealth, type EffectiveHealth, type HealthOverride } from './override';
export { renewalStageProbability } from './renewalStages';
export {
  DEFAULT_BANDS,
  NOT_SCORED,
  isCatchAll,
  NOT_SCORED_LABEL,
  selectScorecard,
  type Band,
  type Better,
  type Measure,
  type Scorecard,
  type ScorecardRule,
  type ScorecardTarget,
  type ThresholdPoint,
  type Thresholds,
  type ThresholdShape,
} from './scorecard';
export { scoreAccount, type AccountHealth, type MeasureBreakdown } from './score';
export { bestScore, rawForScore, scoreOnThresholds } from './thresholds';
export { healthTrend, TREND_LOOKBACK_DAYS, TREND_TOLERANCE, type HealthSnapshot, type HealthTrend, type TrendArrow, type TrendOptions, type VersionMarker } from './trend';
export { validateScorecard, validateScorecardSet, type ScorecardProblem } from './validate';
export {
  compareOnBook,
  compareScorecards,
  readBook,
  type AccountId,
  type BandMove,
  type BandTotal,
  type HealthBook,
  type ScorecardComparison,
  type WhatIfAccount,
} from './whatIf';
