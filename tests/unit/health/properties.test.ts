import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareScorecards, NOT_SCORED, scoreAccount, type Scorecard } from '../../../shared/domain/health';
import { METRIC_INDEX, METRICS } from '../../../shared/domain/health/metrics';
import { asOfDay } from '../../../shared/domain/health/dates';
import { compileScorecard, exactScoreOf, METRIC_COUNT, readMetricsInto, wholeScore } from '../../../shared/domain/health/engine';
import { bandIndexOf } from '../../../shared/domain/health/scorecard';
import { inputsArb, scorecardArb } from './arbitraries';
import { AS_OF, thresholds } from './helpers';

describe('health scoring properties', () => {
  it('scores from 0 to 100, or not at all, with the band of the shown score', () => {
    fc.assert(
      fc.property(inputsArb, scorecardArb(), (inputs, card) => {
        const health = scoreAccount(inputs, card, AS_OF);
        if (health.score === null) {
          expect(health.band).toBe(NOT_SCORED);
          expect(health.measuresWithData).toBeLessThan(card.minMeasuresWithData);
          return;
        }
        expect(health.exactScore!).toBeGreaterThanOrEqual(0);
        expect(health.exactScore!).toBeLessThanOrEqual(100);
        expect(health.score).toBe(Math.round(health.exactScore!));
        expect(card.bands[bandIndexOf(card.bands, health.score)]!.id).toBe(health.band);
        const points = health.measures.reduce((sum, m) => sum + (m.points ?? 0), 0);
        expect(points).toBeCloseTo(health.exactScore!, 6);
      }),
      { numRuns: 300 },
    );
  });

  it('an n/a measure changes nothing, while the same measure scoring 0 lowers the score', () => {
    // The added measure reads the renewal win probability: null is n/a, 0 sits below its first
    // threshold point, which scores 0.
    const zeroAtStart = fc.record({ shape: fc.constantFrom('linear' as const, 'steps' as const), top: fc.integer({ min: 0, max: 100 }) }).map(
      ({ shape, top }) => thresholds('higher', shape, [[10, 0], [50, top]]),
    );
    fc.assert(
      fc.property(inputsArb, scorecardArb(['renewalStage']), zeroAtStart, fc.double({ min: 0.01, max: 100, noNaN: true }), (inputs, card, added, weight) => {
        const withMeasure: Scorecard = {
          ...card,
          measures: [...card.measures, { id: 'added', metric: 'renewalStage', label: 'Added', weight, thresholds: added }],
        };
        const before = scoreAccount({ ...inputs, renewalWinProbability: null }, card, AS_OF);
        const na = scoreAccount({ ...inputs, renewalWinProbability: null }, withMeasure, AS_OF);
        expect(na.exactScore).toBe(before.exactScore);
        expect(na.band).toBe(before.band);
        if (before.exactScore === null) return;
        const zero = scoreAccount({ ...inputs, renewalWinProbability: 0 }, withMeasure, AS_OF);
        expect(zero.exactScore!).toBeLessThanOrEqual(before.exactScore);
        if (before.exactScore > 0) expect(zero.exactScore!).toBeLessThan(before.exactScore);
      }),
      { numRuns: 300 },
    );
  });

  it('the order of the measures changes nothing', () => {
    const cardAndShuffle = scorecardArb().chain((card) =>
      fc.tuple(fc.constant(card), fc.shuffledSubarray(card.measures, { minLength: card.measures.length, maxLength: card.measures.length })),
    );
    fc.assert(
      fc.property(inputsArb, cardAndShuffle, (inputs, [card, shuffled]) => {
        const a = scoreAccount(inputs, card, AS_OF);
        const b = scoreAccount(inputs, { ...card, measures: shuffled }, AS_OF);
        expect(b.score).toBe(a.score);
        expect(b.band).toBe(a.band);
        if (a.exactScore !== null) expect(b.exactScore!).toBeCloseTo(a.exactScore, 9);
        const byId = (list: typeof a.measures) => Object.fromEntries(list.map((m) => [m.id, { raw: m.raw, score: m.score, target: m.nextBand?.target }]));
        expect(byId(b.measures)).toEqual(byId(a.measures));
      }),
      { numRuns: 300 },
    );
  });

  it('a next-band hint, applied, reaches the next band; a measure said to be unable cannot', () => {
    const seen = { reachable: 0, unreachable: 0 };
    fc.assert(
      fc.property(inputsArb, scorecardArb(), (inputs, card) => {
        const health = scoreAccount(inputs, card, AS_OF);
        const compiled = compileScorecard(card);
        const readings = new Float64Array(METRIC_COUNT);
        readMetricsInto(inputs, asOfDay(AS_OF), readings);
        const bandAfter = (slot: number, raw: number) => {
          const changed = readings.slice();
          changed[slot] = raw;
          return bandIndexOf(card.bands, wholeScore(exactScoreOf(compiled, changed)));
        };
        for (const m of health.measures) {
          if (m.nextBand === null) continue;
          const next = card.bands.findIndex((band) => band.id === m.nextBand!.band);
          const slot = METRIC_INDEX[m.metric];
          const measure = card.measures.find((x) => x.id === m.id)!;
          if (m.nextBand.target !== null) {
            const [min, max] = METRICS[m.metric].range;
            expect(m.nextBand.target).toBeGreaterThanOrEqual(min);
            expect(m.nextBand.target).toBeLessThanOrEqual(max);
            expect(bandAfter(slot, m.nextBand.target)).toBeGreaterThanOrEqual(next);
            seen.reachable++;
          } else {
            // Not even the best raw value the metric allows (a pulse of 5, no tickets) is enough.
            const [min, max] = METRICS[m.metric].range;
            expect(bandAfter(slot, measure.thresholds.better === 'higher' ? max : min)).toBeLessThan(next);
            seen.unreachable++;
          }
        }
      }),
      { numRuns: 400 },
    );
    // The property says something only if both kinds of hint came up.
    expect(seen.reachable).toBeGreaterThan(20);
    expect(seen.unreachable).toBeGreaterThan(20);
  });

  it('comparing a scorecard with itself (or an identical copy) moves nothing', () => {
    const book = fc.array(fc.record({ id: fc.nat(), arr: fc.integer({ min: 0, max: 1_000_000 }), inputs: inputsArb }), { maxLength: 40 });
    fc.assert(
      fc.property(book, scorecardArb(), (accounts, card) => {
        for (const other of [card, structuredClone(card)]) {
          const comparison = compareScorecards(accounts, card, other, AS_OF);
          expect(comparison.moves).toEqual([]);
          expect(comparison.moved).toEqual({ accounts: 0, arr: 0 });
          expect(comparison.unchanged.accounts).toBe(accounts.length);
          expect(comparison.after).toEqual(comparison.before);
        }
      }),
      { numRuns: 100 },
    );
  });
});
