import type Database from 'better-sqlite3';
import { AppError } from '../../../shared/api/errors';
import type { MetricsReportDto } from '../../../shared/api/metricsDto';
import { computeMetrics, DEFAULT_LTV_WINDOW_MONTHS, DEFAULT_NPS_WINDOW_MONTHS, type YearMonth } from '../../../shared/domain/metrics';
import { dayText, firstDayOfMonth, lastDayOfMonth, monthIndex, monthText } from '../../../shared/domain/metrics/calendar';
import { gatherMetricsInput, type InputWindows } from './gatherInputs';
import { USAGE_WINDOW_DAYS } from './usageRows';

export interface PortfolioMetricsRequest {
  /** A month, YYYY-MM; default the last complete month before `now`. */
  period?: YearMonth | undefined;
  /** Only accounts of this segment (trimmed, case-insensitive); it must exist. */
  segment?: string | undefined;
}

const MS_PER_DAY = 86_400_000;

/** The month before the one `now` falls in (UTC): the last month whose figures are final. */
export function lastCompleteMonth(now: Date): YearMonth {
  return monthText(now.getUTCFullYear() * 12 + now.getUTCMonth() - 1);
}

/**
 * Every portfolio metric (DOMAIN.md "Metrics: exact definitions") of one month, computed by the
 * pure engine in shared/domain/metrics over the workspace's rows. A month still running is
 * read up to today; one that has not begun is refused, as is a segment no account has.
 */
export function portfolioMetrics(sqlite: Database.Database, request: PortfolioMetricsRequest, now: Date): MetricsReportDto {
  const period = request.period ?? lastCompleteMonth(now);
  const month = monthIndex(period, 'Metrics period');
  const today = Math.floor(now.getTime() / MS_PER_DAY);
  if (firstDayOfMonth(month) > today) {
    throw new AppError('BAD_INPUT', `Metrics period ${period} has not begun yet (today is ${dayText(today)})`, { period });
  }
  const segment = request.segment?.trim() || null;
  if (segment !== null) assertSegmentExists(sqlite, segment);

  const windowEnd = Math.min(lastDayOfMonth(month), today);
  const windows: InputWindows = {
    firstMonth: monthText(Math.min(month, month - DEFAULT_LTV_WINDOW_MONTHS + 1) - 1),
    lastMonth: period,
    npsFrom: dayText(firstDayOfMonth(month - DEFAULT_NPS_WINDOW_MONTHS + 1)),
    usageFrom: dayText(windowEnd - USAGE_WINDOW_DAYS + 1),
    windowEnd: dayText(windowEnd),
  };
  return computeMetrics(gatherMetricsInput(sqlite, windows), { period, segment, asOf: dayText(today) });
}

/** The segments the accounts have, each spelling once (compared as the engine does: trimmed, case-insensitive). */
export function listSegments(sqlite: Database.Database): string[] {
  const names = sqlite
    .prepare(`SELECT DISTINCT trim(segment) FROM accounts WHERE trim(coalesce(segment, '')) <> '' ORDER BY 1`)
    .pluck()
    .all() as string[];
  const byKey = new Map<string, string>();
  for (const name of names) if (!byKey.has(name.toLowerCase())) byKey.set(name.toLowerCase(), name);
  return [...byKey.values()];
}

function assertSegmentExists(sqlite: Database.Database, segment: string): void {
  const segments = listSegments(sqlite);
  if (segments.some((name) => name.toLowerCase() === segment.toLowerCase())) return;
  const known = segments.length === 0 ? 'no account has a segment' : `the segments are: ${segments.join(', ')}`;
  throw new AppError('BAD_INPUT', `Unknown segment "${segment}"; ${known}`, { segment, segments });
}
