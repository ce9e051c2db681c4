import { describe, expect, it } from 'vitest';
import { METRIC_KEYS, METRICS, type HealthInputs, type MetricKey } from '../../../shared/domain/health';
import { dayNumber } from '../../../shared/domain/health/dates';
import { AS_OF, inputs } from './helpers';

const read = (metric: MetricKey, values: Partial<HealthInputs>, asOf = AS_OF) => METRICS[metric].read(inputs(values), dayNumber(asOf, 'asOf'));

describe('metrics: raw values from the inputs', () => {
  it('has a metric for every key, and no data gives a reason rather than a number', () => {
    for (const key of METRIC_KEYS) {
      expect(METRICS[key].key).toBe(key);
      expect(typeof read(key, {})).toBe('string');
    }
  });

  it('reads usage frequency, breadth and depth', () => {
    expect(read('usageFrequency', { activeDaysPerWeek: 2.5 })).toBe(2.5);
    expect(read('breadth', { activeUsers: 20, licensedSeats: 50 })).toBe(40);
    expect(read('breadth', { activeUsers: 20, licensedSeats: 0 })).toBe('no licensed seats');
    expect(read('depth', { keyFeaturesUsed: 3, keyFeaturesDefined: 12 })).toBe(25);
  });

  it('reads trends as the change against the period before, with no baseline as n/a', () => {
    // (1.5 − 2) / 2 = −25%
    expect(read('usageTrend', { activeDaysPerWeek: 1.5, activeDaysPerWeekPrevious: 2 })).toBe(-25);
    expect(read('usageTrend', { activeDaysPerWeek: 1.5, activeDaysPerWeekPrevious: 0 })).toBe('no usage in the 4 weeks before to compare with');
    expect(read('touchTrend', { touchesRecent: 3, touchesPrevious: 6 })).toBe(-50);
    // Tickets are few, so their trend is a difference, not a ratio: 4 − 1 = +3.
    expect(read('ticketTrend', { ticketsOpenedRecent: 4, ticketsOpenedPrevious: 1 })).toBe(3);
    expect(read('ticketTrend', { ticketsOpenedRecent: 4 })).toBe('no ticket data');
  });

  it('takes only an NPS response from the last 12 months', () => {
    expect(read('nps', { latestNpsScore: 7, latestNpsDate: '2025-11-23' })).toBe(7);
    expect(read('nps', { latestNpsScore: 7, latestNpsDate: '2025-11-22' })).toBe('the latest NPS response is older than 12 months');
    expect(read('nps', { latestNpsScore: 7 })).toBe('the latest NPS response has no date');
    // On 29 February the window starts on 28 February a year earlier.
    expect(read('nps', { latestNpsScore: 7, latestNpsDate: '2027-02-28' }, '2028-02-29')).toBe(7);
    expect(read('nps', { latestNpsScore: 7, latestNpsDate: '2027-02-27' }, '2028-02-29')).toBe('the latest NPS response is older than 12 months');
  });

  it('counts the CSM pulse only with a reason and before its expiry date', () => {
    const pulse = { pulseScore: 2, pulseReason: 'champion left', pulseExpiresOn: '2026-11-24' };
    expect(read('csmPulse', pulse)).toBe(2);
    expect(read('csmPulse', { ...pulse, pulseExpiresOn: AS_OF })).toBe('the pulse has expired');
    expect(read('csmPulse', { ...pulse, pulseReason: '  ' })).toBe('the pulse has no reason');
    expect(read('csmPulse', { ...pulse, pulseExpiresOn: null })).toBe('the pulse has no expiry date');
  });

  it('places days since the last touch on the account\'s cadence: 1 at the ideal interval, 2 at the maximum', () => {
    const cadence = { cadenceIdealDays: 7, cadenceMaxDays: 14 };
    expect(read('touchRecency', { ...cadence, lastTouchDate: '2026-11-20' })).toBeCloseTo(3 / 7, 12);
    expect(read('touchRecency', { ...cadence, lastTouchDate: '2026-11-16' })).toBe(1);
    expect(read('touchRecency', { ...cadence, lastTouchDate: '2026-11-09' })).toBe(2);
    expect(read('touchRecency', { ...cadence, lastTouchDate: '2026-11-02' })).toBe(3);
    // A touch dated later than the day scored counts as today.
    expect(read('touchRecency', { ...cadence, lastTouchDate: '2026-11-25T09:00:00Z' })).toBe(0);
    // Ideal equal to maximum: each further ideal interval is one unit.
    expect(read('touchRecency', { cadenceIdealDays: 30, cadenceMaxDays: 30, lastTouchDate: '2026-09-24' })).toBe(2);
    expect(read('touchRecency', { lastTouchDate: '2026-11-20' })).toBe('no cadence for this account');
  });

  it('reads days to renewal, negative once overdue', () => {
    expect(read('daysToRenewal', { renewalDate: '2027-01-22' })).toBe(60);
    expect(read('daysToRenewal', { renewalDate: '2026-11-13' })).toBe(-10);
    expect(METRICS.daysToRenewal.format(-10, inputs())).toBe('renewal 10 days overdue');
  });

  it('refuses impossible inputs with a one-line error naming the field', () => {
    expect(() => read('usageFrequency', { activeDaysPerWeek: Number.NaN })).toThrow('HealthInputs.activeDaysPerWeek must be a finite number or null (got NaN)');
    expect(() => read('csmPulse', { pulseScore: 6, pulseReason: 'x', pulseExpiresOn: '2027-01-01' })).toThrow('HealthInputs.pulseScore must be between 1 and 5 (got 6)');
    expect(() => read('openHighPriorityTickets', { openHighPriorityTickets: -1 })).toThrow('HealthInputs.openHighPriorityTickets must be at least 0 (got -1)');
    expect(() => read('daysToRenewal', { renewalDate: '2026-02-30' })).toThrow('HealthInputs.renewalDate is not a date (expected YYYY-MM-DD): "2026-02-30"');
    expect(() => read('touchRecency', { lastTouchDate: AS_OF, cadenceIdealDays: 14, cadenceMaxDays: 7 })).toThrow(
      'HealthInputs.cadenceMaxDays (7) is below cadenceIdealDays (14)',
    );
  });
});
