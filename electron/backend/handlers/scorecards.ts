import { AppError } from '../../../shared/api/errors';
import type { HandlersFor } from './types';

// Scaffolding for the scorecard editor (issue 4): replaced by the real handlers.
const notYet = (): never => {
  throw new AppError('INTERNAL', 'Not implemented yet');
};

export const scorecardHandlers: HandlersFor<'scorecards.list' | 'scorecards.save' | 'scorecards.delete' | 'health.book' | 'health.keyFeatures' | 'health.setKeyFeatures'> = {
  'scorecards.list': async () => notYet(),
  'scorecards.save': async () => notYet(),
  'scorecards.delete': async () => notYet(),
  'health.book': async () => notYet(),
  'health.keyFeatures': async () => notYet(),
  'health.setKeyFeatures': async () => notYet(),
};
