import type { MetricKey } from './metrics';
import { DEFAULT_BANDS, type Better, type Measure, type Scorecard, type ThresholdShape } from './scorecard';

/** A measure whose id and label default to its metric's; the points are [raw, score] pairs. */
function measure(metric: MetricKey, label: string, weight: number, better: Better, shape: ThresholdShape, points: [number, number][]): Measure {
  return { id: metric, metric, label, weight, thresholds: { better, shape, points: points.map(([raw, score]) => ({ raw, score })) } };
}

/**
 * The default scorecard: the measures DOMAIN.md lists, plus the risk signals the workspace has
 * data for (touches falling over time; tickets with no touch after them). Weights sum to 100 so
 * each reads as a percentage when every measure has data. The thresholds, in words:
 * - usage: 4+ active days a week is green, 2 yellow, 1 red; a usage drop of 20% is red;
 * - seats and key features: four fifths used scores 100, half is yellow, a quarter red;
 * - NPS: promoters (9–10) green, passives (7–8) yellow, detractors (0–6) red;
 * - each open high-priority ticket costs 25–30 points, four or more score 0;
 * - engagement follows the account's cadence: past the ideal interval it is yellow, past the
 *   maximum red;
 * - the CSM pulse maps 1–5 onto 0–100 (3 is yellow);
 * - days to renewal: 180+ scores 100, 90 scores 65, 30 scores 35 (a low weight: the renewal
 *   stage says more); a 90% renewal win probability scores 100, 50% scores 65.
 */
export function defaultScorecard(): Scorecard {
  return {
    id: 'default',
    name: 'Default',
    version: 1,
    appliesTo: {},
    minMeasuresWithData: 3,
    bands: DEFAULT_BANDS.map((band) => ({ ...band })),
    measures: [
      measure('usageFrequency', 'Usage frequency', 15, 'higher', 'linear', [[0, 0], [1, 40], [3, 75], [5, 100]]),
      measure('usageTrend', 'Usage trend', 5, 'higher', 'linear', [[-50, 0], [-20, 50], [0, 80], [10, 100]]),
      measure('breadth', 'Breadth (seats active)', 10, 'higher', 'linear', [[0, 0], [25, 40], [50, 70], [80, 100]]),
      measure('depth', 'Depth (key features used)', 10, 'higher', 'linear', [[0, 0], [20, 30], [50, 70], [80, 100]]),
      measure('nps', 'NPS (latest, 12 months)', 10, 'higher', 'steps', [[0, 10], [4, 30], [7, 70], [9, 100]]),
      measure('openHighPriorityTickets', 'Open high-priority tickets', 8, 'lower', 'steps', [[0, 100], [1, 70], [2, 45], [3, 20], [4, 0]]),
      measure('ticketTrend', 'Ticket trend', 4, 'lower', 'linear', [[0, 100], [2, 60], [5, 0]]),
      measure('touchRecency', 'Engagement (last touch vs cadence)', 12, 'lower', 'linear', [[0, 100], [1, 76], [2, 51], [3, 0]]),
      measure('csmPulse', 'CSM pulse', 10, 'higher', 'linear', [[1, 0], [2, 30], [3, 60], [4, 80], [5, 100]]),
      measure('daysToRenewal', 'Days to renewal', 4, 'higher', 'linear', [[0, 0], [30, 35], [90, 65], [180, 100]]),
      measure('renewalStage', 'Renewal stage', 6, 'higher', 'linear', [[0, 0], [25, 40], [50, 65], [75, 85], [90, 100]]),
      measure('touchTrend', 'Engagement trend', 3, 'higher', 'linear', [[-80, 0], [-50, 40], [-20, 75], [0, 100]]),
      measure('ticketsWithoutFollowUp', 'Tickets with no follow-up', 3, 'lower', 'steps', [[0, 100], [1, 50], [2, 20], [3, 0]]),
    ],
  };
}
