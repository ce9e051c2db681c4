import { describe, expect, it } from 'vitest';
import { defaultScorecard, scoreAccount } from '../../../shared/domain/health';
import { AS_OF, identityInputs, inputs, measure, scorecard, thresholds } from './helpers';

describe('next-band explanations', () => {
  // Score 3222.5 / 43 = 74.94 (shown 75, yellow). Green starts at 76, i.e. an exact score of
  // 75.5: the weighted sum must grow by 75.5 × 43 − 3222.5 = 24 points.
  const health = scoreAccount(
    inputs({ activeDaysPerWeek: 2, activeUsers: 30, licensedSeats: 50, latestNpsScore: 9, latestNpsDate: '2026-05-01', openHighPriorityTickets: 1 }),
    defaultScorecard(),
    AS_OF,
  );
  const hint = (id: string) => health.measures.find((m) => m.id === id)!.nextBand;

  it('says which raw value of a linear, higher-is-better measure lifts the account', () => {
    // Usage frequency (weight 15) needs 57.5 + 24 / 15 = 59.1: raw 1 + (59.1 − 40) × 2 / 35 = 2.0914, rounded up to 2.1.
    expect(hint('usageFrequency')).toEqual({
      band: 'green', bandLabel: 'Green', target: 2.1,
      text: 'At least 2.1 active days a week (now 2 active days a week) would move the account to Green',
    });
    // Breadth (weight 10) needs 80 + 24 / 10 = 82.4: raw 50 + (82.4 − 70) × 30 / 30 = 62.4%, rounded up to 63%.
    expect(hint('breadth')?.target).toBe(63);
  });

  it('says which raw value of a stepped, lower-is-better measure lifts the account', () => {
    // Tickets (weight 8) need 70 + 24 / 8 = 73: only the step "up to 0: 100" gives that.
    expect(hint('openHighPriorityTickets')?.text).toBe(
      'At most 0 open high-priority tickets (now 1 open high-priority ticket) would move the account to Green',
    );
  });

  it('says when a measure cannot do it alone, and how far it would go', () => {
    // NPS already scores 100: it adds nothing.
    expect(hint('nps')).toEqual({
      band: 'green', bandLabel: 'Green', target: null,
      text: 'Even at its best (score 100), NPS (latest, 12 months) would add 0 points; Green is 1 points away',
    });
  });

  it('gives no hint to measures without data or in the top band', () => {
    expect(hint('csmPulse')).toBeNull();
    const top = scoreAccount(identityInputs({ breadth: 90 }), scorecard([measure('breadth', 1)]), AS_OF);
    expect(top.band).toBe('green');
    expect(top.measures[0]!.nextBand).toBeNull();
  });

  it('counts engagement targets in whole days against the cadence', () => {
    // Alone on the card: 10 days since the touch, cadence 7/14 → position 1 + 3/7, score
    // 76 − 25 × 3/7 = 65.3 (yellow). Green needs 75.5: position 1 + 0.5 / 25 = 1.02 → 7.14 days,
    // rounded down to 7 whole days.
    const card = scorecard([measure('touchRecency', 1, thresholds('lower', 'linear', [[0, 100], [1, 76], [2, 51], [3, 0]]))]);
    const health = scoreAccount(inputs({ lastTouchDate: '2026-11-13', cadenceIdealDays: 7, cadenceMaxDays: 14 }), card, AS_OF);
    expect(health.band).toBe('yellow');
    expect(health.measures[0]!.nextBand?.text).toBe('At most 7 days since the last touch (now 10 days since the last touch) would move the account to Green');
    expect(health.measures[0]!.nextBand?.target).toBe(1);
  });

  it('lands exactly on the edge of the next band', () => {
    // Identity measures: 40 and 60, weights 1 and 1 → 50 (red). Yellow needs 50.5: depth must
    // score 61 → raw 61 → (40 + 61) / 2 = 50.5, shown 51.
    const card = scorecard([measure('breadth', 1), measure('depth', 1)]);
    const health = scoreAccount(identityInputs({ breadth: 40, depth: 60 }), card, AS_OF);
    expect(health.band).toBe('red');
    expect(health.measures[1]!.nextBand?.target).toBe(61);
    expect(scoreAccount(identityInputs({ breadth: 40, depth: 61 }), card, AS_OF)).toMatchObject({ score: 51, band: 'yellow' });
    expect(scoreAccount(identityInputs({ breadth: 40, depth: 60.9 }), card, AS_OF).band).toBe('red');
  });
});
