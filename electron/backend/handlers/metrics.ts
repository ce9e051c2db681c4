import { portfolioMetrics } from '../metrics/portfolioMetrics';
import type { HandlersFor } from './types';

/** Portfolio metrics for one month (default: the last complete one) and, optionally, one segment. */
export const metricsHandlers: HandlersFor<'metrics.get'> = {
  'metrics.get': async (input, ctx) => portfolioMetrics(ctx.workspace.sqlite, input, ctx.clock()),
};
