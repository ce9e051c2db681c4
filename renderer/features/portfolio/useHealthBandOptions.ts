import { useMemo } from 'react';
import type { Option } from '../../lib/labels';
import { useScorecards } from '../scorecards/scorecardQueries';
import { HEALTH_BAND_OPTIONS, healthBandOptions } from './healthColumns';

/**
 * The Health filter's choices: the bands of the workspace's scorecards in force (read with the
 * scorecards list, which every scorecard save refreshes), the default bands while loading.
 */
export function useHealthBandOptions(): readonly Option[] {
  const scorecards = useScorecards().data?.scorecards;
  return useMemo(() => (scorecards === undefined ? HEALTH_BAND_OPTIONS : healthBandOptions(scorecards.map((entry) => entry.scorecard))), [scorecards]);
}
