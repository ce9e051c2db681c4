import type { MetricsMonth } from '../../../shared/api/healthDto';
import { DEFAULT_NPS_WINDOW_MONTHS, type IsoDay, type MetricsInput } from '../../../shared/domain/metrics';
import { dayNumber, firstDayOfMonth, lastDayOfMonth, monthText } from '../../../shared/domain/metrics/calendar';
import { buildLedger } from '../../../shared/domain/metrics/ledger';
import { classifyPeriod } from '../../../shared/domain/metrics/movements';
import { npsSummary } from '../../../shared/domain/metrics/nps';
import { retentionFigures } from '../../../shared/domain/metrics/retention';
import { accountScope } from '../../../shared/domain/metrics/segment';

export interface TrendRequest {
  /** Month index of the last month of the run (the dashboard's period). */
  last: number;
  months: number;
  segment: string | null;
  asOf: IsoDay;
}

/**
 * The trend charts' months, oldest first, from one input read for the whole run. The engine's
 * own steps (buildLedger, classifyPeriod, retentionFigures, npsSummary) run with the settings
 * computeMetrics uses by default, as `metrics.get` calls it, so a month here is what
 * `metrics.get` gives for it. Unlike one computeMetrics per month, the revenue rows are indexed
 * once for all months, and no drill-down list is sorted: at 100k accounts a month costs one pass
 * over the accounts instead of one over every revenue row plus the sorts.
 */
export function monthlyTrend(input: MetricsInput, request: TrendRequest): MetricsMonth[] {
  const first = request.last - request.months + 1;
  const scope = accountScope(input.accounts ?? [], request.segment);
  // From the month before the run: each month's start is the end of the month before it.
  const ledger = buildLedger(input.revenue, first - 1, request.last, scope.includes);
  const asOf = dayNumber(request.asOf, 'Metrics asOf');
  const months: MetricsMonth[] = [];
  for (let month = first; month <= request.last; month++) {
    const classified = classifyPeriod(ledger, month, month);
    // computeMetrics' default: reactivation MRR counts in NRR.
    const figures = retentionFigures(classified, true);
    const windowEnd = Math.min(lastDayOfMonth(month), asOf);
    const nps = npsSummary(input.nps ?? [], scope.includes, firstDayOfMonth(month - DEFAULT_NPS_WINDOW_MONTHS + 1), windowEnd);
    months.push({
      period: monthText(month),
      grr: figures.grr,
      nrr: figures.nrr,
      logoChurnRate: figures.logoChurnRate,
      mrr: { start: classified.startMrr, end: classified.endMrr },
      nps: nps.nps,
      promoters: nps.counts.promoters,
      passives: nps.counts.passives,
      detractors: nps.counts.detractors,
      movements: classified.movements,
    });
  }
  return months;
}
