/**
 * Portfolio metrics (DOMAIN.md, "Metrics: exact definitions"), pure and DB-free.
 *
 * `computeMetrics(input, options)` is the entry point: plain revenue, account, NPS and usage
 * rows in, every figure for one period out, with the accounts behind each
 * (`report.drilldown`, or `drilldownFor(report, metric)` per figure).
 */
export { computeMetrics, DEFAULT_LTV_WINDOW_MONTHS, DEFAULT_NPS_WINDOW_MONTHS } from './computeMetrics';
export { describeArrSource, effectiveArr, isDerivedArr, type ArrFacts, type ArrSource, type EffectiveArr } from './effectiveArr';
export { drilldownFor, type DrilldownMetric, type DrilldownPart, type MetricDrilldown } from './drilldown';
export { netPromoterScore } from './nps';
export type * from './types';
