import { describe, expect, it } from 'vitest';
import { computeMetrics } from '../../../shared/domain/metrics';
import { ids, revenueRows, type Book } from './books';

/**
 * Ten accounts at 100 MRR from 2023-09. Account 10 churns in October, account 9 in January.
 * Monthly logo churn, 2023-10..2024-03: 1/10, 0/9, 0/9, 1/9, 0/8, 0/8.
 * Average = (1/10 + 1/9) / 6 = (19/90) / 6 = 19/540.
 * ARPA in March = 800 / 8 = 100, so LTV = 100 / (19/540) = 54000/19 ≈ 2842.11.
 */
function tenAccounts(): Book {
  const months = ['2023-09', '2023-10', '2023-11', '2023-12', '2024-01', '2024-02', '2024-03'];
  const book: Book = {};
  for (let account = 1; account <= 10; account += 1) {
    const paidUntil = account === 10 ? '2023-09' : account === 9 ? '2023-12' : '2024-03';
    book[account] = Object.fromEntries(months.filter((month) => month <= paidUntil).map((month) => [month, 100]));
  }
  return book;
}

describe('LTV', () => {
  it('is ARPA over the trailing 6-month average logo churn', () => {
    const report = computeMetrics({ revenue: revenueRows(tenAccounts()) }, { period: '2024-03' });
    expect(report.ltvDetail.months.map((month) => [month.period, month.customersAtStart, month.logoChurnRate])).toEqual([
      ['2023-10', 10, 0.1],
      ['2023-11', 9, 0],
      ['2023-12', 9, 0],
      ['2024-01', 9, 1 / 9],
      ['2024-02', 8, 0],
      ['2024-03', 8, 0],
    ]);
    expect(report.ltvDetail.averageLogoChurnRate).toBeCloseTo(19 / 540, 12);
    expect(report.arpa).toBe(100);
    expect(report.ltv).toBeCloseTo(54000 / 19, 9);
    expect(ids(report.ltvDetail.months[0]!.churned)).toEqual([10]);
    expect(ids(report.ltvDetail.months[3]!.churned)).toEqual([9]);
  });

  it('is n/a (null), never Infinity, when nobody churned in the window', () => {
    const report = computeMetrics({ revenue: revenueRows(tenAccounts()) }, { period: '2024-03', ltvWindowMonths: 2 });
    expect(report.ltvDetail.averageLogoChurnRate).toBe(0);
    expect(report.ltv).toBeNull();
  });

  it('averages only the months that had customers at their start', () => {
    // Paying from 2024-01: 2023-10..2023-12 have no customers at their start; 2024-01 neither
    // (start = end of 2023-12). February: 2 at start, 1 churns (1/2); March: 1 at start, 0 churn.
    const book: Book = { 1: { '2024-01': 60, '2024-02': 60, '2024-03': 60 }, 2: { '2024-01': 40 } };
    const report = computeMetrics({ revenue: revenueRows(book) }, { period: '2024-03' });
    expect(report.ltvDetail.averageLogoChurnRate).toBe(0.25); // (1/2 + 0) / 2
    expect(report.ltv).toBe(240); // ARPA 60 / 0.25
  });

  it('uses a window of the length asked for', () => {
    // Three months, 2024-01..2024-03: (1/9 + 0 + 0) / 3 = 1/27; LTV = 100 × 27 = 2700.
    const report = computeMetrics({ revenue: revenueRows(tenAccounts()) }, { period: '2024-03', ltvWindowMonths: 3 });
    expect(report.ltv).toBeCloseTo(2700, 9);
  });
});
