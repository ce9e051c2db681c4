import { describe, expect, it } from 'vitest';
import { defaultScorecard, NOT_SCORED, scoreAccount } from '../../../shared/domain/health';
import { AS_OF, identityInputs, inputs, measure, scorecard } from './helpers';

describe('scoreAccount: the weighted average', () => {
  it('computes the default scorecard by hand', () => {
    const health = scoreAccount(
      inputs({
        activeDaysPerWeek: 2, // usage frequency, linear 1→40, 3→75: 40 + (2 − 1) × 35 / 2 = 57.5, weight 15
        activeUsers: 30, licensedSeats: 50, // breadth 60%, linear 50→70, 80→100: 70 + 10 = 80, weight 10
        latestNpsScore: 9, latestNpsDate: '2026-05-01', // NPS steps "from 9 up: 100", weight 10
        openHighPriorityTickets: 1, // steps "up to 1: 70", weight 8
      }),
      defaultScorecard(),
      AS_OF,
    );
    // (15 × 57.5 + 10 × 80 + 10 × 100 + 8 × 70) / (15 + 10 + 10 + 8) = 3222.5 / 43 = 74.9419 → 75
    expect(health.exactScore).toBeCloseTo(3222.5 / 43, 9);
    expect(health.score).toBe(75);
    expect(health.band).toBe('yellow');
    expect(health.measuresWithData).toBe(4);
    const byId = Object.fromEntries(health.measures.map((m) => [m.id, m]));
    expect(byId.usageFrequency).toMatchObject({ raw: 2, score: 57.5, weight: 15, rawText: '2 active days a week' });
    expect(byId.usageFrequency!.share).toBeCloseTo(15 / 43, 12);
    expect(byId.breadth).toMatchObject({ raw: 60, score: 80, rawText: '60% of seats active', context: '30 active users, 50 seats' });
    expect(byId.nps).toMatchObject({ raw: 9, score: 100 });
    expect(byId.openHighPriorityTickets).toMatchObject({ raw: 1, score: 70, rawText: '1 open high-priority ticket' });
    expect(health).toMatchObject({ scorecardId: 'default', scorecardVersion: 1, asOf: AS_OF });
  });

  it('leaves a measure without data out instead of scoring it 0', () => {
    const card = scorecard([measure('breadth', 1), measure('renewalStage', 3)]);
    const health = scoreAccount(identityInputs({ breadth: 20 }), card, AS_OF);
    // Only breadth has data: 1 × 20 / 1 = 20. Counting the n/a measure as 0 would give (20 + 0) / 4 = 5.
    expect(health.score).toBe(20);
    const renewal = health.measures[1]!;
    expect(renewal).toMatchObject({ raw: null, score: null, share: null, points: null, nextBand: null });
    expect(renewal.rawText).toBe('n/a: no open renewal opportunity with a known stage');
  });

  it('gives each measure its share and points, which add up to the score', () => {
    const card = scorecard([measure('breadth', 1), measure('renewalStage', 3)]);
    const health = scoreAccount(identityInputs({ breadth: 20, renewalStage: 60 }), card, AS_OF);
    // (1 × 20 + 3 × 60) / 4 = 200 / 4 = 50; shares 1/4 and 3/4; points 5 and 45.
    expect(health.score).toBe(50);
    expect(health.measures.map((m) => m.share)).toEqual([0.25, 0.75]);
    expect(health.measures.map((m) => m.points)).toEqual([5, 45]);
  });

  it('does not score an account with fewer measures with data than the minimum, and never calls it red', () => {
    const card = scorecard([measure('breadth', 1), measure('depth', 1), measure('renewalStage', 1)], { minMeasuresWithData: 2 });
    const one = scoreAccount(identityInputs({ breadth: 0 }), card, AS_OF);
    expect(one).toMatchObject({ score: null, exactScore: null, band: NOT_SCORED, bandLabel: 'Not scored', measuresWithData: 1 });
    expect(one.notScoredReason).toBe('1 of 3 measures have data; 2 are needed for a score');
    expect(one.measures[0]).toMatchObject({ raw: 0, score: 0, share: null, nextBand: null });

    const two = scoreAccount(identityInputs({ breadth: 0, depth: 10 }), card, AS_OF);
    expect(two).toMatchObject({ score: 5, band: 'red', notScoredReason: null, measuresWithData: 2 });
  });
});

describe('scoreAccount: rounding', () => {
  it('rounds a score of exactly x.5 up, whatever the order of the measures', () => {
    // (0.3 × 42 + 1 × 20.7 + 0.9 × 18) / 2.2 = 49.5 / 2.2 = 22.5 → 23. Summed in floating point,
    // some orders give 22.499999999999996 and others 22.500000000000004.
    const measures = [measure('breadth', 0.3), measure('depth', 1), measure('renewalStage', 0.9)];
    const orders = [[0, 1, 2], [0, 2, 1], [1, 0, 2], [1, 2, 0], [2, 0, 1], [2, 1, 0]];
    for (const order of orders) {
      const card = scorecard(order.map((i) => measures[i]!));
      const health = scoreAccount(identityInputs({ breadth: 42, depth: 20.7, renewalStage: 18 }), card, AS_OF);
      expect(health.exactScore).toBe(22.5);
      expect(health.score).toBe(23);
    }
  });
});

describe('scoreAccount: bands', () => {
  const card = scorecard([measure('renewalStage', 1)]);
  const bandOf = (raw: number) => scoreAccount(identityInputs({ renewalStage: raw }), card, AS_OF);

  it.each([
    [0, 0, 'red'], [50, 50, 'red'], [51, 51, 'yellow'], [75, 75, 'yellow'], [76, 76, 'green'], [100, 100, 'green'],
    // The band follows the score as shown, rounded half up.
    [50.49, 50, 'red'], [50.5, 51, 'yellow'], [75.49, 75, 'yellow'], [75.5, 76, 'green'],
  ] as const)('raw %s scores %s: %s', (raw, score, band) => {
    expect(bandOf(raw)).toMatchObject({ score, band });
  });

  it('uses the scorecard\'s own bands', () => {
    const custom = scorecard([measure('renewalStage', 1)], {
      bands: [{ id: 'low', label: 'Low', min: 0, max: 30 }, { id: 'high', label: 'High', min: 31, max: 100 }],
    });
    expect(scoreAccount(identityInputs({ renewalStage: 30 }), custom, AS_OF)).toMatchObject({ band: 'low', bandLabel: 'Low' });
    expect(scoreAccount(identityInputs({ renewalStage: 31 }), custom, AS_OF)).toMatchObject({ band: 'high', bandLabel: 'High' });
  });
});

describe('scoreAccount: bad input', () => {
  it('refuses an invalid scorecard with its first problem', () => {
    const card = scorecard([measure('breadth', 0)]);
    expect(() => scoreAccount(identityInputs({ breadth: 1 }), card, AS_OF)).toThrow(
      'Scorecard "Test" cannot be used: Measure "breadth": the weight must be greater than 0 (got 0)',
    );
  });

  it('refuses a bad asOf', () => {
    expect(() => scoreAccount(identityInputs({}), scorecard([measure('breadth', 1)]), '23/11/2026')).toThrow('asOf is not a date');
  });

  it('takes a Date as its UTC day', () => {
    const health = scoreAccount(identityInputs({ breadth: 1 }), scorecard([measure('breadth', 1)]), new Date('2026-11-23T23:30:00Z'));
    expect(health.asOf).toBe('2026-11-23');
  });
});
