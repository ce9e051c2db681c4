import fc from 'fast-check';
import { METRIC_KEYS, type Band, type HealthInputs, type Measure, type MetricKey, type Scorecard, type Thresholds } from '../../../shared/domain/health';
import { dayNumber, dayText } from '../../../shared/domain/health/dates';
import { AS_OF } from './helpers';

/** Valid thresholds: ascending raw values, scores monotone in the `better` direction. */
export const thresholdsArb: fc.Arbitrary<Thresholds> = fc.integer({ min: 2, max: 5 }).chain((n) =>
  fc
    .record({
      better: fc.constantFrom('higher' as const, 'lower' as const),
      shape: fc.constantFrom('linear' as const, 'steps' as const),
      raws: fc.uniqueArray(fc.integer({ min: -100, max: 200 }), { minLength: n, maxLength: n }),
      scores: fc.array(fc.integer({ min: 0, max: 100 }), { minLength: n, maxLength: n }),
    })
    .map(({ better, shape, raws, scores }) => {
      const rising = [...scores].sort((a, b) => a - b);
      const ordered = better === 'higher' ? rising : rising.reverse();
      const points = [...raws].sort((a, b) => a - b).map((raw, i) => ({ raw, score: ordered[i]! }));
      return { better, shape, points };
    }),
);

/** Valid bands: a partition of 0–100 at 0 to 3 cut points. */
export const bandsArb: fc.Arbitrary<Band[]> = fc.uniqueArray(fc.integer({ min: 1, max: 100 }), { maxLength: 3 }).map((cuts) => {
  const starts = [0, ...cuts.sort((a, b) => a - b)];
  return starts.map((min, i) => ({ id: `b${i}`, label: `Band ${i}`, min, max: (starts[i + 1] ?? 101) - 1 }));
});

export function measureArb(metric: MetricKey): fc.Arbitrary<Measure> {
  return fc.record({
    id: fc.constant(metric),
    metric: fc.constant(metric),
    label: fc.constant(metric),
    weight: fc.double({ min: 0.01, max: 100, noNaN: true }),
    thresholds: thresholdsArb,
  });
}

/** A valid scorecard over distinct metrics, none of them in `exclude`. */
export function scorecardArb(exclude: MetricKey[] = []): fc.Arbitrary<Scorecard> {
  const metrics = METRIC_KEYS.filter((key) => !exclude.includes(key));
  return fc
    .uniqueArray(fc.constantFrom(...metrics), { minLength: 1, maxLength: metrics.length })
    .chain((keys) => fc.tuple(fc.tuple(...keys.map(measureArb)), bandsArb, fc.integer({ min: 1, max: keys.length })))
    .map(([measures, bands, minMeasuresWithData]) => ({
      id: 'generated', name: 'Generated', version: 1, appliesTo: {}, measures, bands, minMeasuresWithData,
    }));
}

const TODAY = dayNumber(AS_OF, 'AS_OF');
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null, freq: 3 });
const count = maybe(fc.integer({ min: 0, max: 60 }));
const dayAround = (from: number, to: number) => maybe(fc.integer({ min: from, max: to }).map((offset) => dayText(TODAY + offset)));

/** Any account's inputs, with every field sometimes missing. */
export const inputsArb: fc.Arbitrary<HealthInputs> = fc
  .record({
    activeDaysPerWeek: maybe(fc.double({ min: 0, max: 7, noNaN: true })),
    activeDaysPerWeekPrevious: maybe(fc.double({ min: 0, max: 7, noNaN: true })),
    activeUsers: count,
    licensedSeats: count,
    keyFeaturesUsed: count,
    keyFeaturesDefined: count,
    latestNpsScore: maybe(fc.integer({ min: 0, max: 10 })),
    latestNpsDate: dayAround(-500, 0),
    openHighPriorityTickets: count,
    ticketsOpenedRecent: count,
    ticketsOpenedPrevious: count,
    ticketsWithoutFollowUp: count,
    lastTouchDate: dayAround(-200, 2),
    cadence: maybe(fc.tuple(fc.integer({ min: 1, max: 90 }), fc.integer({ min: 0, max: 90 }))),
    touchesRecent: count,
    touchesPrevious: count,
    pulseScore: maybe(fc.integer({ min: 1, max: 5 })),
    pulseReason: maybe(fc.constantFrom('', 'quiet since the reorg', 'champion left')),
    pulseExpiresOn: dayAround(-30, 60),
    renewalDate: dayAround(-60, 500),
    renewalWinProbability: maybe(fc.integer({ min: 0, max: 100 })),
  })
  .map(({ cadence, ...rest }) => ({
    ...rest,
    cadenceIdealDays: cadence === null ? null : cadence[0],
    cadenceMaxDays: cadence === null ? null : cadence[0] + cadence[1],
  }));
