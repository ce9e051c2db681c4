import { AppError } from '../../api/errors';
import { dayNumber, dayText, firstDayOfMonth, lastDayOfMonth, monthIndex, monthText } from './calendar';
import { positiveInteger } from './checks';
import { buildLedger } from './ledger';
import { lifetimeValue, trailingLogoChurn } from './ltv';
import { classifyPeriod, sortDrilldown } from './movements';
import { npsSummary } from './nps';
import { annualise, retentionFigures } from './retention';
import { accountScope } from './segment';
import { usageSummary } from './usage';
import type { MetricsInput, MetricsOptions, MetricsReport } from './types';

export const DEFAULT_NPS_WINDOW_MONTHS = 12;
export const DEFAULT_LTV_WINDOW_MONTHS = 6;

interface ResolvedPeriod {
  first: number;
  last: number;
  /** The last day the usage and NPS windows may read. */
  windowEnd: number;
}

function resolvePeriod(options: MetricsOptions): ResolvedPeriod {
  const range = typeof options.period === 'string' ? { first: options.period, last: options.period } : options.period;
  const first = monthIndex(range.first, 'Metrics period');
  const last = monthIndex(range.last, 'Metrics period');
  if (last < first) throw new AppError('BAD_INPUT', `Metrics period: ${range.first} comes after ${range.last}`);
  let windowEnd = lastDayOfMonth(last);
  if (options.asOf !== null && options.asOf !== undefined) {
    const asOf = dayNumber(options.asOf, 'Metrics asOf');
    if (asOf < firstDayOfMonth(first)) throw new AppError('BAD_INPUT', `Metrics period ${range.first} starts after ${options.asOf}, the day it is computed on`);
    windowEnd = Math.min(windowEnd, asOf);
  }
  return { first, last, windowEnd };
}

/**
 * Every portfolio metric of DOMAIN.md for one period (a month, or a range of months) and,
 * optionally, one segment and tier, with the accounts behind each figure. Pure: the caller
 * passes the data and, for a period still running, today's date (`asOf`).
 *
 * Cost: O(revenue rows + usage rows + NPS responses + accounts × (months + LTV window)),
 * plus sorting the drill-down lists.
 */
export function computeMetrics(input: MetricsInput, options: MetricsOptions): MetricsReport {
  const period = resolvePeriod(options);
  const npsWindowMonths = positiveInteger(options.npsWindowMonths ?? DEFAULT_NPS_WINDOW_MONTHS, 'npsWindowMonths');
  const ltvWindowMonths = positiveInteger(options.ltvWindowMonths ?? DEFAULT_LTV_WINDOW_MONTHS, 'ltvWindowMonths');
  const countReactivation = options.countReactivation ?? true;
  const scope = accountScope(input.accounts ?? [], options.segment, options.tier);

  // The months read: the month before the period (its start) and the month before the LTV window.
  const ledger = buildLedger(input.revenue, Math.min(period.first, period.last - ltvWindowMonths + 1) - 1, period.last, scope.includes);
  const classified = classifyPeriod(ledger, period.first, period.last);
  const figures = retentionFigures(classified, countReactivation);
  const trailing = trailingLogoChurn(ledger, period.last, ltvWindowMonths);
  const nps = npsSummary(input.nps ?? [], scope.includes, firstDayOfMonth(period.last - npsWindowMonths + 1), period.windowEnd);
  const { byAccount: usageByAccount, ...usageFigures } = usageSummary(input.usage ?? [], {
    includes: scope.includes,
    seats: scope.seats,
    keyFeatures: options.keyFeatures,
    windowEnd: period.windowEnd,
  });
  const months = period.last - period.first + 1;

  return {
    period: { first: monthText(period.first), last: monthText(period.last), months, cohortMonth: monthText(period.first - 1) },
    filter: { segment: options.segment?.trim() || null, tier: options.tier?.trim() || null },
    settings: { countReactivation, npsWindowMonths, ltvWindowMonths, windowEnd: dayText(period.windowEnd) },
    mrr: { start: classified.startMrr, end: classified.endMrr },
    customers: classified.customers,
    ...figures,
    ltv: lifetimeValue(figures.arpa, trailing.averageLogoChurnRate),
    nps: nps.nps,
    npsResponses: nps.counts,
    mrrMovements: classified.movements,
    ...usageFigures,
    annualised: annualise(figures, months),
    ltvDetail: trailing,
    drilldown: { revenue: sortDrilldown(classified.accounts), nps: nps.byAccount, usage: usageByAccount },
  };
}
