import { describe, expect, it } from 'vitest';
import type { MetricsReportDto } from '../../../shared/api/metricsDto';
import { lastCompleteMonth } from '../../../electron/backend/metrics/portfolioMetrics';
import { runInProcess, stderrLines, type CliResult } from '../cli/run';
import { JUNE_2024, useHandBuiltBook } from './handBuiltBook';

const RATES = ['logoChurnRate', 'grossMrrChurn', 'netMrrChurn', 'grr', 'nrr', 'crr', 'arpa', 'ltv', 'nps'] as const;

async function metricsJson(args: string[]): Promise<MetricsReportDto> {
  const result = await runInProcess(['metrics', ...args, '--json']);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout) as MetricsReportDto;
}

function oneLineFailure(result: CliResult, exitCode: number): string {
  expect(result.code).toBe(exitCode);
  expect(result.stdout).toBe('');
  const lines = stderrLines(result);
  expect(lines).toHaveLength(1);
  return lines[0]!;
}

describe('csm metrics on a hand-built book', () => {
  const handBuiltBook = useHandBuiltBook();

  it('prints every metric of the month in camelCase JSON, equal to the figures worked out by hand', async () => {
    const { workspace, id } = await handBuiltBook();
    const report = await metricsJson(['--workspace', workspace, '--period', '2024-06']);
    expect(report.period).toEqual({ first: '2024-06', last: '2024-06', months: 1, cohortMonth: '2024-05' });
    expect(report.mrr).toEqual(JUNE_2024.mrr);
    expect(report.customers).toEqual(JUNE_2024.customers);
    expect(report.mrrMovements).toEqual(JUNE_2024.mrrMovements);
    expect(report.npsResponses).toEqual(JUNE_2024.npsResponses);
    for (const key of RATES) expect(report[key], key).toBeCloseTo(JUNE_2024[key], 10);
    expect(report.annualised.grr).toBeCloseTo(Math.pow(JUNE_2024.grr, 12), 10);
    expect(report.annualised.arpa).toBeCloseTo(JUNE_2024.arpa * 12, 10);

    // Who is behind the figures: revenue_history wins over Foxtrot's subscription, Echo paid before.
    const revenue = report.drilldown.revenue;
    expect(revenue.churned.map((change) => change.accountId)).toEqual([id.Beta]);
    expect(revenue.reactivation.map((change) => change.accountId)).toEqual([id.Echo]);
    expect(revenue.new.map((change) => change.accountId)).toEqual([id.Delta]);
    expect(revenue.startCohort.find((change) => change.accountId === id.Foxtrot)?.amount).toBe(800);

    // Usage: Acme's totals rows (first seen in January, so 7 days of 4 users over 30 days, against 10 seats);
    // Gamma's feature log gives its distinct features.
    const acme = report.drilldown.usage.find((account) => account.accountId === id.Acme);
    expect(acme).toMatchObject({ mau: 4, mauBasis: 'peakDailyActiveUsers', seats: 10, breadth: 0.4, activeDaysPerWeek: 7, frequencyTrend: 7 });
    expect(acme?.stickiness).toBeCloseTo((4 * 7) / 30 / 4, 10);
    expect(report.drilldown.usage.find((account) => account.accountId === id.Gamma)).toMatchObject({ featuresUsed: 2, depthBasis: 'distinctFeatures' });
  });

  it('filters by segment, compared case-insensitively', async () => {
    const { workspace } = await handBuiltBook();
    const report = await metricsJson(['--workspace', workspace, '--period', '2024-06', '--segment', 'enterprise']);
    expect(report.filter.segment).toBe('enterprise');
    expect(report.mrr).toEqual({ start: 2300, end: 2000 });
    expect(report.mrrMovements).toEqual({ new: 0, expansion: 200, contraction: 0, churned: 500, reactivation: 0 });
    expect(report.npsResponses).toEqual({ promoters: 2, passives: 1, detractors: 0, total: 3 });
    expect(report.nps).toBeCloseTo(200 / 3, 10);
  });

  it('defaults to the last complete month', async () => {
    const { workspace } = await handBuiltBook();
    const report = await metricsJson(['--workspace', workspace]);
    expect(report.period.last).toBe(lastCompleteMonth(new Date()));
  });

  it('prints a readable table with monthly and annualised figures', async () => {
    const { workspace } = await handBuiltBook();
    const result = await runInProcess(['metrics', '--workspace', workspace, '--period', '2024-06']);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('Portfolio metrics for 2024-06, all segments (start: end of 2024-05)');
    expect(result.stdout).toMatch(/METRIC\s+MONTHLY\s+ANNUALISED/);
    expect(result.stdout).toMatch(/Logo churn rate\s+25\.0%\s+96\.8%/);
    expect(result.stdout).toMatch(/GRR\s+77\.8%\s+4\.9%/);
    expect(result.stdout).toMatch(/ARPA\s+540\s+6,480/);
    expect(result.stdout).toContain('MRR moves     new 250, expansion 200, contraction 100, churned 500, reactivation 150');
    expect(result.stdout).toContain('NPS           25.0 (12 months: 2 promoters, 1 passives, 1 detractors)');
  });

  it('refuses a bad period, an unknown segment and a month not begun with one line each', async () => {
    const { workspace } = await handBuiltBook();
    const run = (...args: string[]) => runInProcess(['metrics', '--workspace', workspace, ...args]);
    expect(oneLineFailure(await run('--period', '2024-13'), 2)).toBe('csm: --period must be a month as YYYY-MM, e.g. 2024-06 (got "2024-13")');
    expect(oneLineFailure(await run('--period', '06/2024'), 2)).toMatch(/--period must be a month as YYYY-MM/);
    expect(oneLineFailure(await run('--segment', 'Mid-Market'), 1)).toBe('csm: unknown segment "Mid-Market"; the segments are: Enterprise, SMB');
    expect(oneLineFailure(await run('--segment', ' '), 2)).toBe('csm: --segment needs a segment name');
    expect(oneLineFailure(await run('--period', '2999-01'), 1)).toMatch(/^csm: metrics period 2999-01 has not begun yet \(today is \d{4}-\d{2}-\d{2}\)$/);
  });
});
