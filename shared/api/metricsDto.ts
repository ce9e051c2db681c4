/**
 * What `metrics.get` returns: the metric engine's report as it is (shared/domain/metrics
 * MetricsReport), every figure of one period with the accounts behind it. Rates are fractions
 * (0.05 = 5%), NPS runs from −100 to 100, and a figure that cannot be computed is null ("n/a").
 */
import type { MetricsReport } from '../domain/metrics';

export type MetricsReportDto = MetricsReport;
