import type Database from 'better-sqlite3';
import { AppError } from '../../../shared/api/errors';
import type { MetricsDashboardDto } from '../../../shared/api/healthDto';
import { computeMetrics, DEFAULT_LTV_WINDOW_MONTHS, DEFAULT_NPS_WINDOW_MONTHS, type YearMonth } from '../../../shared/domain/metrics';
import { dayText, firstDayOfMonth, lastDayOfMonth, monthIndex, monthText } from '../../../shared/domain/metrics/calendar';
import { gatherMetricsInput } from './gatherInputs';
import { healthSummary } from './healthTotals';
import { monthlyTrend } from './monthlyTrend';
import { lastCompleteMonth, listSegments } from './portfolioMetrics';
import { revenueSpan, type RevenueSpan } from './revenueSpan';
import { USAGE_WINDOW_DAYS } from './usageRows';

export interface DashboardRequest {
  /** A month, YYYY-MM; default the last month the revenue changed, at most the last complete one. */
  period?: YearMonth | undefined;
  segment?: string | undefined;
  /** How many months the trend charts show, ending with the period. */
  months: number;
}

const MS_PER_DAY = 86_400_000;

/** A book whose subscriptions ended in 2024 has nothing to show for last month: its last change is. */
function defaultPeriod(span: RevenueSpan | null, now: Date): YearMonth {
  const lastComplete = lastCompleteMonth(now);
  return span !== null && span.lastChange < lastComplete ? span.lastChange : lastComplete;
}

function checkSegment(segments: string[], segment: string): void {
  if (segments.some((name) => name.toLowerCase() === segment.toLowerCase())) return;
  const known = segments.length === 0 ? 'no account has a segment' : `the segments are: ${segments.join(', ')}`;
  throw new AppError('BAD_INPUT', `Unknown segment "${segment}"; ${known}`, { segment, segments });
}

/**
 * The Metrics dashboard in one consistent read of the workspace: the period's report (what
 * `metrics.get` gives for it), the trend months ending with it, health by band and the at-risk
 * list. Revenue, NPS and usage are read once for the whole run of months, not once per month.
 */
export function metricsDashboard(sqlite: Database.Database, request: DashboardRequest, now: Date): MetricsDashboardDto {
  return sqlite.transaction(() => {
    const span = revenueSpan(sqlite);
    const period = request.period ?? defaultPeriod(span, now);
    const month = monthIndex(period, 'Metrics period');
    const today = Math.floor(now.getTime() / MS_PER_DAY);
    if (firstDayOfMonth(month) > today) {
      throw new AppError('BAD_INPUT', `Metrics period ${period} has not begun yet (today is ${dayText(today)})`, { period });
    }
    const segments = listSegments(sqlite);
    const segment = request.segment?.trim() || null;
    if (segment !== null) checkSegment(segments, segment);

    const firstOfRun = month - request.months + 1;
    const windowEnd = Math.min(lastDayOfMonth(month), today);
    const input = gatherMetricsInput(sqlite, {
      firstMonth: monthText(firstOfRun - DEFAULT_LTV_WINDOW_MONTHS),
      lastMonth: period,
      npsFrom: dayText(firstDayOfMonth(firstOfRun - DEFAULT_NPS_WINDOW_MONTHS + 1)),
      usageFrom: dayText(windowEnd - USAGE_WINDOW_DAYS + 1),
      windowEnd: dayText(windowEnd),
    });
    const asOf = dayText(today);
    return {
      report: computeMetrics(input, { period, segment, asOf }),
      months: monthlyTrend(input, { last: month, months: request.months, segment, asOf }),
      ...healthSummary(sqlite, segment, now),
      segments,
      revenueMonths: span === null ? null : { first: span.first, last: span.lastChange },
    };
  })();
}
