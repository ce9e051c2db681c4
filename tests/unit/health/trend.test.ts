import { describe, expect, it } from 'vitest';
import { healthTrend, type HealthSnapshot } from '../../../shared/domain/health';

const snap = (date: string, score: number | null, scorecardVersion = 1, scorecardId = 'default'): HealthSnapshot => ({ date, score, scorecardId, scorecardVersion });

describe('healthTrend', () => {
  it('compares the latest score with the one 30 days earlier', () => {
    const trend = healthTrend([snap('2026-10-01', 40), snap('2026-10-20', 60), snap('2026-10-24', 70), snap('2026-11-23', 72)]);
    // 30 days before 2026-11-23 is 2026-10-24: 72 − 70 = +2, inside the ±5 tolerance.
    expect(trend).toMatchObject({ arrow: 'flat', change: 2, comparedWith: '2026-10-24' });
  });

  it('points up or down from a move of 5 points (the tolerance)', () => {
    expect(healthTrend([snap('2026-10-01', 60), snap('2026-11-01', 65)]).arrow).toBe('up');
    expect(healthTrend([snap('2026-10-01', 60), snap('2026-11-01', 64)]).arrow).toBe('flat');
    expect(healthTrend([snap('2026-10-01', 60), snap('2026-11-01', 55)]).arrow).toBe('down');
    expect(healthTrend([snap('2026-10-01', 60), snap('2026-11-01', 56)]).arrow).toBe('flat');
    expect(healthTrend([snap('2026-10-01', 60), snap('2026-11-01', 62)], { tolerance: 2 }).arrow).toBe('up');
  });

  it('falls back on the oldest score when the history is shorter than the look-back', () => {
    expect(healthTrend([snap('2026-11-20', 80), snap('2026-11-10', 50), snap('2026-11-23', 60)])).toMatchObject({
      arrow: 'up', change: 10, comparedWith: '2026-11-10',
    });
  });

  it('has no arrow with fewer than two scored snapshots, and leaves gaps for unscored days', () => {
    const trend = healthTrend([snap('2026-11-01', null), snap('2026-11-02', 70), snap('2026-11-03', null)]);
    expect(trend.arrow).toBeNull();
    expect(trend.points).toEqual([{ date: '2026-11-01', score: null }, { date: '2026-11-02', score: 70 }, { date: '2026-11-03', score: null }]);
    expect(healthTrend([]).arrow).toBeNull();
  });

  it('sorts the snapshots and marks where the scorecard changed', () => {
    const trend = healthTrend([snap('2026-11-10', 55, 2), snap('2026-10-01', 70, 1), snap('2026-11-20', 50, 2), snap('2026-11-23', 52, 1, 'strategic')]);
    expect(trend.points.map((p) => p.date)).toEqual(['2026-10-01', '2026-11-10', '2026-11-20', '2026-11-23']);
    expect(trend.markers).toEqual([
      { date: '2026-11-10', scorecardId: 'default', scorecardVersion: 2, previousScorecardId: 'default', previousScorecardVersion: 1 },
      { date: '2026-11-23', scorecardId: 'strategic', scorecardVersion: 1, previousScorecardId: 'default', previousScorecardVersion: 2 },
    ]);
    // Compared with 2026-10-01 (70 → 52), across two scorecard changes.
    expect(trend).toMatchObject({ arrow: 'down', change: -18, acrossVersionChange: true });
  });

  it('says when no scorecard change lies between the compared scores', () => {
    const trend = healthTrend([snap('2026-09-01', 70, 1), snap('2026-10-01', 70, 2), snap('2026-11-23', 60, 2)]);
    expect(trend).toMatchObject({ comparedWith: '2026-10-01', acrossVersionChange: false });
    expect(trend.markers).toHaveLength(1);
  });
});
