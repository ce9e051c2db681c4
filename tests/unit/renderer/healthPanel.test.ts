import { describe, expect, it } from 'vitest';
import type { Activity, HealthOverrideEvent } from '../../../shared/api';
import { DEFAULT_BANDS, healthTrend, type MeasureBreakdown } from '../../../shared/domain/health';
import { checkOverride, checkPulse } from '../../../renderer/features/account/healthForms';
import {
  bandTone,
  defaultExpiry,
  describeOverrideEvent,
  describeTrend,
  formatShare,
  nextBandText,
  pulseInForce,
  signedPoints,
} from '../../../renderer/features/account/healthModel';
import { restoreOverride } from '../../../renderer/features/account/OverrideForm';
import { sparklineGeometry } from '../../../renderer/features/account/sparkline';
import { timelineEntries } from '../../../renderer/features/account/Timeline';

const TODAY = '2026-11-23';
const bands = DEFAULT_BANDS.map((band) => ({ ...band }));

const event = (overrides: Partial<HealthOverrideEvent>): HealthOverrideEvent => ({
  kind: 'override',
  action: 'set',
  at: '2026-11-01T10:00:00.000Z',
  band: 'red',
  score: null,
  pulse: null,
  reason: 'Champion left',
  expiresOn: '2026-12-01',
  ...overrides,
});

describe('the health panel explains itself', () => {
  it('states a trend in words, with its caveat when the scorecard changed in between', () => {
    const snapshot = (date: string, score: number | null, version = 1) => ({ date, score, scorecardId: 'default', scorecardVersion: version });
    expect(describeTrend(healthTrend([snapshot('2026-10-01', 70), snapshot('2026-11-23', 58, 2)]))).toBe(
      'Falling: −12 points since 2026-10-01 (the scorecard changed in between)',
    );
    expect(describeTrend(healthTrend([snapshot(TODAY, 70)]))).toBe('No trend yet: it needs two scored snapshots');
    expect([signedPoints(3), signedPoints(-0.2), signedPoints(-7)]).toEqual(['+3', '±0', '−7']);
  });

  it('shows n/a measures as left out and says plainly when the account is not scored', () => {
    const measure = (overrides: Partial<MeasureBreakdown>): MeasureBreakdown => ({
      id: 'nps', label: 'NPS', metric: 'nps', raw: 9, rawText: 'NPS 9', context: null,
      score: 90, weight: 10, share: 0.25, points: 22.5, nextBand: null, ...overrides,
    });
    expect(nextBandText(measure({ raw: null, score: null, share: null }), true, false)).toBe('n/a: left out of the score');
    expect(nextBandText(measure({ share: null }), false, false)).toBe('The account is not scored');
    expect(nextBandText(measure({}), true, true)).toBe('Already in the top band');
    const hint = { band: 'green', bandLabel: 'Green', target: 10, text: 'At least 10 would move the account to Green' };
    expect(nextBandText(measure({ nextBand: hint }), true, false)).toBe(hint.text);
    expect([formatShare(0.254), formatShare(null)]).toEqual(['25%', '—']);
    expect([bandTone('red'), bandTone('not_scored'), bandTone('amber'), bandTone(null)]).toEqual(['red', 'not-scored', 'other', 'other']);
  });

  it('draws the sparkline by calendar day, breaking the line at an unscored day and marking a version change', () => {
    const trend = healthTrend([
      { date: '2026-11-01', score: 100, scorecardId: 'default', scorecardVersion: 1 },
      { date: '2026-11-11', score: 0, scorecardId: 'default', scorecardVersion: 1 },
      { date: '2026-11-16', score: null, scorecardId: 'default', scorecardVersion: 1 },
      { date: '2026-11-21', score: 50, scorecardId: 'default', scorecardVersion: 2 },
    ]);
    const geometry = sparklineGeometry(trend, 100, 50, 0);
    expect(geometry.paths).toEqual(['M0,0 L50,50']);
    expect(geometry.dots).toEqual([{ x: 100, y: 25 }]);
    expect(geometry.last).toEqual({ x: 100, y: 25 });
    expect(geometry.markers).toEqual([{ x: 100, title: '2026-11-21: scorecard default v2 (was default v1)' }]);
  });
});

