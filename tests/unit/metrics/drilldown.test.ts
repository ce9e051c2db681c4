import { describe, expect, it } from 'vitest';
import { computeMetrics, drilldownFor, type DrilldownMetric, type MetricsReport } from '../../../shared/domain/metrics';
import { MARCH, revenueRows } from './books';

// MARCH (books.ts): start 800 over 5 customers, end 761 over 6.
const sum = (report: MetricsReport, metric: DrilldownMetric, part: string) => {
  const found = drilldownFor(report, metric).parts.find((candidate) => candidate.name === part);
  if (!found) throw new Error(`${metric} has no part ${part}`);
  return found.accounts.reduce((total, account) => total + account.value, 0);
};
const count = (report: MetricsReport, metric: DrilldownMetric, part: string) =>
  drilldownFor(report, metric).parts.find((candidate) => candidate.name === part)?.accounts.length;

describe('every figure drills down to the accounts behind it', () => {
  const report = computeMetrics({ revenue: revenueRows(MARCH) }, { period: '2024-03' });

  it('rebuilds each revenue rate from the parts it lists', () => {
    const start = sum(report, 'grr', 'startCohort');
    expect(start).toBe(800);
    expect(count(report, 'logoChurnRate', 'churned')! / count(report, 'logoChurnRate', 'startCohort')!).toBe(report.logoChurnRate);
    expect((sum(report, 'grossMrrChurn', 'churned') + sum(report, 'grossMrrChurn', 'contraction')) / start).toBe(report.grossMrrChurn);
    expect((start - sum(report, 'grr', 'churned') - sum(report, 'grr', 'contraction')) / start).toBe(report.grr);
    const netLoss = sum(report, 'nrr', 'churned') + sum(report, 'nrr', 'contraction') - sum(report, 'nrr', 'expansion') - sum(report, 'nrr', 'reactivation');
    expect((start - netLoss) / start).toBeCloseTo(report.nrr!, 12);
    expect(netLoss / start).toBeCloseTo(report.netMrrChurn!, 12);
    const gained = count(report, 'crr', 'new')! + count(report, 'crr', 'reactivation')!;
    expect((count(report, 'crr', 'endCustomers')! - gained) / count(report, 'crr', 'startCohort')!).toBe(report.crr);
    expect(sum(report, 'arpa', 'endCustomers') / count(report, 'arpa', 'endCustomers')!).toBe(report.arpa);
  });

  it('names the accounts of each MRR movement', () => {
    const parts = drilldownFor(report, 'mrrMovements').parts;
    expect(parts.map((part) => [part.name, part.accounts])).toEqual([
      ['new', [{ accountId: 5, value: 80 }]],
      ['expansion', [{ accountId: 2, value: 50 }]],
      ['contraction', [{ accountId: 3, value: 60 }, { accountId: 7, value: 49 }]],
      ['churned', [{ accountId: 4, value: 150 }]],
      ['reactivation', [{ accountId: 6, value: 90 }]],
    ]);
  });

  it('drops reactivation from the NRR drill-down when it does not count', () => {
    const without = computeMetrics({ revenue: revenueRows(MARCH) }, { period: '2024-03', countReactivation: false });
    expect(drilldownFor(without, 'nrr').parts.map((part) => part.name)).toEqual(['churned', 'contraction', 'expansion', 'startCohort']);
  });

  it('shows LTV through ARPA and the churned accounts of each month of its window', () => {
    const parts = drilldownFor(report, 'ltv').parts;
    expect(parts.map((part) => part.name)).toEqual(['endCustomers', 'churned 2023-10', 'churned 2023-11', 'churned 2023-12', 'churned 2024-01', 'churned 2024-02', 'churned 2024-03']);
    expect(parts[5]!.accounts).toEqual([{ accountId: 6, value: 120 }]); // account 6 paid in January, not at the end of February
    expect(parts[6]!.accounts).toEqual([{ accountId: 4, value: 150 }]);
  });

  it('shows which accounts gave the promoters, passives and detractors', () => {
    const withNps = computeMetrics(
      { revenue: [], nps: [{ accountId: 1, score: 10, date: '2024-03-01' }, { accountId: 2, score: 3, date: '2024-03-01' }, { accountId: 2, score: 2, date: '2024-03-02' }] },
      { period: '2024-03' },
    );
    expect(drilldownFor(withNps, 'nps').parts).toEqual([
      { name: 'promoters', accounts: [{ accountId: 1, value: 1 }] },
      { name: 'passives', accounts: [] },
      { name: 'detractors', accounts: [{ accountId: 2, value: 2 }] },
    ]);
  });

  it('lists each account behind a usage measure with its value', () => {
    const usage = computeMetrics(
      { revenue: [], usage: [{ accountId: 9, date: '2024-03-31', activeUsers: 2, seats: 4 }, { accountId: 8, date: '2024-03-30', activeUsers: 1 }] },
      { period: '2024-03' },
    );
    expect(drilldownFor(usage, 'breadth').parts).toEqual([{ name: 'accounts', accounts: [{ accountId: 9, value: 0.5 }] }]);
    expect(drilldownFor(usage, 'frequency').parts[0]!.accounts).toEqual([{ accountId: 8, value: 1 }, { accountId: 9, value: 1 }]);
  });
});

describe('segment and tier', () => {
  const accounts = [
    { accountId: 1, segment: 'Enterprise', tier: 'strategic' },
    { accountId: 2, segment: 'enterprise ', tier: 'mid-touch' },
    { accountId: 3, segment: 'SMB', tier: 'tech-touch' },
    { accountId: 4, segment: 'SMB', tier: 'tech-touch' },
  ];
  const input = {
    revenue: revenueRows(MARCH),
    accounts,
    nps: [{ accountId: 3, score: 0, date: '2024-03-01' }, { accountId: 1, score: 10, date: '2024-03-01' }],
    usage: [{ accountId: 3, date: '2024-03-31', activeUsers: 1 }],
  };

  it('keeps only the accounts of the segment, matched trimmed and case-insensitively', () => {
    // Accounts 1 and 2: start 100 + 200 = 300, end 100 + 250 = 350: NRR 350/300, no churn.
    const report = computeMetrics(input, { period: '2024-03', segment: ' ENTERPRISE' });
    expect(report.drilldown.revenue.startCohort.map((change) => change.accountId)).toEqual([2, 1]);
    expect(report.nrr).toBeCloseTo(350 / 300, 12);
    expect(report.logoChurnRate).toBe(0);
    expect(report.nps).toBe(100);
    expect(report.frequency).toBeNull();
    expect(report.filter).toEqual({ segment: 'ENTERPRISE', tier: null });
  });

  it('combines segment and tier, and leaves out accounts without attributes', () => {
    // SMB, tech-touch: accounts 3 (300 -> 240) and 4 (150 -> 0); 5, 6, 7 have no attributes.
    const report = computeMetrics(input, { period: '2024-03', segment: 'smb', tier: 'Tech-Touch' });
    expect(report.customers).toMatchObject({ start: 2, end: 1, churned: 1, new: 0, reactivated: 0 });
    expect(report.grr).toBeCloseTo(240 / 450, 12);
    expect(report.nps).toBe(-100);
    expect(report.frequency).toBe(1);
  });

  it('covers every account without a filter', () => {
    expect(computeMetrics(input, { period: '2024-03' }).customers.start).toBe(5);
  });
});
