import {
  DEFAULT_BANDS,
  emptyHealthInputs,
  type Band,
  type HealthInputs,
  type Measure,
  type MetricKey,
  type Scorecard,
  type Thresholds,
} from '../../../shared/domain/health';

/** The day every test scores on. */
export const AS_OF = '2026-11-23';

export function inputs(values: Partial<HealthInputs> = {}): HealthInputs {
  return { ...emptyHealthInputs(), ...values };
}

export function thresholds(better: Thresholds['better'], shape: Thresholds['shape'], points: [number, number][]): Thresholds {
  return { better, shape, points: points.map(([raw, score]) => ({ raw, score })) };
}

/** Score = raw on 0–100: with the identity metrics below, a test sets a measure's score directly. */
export const IDENTITY = thresholds('higher', 'linear', [[0, 0], [100, 100]]);

/**
 * Metrics whose raw value a test sets with one input, on 0–100: breadth (activeUsers of 100
 * seats), depth (key features of 100) and the renewal win probability.
 */
export function identityInputs(values: { breadth?: number | null; depth?: number | null; renewalStage?: number | null }): HealthInputs {
  return inputs({
    activeUsers: values.breadth ?? null,
    licensedSeats: 100,
    keyFeaturesUsed: values.depth ?? null,
    keyFeaturesDefined: 100,
    renewalWinProbability: values.renewalStage ?? null,
  });
}

export function measure(metric: MetricKey, weight: number, shape: Thresholds = IDENTITY, id: string = metric): Measure {
  return { id, metric, label: id, weight, thresholds: shape };
}

export function scorecard(measures: Measure[], rest: Partial<Scorecard> = {}): Scorecard {
  return {
    id: 'test',
    name: 'Test',
    version: 1,
    appliesTo: {},
    measures,
    bands: DEFAULT_BANDS.map((band: Band) => ({ ...band })),
    minMeasuresWithData: 1,
    ...rest,
  };
}
