import { metricsDashboard } from '../metrics/dashboard';
import type { HandlersFor } from './types';

/** The Metrics dashboard: the period's report, the trend months, health by band and the at-risk list. */
export const metricsDashboardHandlers: HandlersFor<'metrics.dashboard'> = {
  'metrics.dashboard': async (input, ctx) => metricsDashboard(ctx.workspace.sqlite, input, ctx.clock()),
};
