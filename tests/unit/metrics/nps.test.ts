import { describe, expect, it } from 'vitest';
import { computeMetrics, netPromoterScore, type NpsResponse } from '../../../shared/domain/metrics';

const r = (accountId: number, score: number, date: string): NpsResponse => ({ accountId, score, date });

/**
 * Period 2024-03: the 12-month window is 2023-04-01..2024-03-31.
 * In it: account 1: 10, 9 (2 promoters); account 2: 8 (passive), 6 (detractor, on the first day);
 * account 3: 0 (detractor); account 4: 9 (promoter).
 * Out of it: account 3's 10 on 2023-03-31 (a day too early), account 1's 0 on 2024-04-01 (after).
 * Book: 3 promoters, 1 passive, 2 detractors of 6: (3 − 2) / 6 × 100 = 16.67.
 */
const RESPONSES = [
  r(1, 10, '2024-03-15'),
  r(1, 9, '2023-06-01T10:00:00Z'),
  r(2, 8, '2024-01-10'),
  r(2, 6, '2023-04-01'),
  r(3, 0, '2023-12-31'),
  r(3, 10, '2023-03-31'),
  r(1, 0, '2024-04-01'),
  r(4, 9, '2024-02-02'),
];

describe('NPS', () => {
  it('is % promoters − % detractors over the last 12 months, passives in the denominator', () => {
    const report = computeMetrics({ revenue: [], nps: RESPONSES }, { period: '2024-03' });
    expect(report.npsResponses).toEqual({ promoters: 3, passives: 1, detractors: 2, total: 6 });
    expect(report.nps).toBeCloseTo(100 / 6, 12);
  });

  it('is computed per account over the same window', () => {
    const report = computeMetrics({ revenue: [], nps: RESPONSES }, { period: '2024-03' });
    expect(report.drilldown.nps).toEqual([
      { accountId: 1, nps: 100, promoters: 2, passives: 0, detractors: 0, total: 2 },
      { accountId: 2, nps: -50, promoters: 0, passives: 1, detractors: 1, total: 2 }, // (0 − 1) / 2
      { accountId: 3, nps: -100, promoters: 0, passives: 0, detractors: 1, total: 1 },
      { accountId: 4, nps: 100, promoters: 1, passives: 0, detractors: 0, total: 1 },
    ]);
  });

  it('ends the window on asOf for a period still running', () => {
    // Without account 1's 10 of 2024-03-15: 2 promoters, 1 passive, 2 detractors: 0.
    const report = computeMetrics({ revenue: [], nps: RESPONSES }, { period: '2024-03', asOf: '2024-03-10' });
    expect(report.npsResponses.total).toBe(5);
    expect(report.nps).toBe(0);
  });

  it('counts a passive in the denominator: one promoter and one passive is 50, not 100', () => {
    expect(netPromoterScore({ promoters: 1, passives: 1, detractors: 0, total: 2 })).toBe(50);
  });

  it('puts 7 and 8 with the passives, 6 with the detractors and 9 with the promoters', () => {
    const report = computeMetrics({ revenue: [], nps: [6, 7, 8, 9].map((score) => r(1, score, '2024-03-01')) }, { period: '2024-03' });
    expect(report.npsResponses).toEqual({ promoters: 1, passives: 2, detractors: 1, total: 4 });
  });

  it('is n/a without responses, and spans −100 to 100', () => {
    expect(computeMetrics({ revenue: [] }, { period: '2024-03' }).nps).toBeNull();
    expect(computeMetrics({ revenue: [], nps: [r(1, 0, '2024-03-01')] }, { period: '2024-03' }).nps).toBe(-100);
    expect(computeMetrics({ revenue: [], nps: [r(1, 10, '2024-03-01')] }, { period: '2024-03' }).nps).toBe(100);
  });

  it('takes a window of another length when asked', () => {
    // 3 months: 2024-01-01..2024-03-31 holds 10 (acc 1), 8 (acc 2), 9 (acc 4): (2 − 0) / 3.
    const report = computeMetrics({ revenue: [], nps: RESPONSES }, { period: '2024-03', npsWindowMonths: 3 });
    expect(report.nps).toBeCloseTo(200 / 3, 12);
  });
});
