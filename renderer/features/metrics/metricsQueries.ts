import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useApi } from '../../api/ApiProvider';
import { queryKeys } from '../../api/queryKeys';

/** Query keys of the Metrics dashboard; under 'metrics' so one invalidation refreshes them all. */
export const metricsKeys = {
  all: queryKeys.metrics,
  dashboard: (period: string | null, segment: string | null) => ['metrics', 'dashboard', period, segment] as const,
  month: (period: string, segment: string | null) => ['metrics', 'month', period, segment] as const,
};

/** The dashboard for a period (null: the back-end's default) and segment (null: all); keeps showing the last one while the next loads. */
export function useMetricsDashboard(period: string | null, segment: string | null) {
  const api = useApi();
  return useQuery({
    queryKey: metricsKeys.dashboard(period, segment),
    queryFn: () => api.call('metrics.dashboard', { ...(period ? { period } : {}), ...(segment ? { segment } : {}), months: 12 }),
    placeholderData: keepPreviousData,
  });
}

/** One month's full report, for drilling into a trend month other than the dashboard's period. */
export function useMonthReport(period: string | null, segment: string | null) {
  const api = useApi();
  return useQuery({
    queryKey: metricsKeys.month(period ?? '', segment),
    queryFn: () => api.call('metrics.get', { period: period!, ...(segment ? { segment } : {}) }),
    enabled: period !== null,
  });
}
