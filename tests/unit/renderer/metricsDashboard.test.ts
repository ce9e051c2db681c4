import { describe, expect, it } from 'vitest';
import { computeMetrics, type RevenueRow } from '../../../shared/domain/metrics';
import { monthAt } from '../../../renderer/features/metrics/chartClick';
import { drillParts, partLabel, partTotal, valueFormatter } from '../../../renderer/features/metrics/drill';
import { kpiTiles } from '../../../renderer/features/metrics/kpis';
import { currentMonth, formatRate, monthLabel, monthsBetween } from '../../../renderer/features/metrics/metricsFormat';

/** Account 1 pays 1000 then 800 (contraction), 2 pays 500 then leaves (churn), 3 starts at 300 in June. */
const REVENUE: RevenueRow[] = [
  { accountId: 1, period: '2024-05', mrr: 1000 },
  { accountId: 1, period: '2024-06', mrr: 800 },
  { accountId: 2, period: '2024-05', mrr: 500 },
  { accountId: 3, period: '2024-06', mrr: 300 },
];
const june = computeMetrics({ revenue: REVENUE }, { period: '2024-06' });
const tile = (metric: string) => kpiTiles(june).find((candidate) => candidate.metric === metric)!;

describe('the KPI tiles', () => {
  it('show each rate for the month beside its figure compounded over a year', () => {
    // Start 1500 over 2 customers; churned 500, contraction 200.
    expect(tile('logoChurnRate')).toMatchObject({ label: 'Logo churn', monthly: '50.0%', annualised: formatRate(1 - 0.5 ** 12), naReason: null });
    expect(tile('grr')).toMatchObject({ monthly: '53.3%', annualised: formatRate((800 / 1500) ** 12) });
    expect(tile('arpa')).toMatchObject({ monthly: '$550', annualised: '$6.6k', annualisedNote: 'per year (× 12)' });
    expect(kpiTiles(june).map((candidate) => candidate.metric)).toEqual(['logoChurnRate', 'grossMrrChurn', 'netMrrChurn', 'grr', 'nrr', 'crr', 'arpa', 'ltv', 'nps']);
  });

  it('say "n/a" with the reason, never 0 or infinity', () => {
    expect(tile('nps')).toMatchObject({ monthly: 'n/a', naReason: 'no NPS responses in the 12 months to Jun 2024' });
    const may = computeMetrics({ revenue: REVENUE }, { period: '2024-05' });
    const mayTiles = kpiTiles(may);
    expect(mayTiles.find((candidate) => candidate.metric === 'grr')).toMatchObject({ monthly: 'n/a', annualised: 'n/a', naReason: 'no paying customers at the end of Apr 2024, the start of the month' });
    expect(mayTiles.find((candidate) => candidate.metric === 'ltv')).toMatchObject({ monthly: 'n/a', naReason: 'no customers at the start of any of the last 6 months' });
    // A customer paying every month: no churn in the LTV window, so the lifetime is unbounded and LTV n/a.
    const steady = ['01', '02', '03', '04', '05', '06', '07'].map((month) => ({ accountId: 9, period: `2024-${month}`, mrr: 100 }));
    const ltv = kpiTiles(computeMetrics({ revenue: steady }, { period: '2024-07' })).find((candidate) => candidate.metric === 'ltv');
    expect(ltv).toMatchObject({ monthly: 'n/a', naReason: 'no customer churned in the last 6 months: the lifetime has no bound' });
  });
});

describe('the drill-down', () => {
  it('gives the accounts behind a movement, with what each moved', () => {
    const [churned] = drillParts(june, 'mrrMovements', 'churned');
    expect(churned).toEqual({ name: 'churned', accounts: [{ accountId: 2, value: 500 }] });
    expect(partTotal(churned!)).toBe(500);
    expect(drillParts(june, 'grr').map((part) => part.name)).toEqual(['churned', 'contraction', 'startCohort']);
    expect(drillParts(june, 'grr').map(partTotal)).toEqual([500, 200, 1500]);
  });

  it('labels parts and values for people', () => {
    expect(partLabel('startCohort')).toBe('Customers at the start (their start MRR)');
    expect(partLabel('churned 2024-03')).toBe('Churned in Mar 2024 (MRR lost)');
    expect(valueFormatter('nps')(1)).toBe('1 response');
    expect(valueFormatter('breadth')(0.25)).toBe('25.0%');
    expect(valueFormatter('grr')(1200)).toBe('$1.2k');
  });
});

describe('dashboard helpers', () => {
  it('list the period picker months newest first and name them', () => {
    expect(monthsBetween('2023-11', '2024-02')).toEqual(['2024-02', '2024-01', '2023-12', '2023-11']);
    expect(monthLabel('2024-02')).toBe('Feb 2024');
    expect(currentMonth(new Date('2026-11-30T23:59:00Z'))).toBe('2026-11');
  });

  it('read the month a chart click landed on', () => {
    const rows = [{ period: '2024-01' }, { period: '2024-02' }];
    expect(monthAt(rows, 1)).toBe('2024-02');
    expect(monthAt(rows, '0')).toBe('2024-01');
    expect(monthAt(rows, undefined)).toBeNull();
    expect(monthAt(rows, 5)).toBeNull();
  });
});
