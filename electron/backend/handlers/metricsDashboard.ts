import { AppError } from '../../../shared/api/errors';
import type { HandlersFor } from './types';

// Scaffolding for the Metrics dashboard (issue 4): replaced by the real handler.
export const metricsDashboardHandlers: HandlersFor<'metrics.dashboard'> = {
  'metrics.dashboard': async () => {
    throw new AppError('INTERNAL', 'Not implemented yet');
  },
};
