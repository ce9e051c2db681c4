import type { MetricsDashboardDto } from '../../../shared/api/healthDto';
import { currentMonth, monthLabel, monthsBetween } from './metricsFormat';

interface Props {
  dashboard: MetricsDashboardDto;
  segment: string | null;
  onPeriod: (period: string) => void;
  onSegment: (segment: string | null) => void;
}

/** The period (a month, from the first month with revenue to this one) and segment pickers. */
export function MetricsToolbar({ dashboard, segment, onPeriod, onSegment }: Props) {
  const shown = dashboard.report.period.last;
  const now = currentMonth(new Date());
  const first = dashboard.revenueMonths?.first ?? shown;
  const months = monthsBetween(first < shown ? first : shown, now > shown ? now : shown);
  return (
    <div className="metrics-toolbar">
      <label>
        Month{' '}
        <select value={shown} onChange={(event) => onPeriod(event.target.value)} aria-label="Month">
          {months.map((month) => (
            <option key={month} value={month}>
              {monthLabel(month)}
            </option>
          ))}
        </select>
      </label>
      <label>
        Segment{' '}
        <select value={segment ?? ''} onChange={(event) => onSegment(event.target.value === '' ? null : event.target.value)} aria-label="Segment">
          <option value="">All segments</option>
          {dashboard.segments.map((name) => (
            <option key={name} value={name}>
              {name}
            </option>
          ))}
        </select>
      </label>
      <span className="muted small">
        From the end of {monthLabel(dashboard.report.period.cohortMonth)} to the end of {monthLabel(shown)}
        {shown === now ? ` (still running: figures to ${dashboard.report.settings.windowEnd})` : ''}
      </span>
    </div>
  );
}