describe('the pulse and override forms', () => {
  it('check every field before the call, with one readable message each', () => {
    expect(checkPulse(7, { pulse: '', reason: ' ', expiresOn: TODAY }, TODAY)).toEqual({
      ok: false,
      errors: { pulse: 'Pick a pulse from 1 to 5', reason: 'Say why: a reason is required', expiresOn: 'The expiry must be after today (2026-11-23)' },
    });
    expect(checkPulse(7, { pulse: '4', reason: ' Renewal talks went well ', expiresOn: '2026-12-23' }, TODAY)).toEqual({
      ok: true,
      input: { accountId: 7, pulse: 4, reason: 'Renewal talks went well', expiresOn: '2026-12-23' },
    });
    expect(checkOverride(7, { mode: 'score', band: '', score: '101', reason: 'x', expiresOn: '2026-02-30' }, bands, TODAY)).toEqual({
      ok: false,
      errors: { score: 'A score is a whole number from 0 to 100', expiresOn: 'The expiry must be a date (YYYY-MM-DD)' },
    });
    expect(checkOverride(7, { mode: 'band', band: 'purple', score: '', reason: 'x', expiresOn: '2027-01-01' }, bands, TODAY)).toMatchObject({
      ok: false,
      errors: { band: 'Pick a band' },
    });
    expect(checkOverride(7, { mode: 'band', band: 'red', score: '40', reason: 'Exec sponsor left', expiresOn: '2027-01-01' }, bands, TODAY)).toEqual({
      ok: true,
      input: { accountId: 7, band: 'red', score: null, reason: 'Exec sponsor left', expiresOn: '2027-01-01' },
    });
    expect(defaultExpiry(TODAY)).toBe('2026-12-23');
  });

  it('undo puts the previous override back, or clears the new one when there was none', () => {
    const previous = { band: null, score: 40, reason: 'Old read', expiresOn: '2027-01-01' };
    expect(restoreOverride(3, previous)).toEqual({ method: 'health.setOverride', input: { accountId: 3, ...previous } });
    expect(restoreOverride(3, null)).toEqual({ method: 'health.clearOverride', input: { accountId: 3, kind: 'override' } });
  });
});

describe('pulses and overrides on the timeline', () => {
  it('reads the pulse in force from the history: a later clear or expiry ends it', () => {
    const set = event({ kind: 'pulse', band: null, pulse: 2, expiresOn: '2026-12-01' });
    expect(pulseInForce([set], TODAY)).toEqual({ pulse: 2, reason: 'Champion left', expiresOn: '2026-12-01' });
    expect(pulseInForce([set, { ...set, action: 'cleared', at: '2026-11-20T10:00:00.000Z' }], TODAY)).toBeNull();
    expect(pulseInForce([set], '2026-12-01')).toBeNull();
    expect(pulseInForce([event({})], TODAY)).toBeNull();
  });

  it('says what was set, cleared or expired', () => {
    expect(describeOverrideEvent(event({}), bands)).toBe('Health override: Red set, until 2026-12-01');
    expect(describeOverrideEvent(event({ band: null, score: 35, action: 'cleared' }), bands)).toBe(
      'Health override: score 35 (Red) cleared before its expiry (2026-12-01)',
    );
    expect(describeOverrideEvent(event({ kind: 'pulse', band: null, pulse: 4, action: 'expired', at: '2026-12-01' }), bands)).toBe('CSM pulse 4 of 5 expired');
  });

  it('merges them with the activities, newest first, an expiry at the start of its day', () => {
    const activity = (id: number, occurredAt: string) => ({ id, occurredAt }) as Activity;
    const entries = timelineEntries(
      [activity(2, '2026-12-01T08:00:00.000Z'), activity(1, '2026-11-15T08:00:00.000Z')],
      [event({}), event({ action: 'expired', at: '2026-12-01' })],
    );
    expect(entries.map((entry) => (entry.kind === 'activity' ? `activity ${entry.activity.id}` : entry.event.action))).toEqual([
      'activity 2',
      'expired',
      'activity 1',
      'set',
    ]);
  });
});
