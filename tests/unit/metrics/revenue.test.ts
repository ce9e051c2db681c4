import { describe, expect, it } from 'vitest';
import { computeMetrics } from '../../../shared/domain/metrics';
import { ids, MARCH, revenueRows, type Book } from './books';

// MARCH is the hand-computed month of books.ts: start 800 MRR / 5 customers, end 761 / 6.
const march = (countReactivation?: boolean) =>
  computeMetrics({ revenue: revenueRows(MARCH) }, countReactivation === undefined ? { period: '2024-03' } : { period: '2024-03', countReactivation });

describe('revenue metrics on a hand-computed month', () => {
  it('classifies MRR movements and customers', () => {
    const report = march();
    expect(report.mrr).toEqual({ start: 800, end: 761 });
    expect(report.mrrMovements).toEqual({ new: 80, expansion: 50, contraction: 109, churned: 150, reactivation: 90 });
    expect(report.customers).toEqual({ start: 5, end: 6, new: 1, reactivated: 1, churned: 1, joinedAndChurned: 0 });
    expect(report.period).toEqual({ first: '2024-03', last: '2024-03', months: 1, cohortMonth: '2024-02' });
  });

  it('computes each rate as DOMAIN.md defines it', () => {
    const report = march();
    expect(report.logoChurnRate).toBeCloseTo(1 / 5, 12); // account 4 of 5 start customers
    expect(report.grossMrrChurn).toBeCloseTo(259 / 800, 12); // (150 + 109) / 800 = 0.32375
    expect(report.netMrrChurn).toBeCloseTo(119 / 800, 12); // (150 + 109 − 50 − 90) / 800 = 0.14875
    expect(report.grr).toBeCloseTo(541 / 800, 12); // (800 − 150 − 109) / 800 = 0.67625
    expect(report.nrr).toBeCloseTo(681 / 800, 12); // (800 + 50 + 90 − 109 − 150) / 800 = 0.85125
    expect(report.crr).toBeCloseTo(4 / 5, 12); // (6 at end − 1 new − 1 reactivated) / 5
    expect(report.arpa).toBeCloseTo(761 / 6, 12); // 126.83
  });

  it('leaves reactivation out of NRR and net churn when the setting says so, and nothing else moves', () => {
    const without = march(false);
    expect(without.nrr).toBeCloseTo(591 / 800, 12); // (800 + 50 − 109 − 150) / 800 = 0.73875
    expect(without.netMrrChurn).toBeCloseTo(209 / 800, 12); // (150 + 109 − 50) / 800 = 0.26125
    const withIt = march(true);
    expect({ ...without, nrr: 0, netMrrChurn: 0, annualised: 0, settings: 0 }).toEqual({ ...withIt, nrr: 0, netMrrChurn: 0, annualised: 0, settings: 0 });
  });

  it('counts reactivation by default, keeping NRR = 1 − net MRR churn', () => {
    const report = march();
    expect(report.settings.countReactivation).toBe(true);
    expect(report.nrr! + report.netMrrChurn!).toBeCloseTo(1, 12);
  });

  it('puts annualised figures beside the monthly ones, compounding retention', () => {
    const { annualised } = march();
    expect(annualised.logoChurnRate).toBeCloseTo(1 - 0.068719476736, 12); // 1 − 0.8^12
    expect(annualised.crr).toBeCloseTo(0.068719476736, 12); // 0.8^12
    expect(annualised.grr).toBeCloseTo(Math.pow(0.67625, 12), 12);
    expect(annualised.grossMrrChurn).toBeCloseTo(1 - Math.pow(0.67625, 12), 12);
    expect(annualised.nrr).toBeCloseTo(Math.pow(0.85125, 12), 12);
    expect(annualised.netMrrChurn).toBeCloseTo(1 - Math.pow(0.85125, 12), 12);
    expect(annualised.arpa).toBeCloseTo((761 / 6) * 12, 9);
  });

  it('lists the accounts behind each movement, largest first', () => {
    const { revenue } = march().drilldown;
    expect(ids(revenue.startCohort)).toEqual([3, 2, 4, 1, 7]);
    expect(revenue.churned).toEqual([{ accountId: 4, startMrr: 150, endMrr: 0, amount: 150 }]);
    expect(revenue.contraction).toEqual([
      { accountId: 3, startMrr: 300, endMrr: 240, amount: 60 },
      { accountId: 7, startMrr: 50, endMrr: 1, amount: 49 },
    ]);
    expect(ids(revenue.expansion)).toEqual([2]);
    expect(ids(revenue.new)).toEqual([5]);
    expect(revenue.reactivation).toEqual([{ accountId: 6, startMrr: 0, endMrr: 90, amount: 90 }]);
    expect(ids(revenue.endCustomers)).toEqual([2, 3, 1, 6, 5, 7]);
  });

  it('ignores rows after the period', () => {
    const later = revenueRows({ ...MARCH, 8: { '2024-04': 500 }, 1: { '2024-02': 100, '2024-03': 100, '2024-04': 0 } });
    expect(computeMetrics({ revenue: later }, { period: '2024-03' })).toEqual(march());
  });
});

describe('revenue edge cases from DOMAIN.md', () => {
  it('churns a customer only when all of its MRR is gone: 1 left of 50 is contraction', () => {
    const report = computeMetrics({ revenue: revenueRows({ 1: { '2024-02': 50, '2024-03': 0.01 } }) }, { period: '2024-03' });
    expect(report.logoChurnRate).toBe(0);
    expect(report.mrrMovements.churned).toBe(0);
    expect(report.mrrMovements.contraction).toBeCloseTo(49.99, 12);
  });

  it('reads an explicit 0 and a missing month alike: both are no MRR', () => {
    const explicit = computeMetrics({ revenue: revenueRows({ 1: { '2024-02': 10, '2024-03': 0 } }) }, { period: '2024-03' });
    const missing = computeMetrics({ revenue: revenueRows({ 1: { '2024-02': 10 } }) }, { period: '2024-03' });
    expect(explicit.logoChurnRate).toBe(1);
    expect(missing).toEqual(explicit);
  });

  /**
   * Quarter 2024-01..2024-03, start = end of 2023-12.
   * A: 100, 0, 0, 100 -> in the cohort and paying at the end: retained, neither churned nor reactivated.
   * B: 0, 50, 0, 0 (never paid before) -> joined and churned inside: in neither count.
   * C: 100, 100, 100, 0 -> churned 100.
   * D: 0, 0, 70, 70 -> new 70.
   * Start 2 customers / 200; end 2 customers (A, D) / 170. Logo churn 1/2, GRR (200 − 100)/200.
   */
  it('keeps a customer that joined and churned inside the period out of both counts', () => {
    const book: Book = {
      1: { '2023-12': 100, '2024-01': 0, '2024-03': 100 },
      2: { '2024-01': 50 },
      3: { '2023-12': 100, '2024-01': 100, '2024-02': 100 },
      4: { '2024-02': 70, '2024-03': 70 },
    };
    const report = computeMetrics({ revenue: revenueRows(book) }, { period: { first: '2024-01', last: '2024-03' } });
    expect(report.customers).toEqual({ start: 2, end: 2, new: 1, reactivated: 0, churned: 1, joinedAndChurned: 1 });
    expect(report.mrrMovements).toEqual({ new: 70, expansion: 0, contraction: 0, churned: 100, reactivation: 0 });
    expect(report.drilldown.revenue.joinedAndChurned).toEqual([{ accountId: 2, startMrr: 0, endMrr: 0, amount: 50 }]);
    expect(report.logoChurnRate).toBe(0.5);
    expect(report.crr).toBe(0.5); // (2 at end − 1 new) / 2
    expect(report.grr).toBe(0.5);
    // A quarter is a quarter of a year: 0.5^4 retained, 1 − 0.5^4 churned.
    expect(report.annualised.grr).toBe(0.0625);
    expect(report.annualised.logoChurnRate).toBe(0.9375);
  });

  it('keeps GRR at or below 100% however much the cohort expands, and excludes new logos', () => {
    const book: Book = { 1: { '2024-02': 100, '2024-03': 1000 }, 2: { '2024-03': 5000 } };
    const report = computeMetrics({ revenue: revenueRows(book) }, { period: '2024-03' });
    expect(report.grr).toBe(1);
    expect(report.nrr).toBe(10); // (100 + 900) / 100: new logo 2 is not in it
    expect(report.netMrrChurn).toBe(-9); // negative churn
  });

  it('reports n/a, never NaN or Infinity, for a book with no customers at the start', () => {
    const report = computeMetrics({ revenue: revenueRows({ 1: { '2024-03': 100 } }) }, { period: '2024-03' });
    for (const key of ['logoChurnRate', 'grossMrrChurn', 'netMrrChurn', 'grr', 'nrr', 'crr', 'ltv'] as const) expect(report[key]).toBeNull();
    expect(report.annualised.grr).toBeNull();
    expect(report.arpa).toBe(100);
    expect(report.annualised.arpa).toBe(1200);
  });

  it('reports n/a for ARPA with no customers at all', () => {
    const report = computeMetrics({ revenue: [] }, { period: '2024-03' });
    expect(report.arpa).toBeNull();
    expect(report.mrrMovements).toEqual({ new: 0, expansion: 0, contraction: 0, churned: 0, reactivation: 0 });
  });
});
