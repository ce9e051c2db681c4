import { describe, expect, it } from 'vitest';
import type { MetricsReportDto } from '../../../shared/api/metricsDto';
import { runInProcess, stderrLines } from '../cli/run';
import { JUNE_2024, useHandBuiltBook } from './handBuiltBook';

describe('csm metrics --json --summary', () => {
  const handBuiltBook = useHandBuiltBook();

  it('gives every figure of the full report without the per-account lists', async () => {
    const { workspace } = await handBuiltBook();
    const run = async (...extra: string[]) => {
      const result = await runInProcess(['metrics', '--workspace', workspace, '--period', '2024-06', '--json', ...extra]);
      expect(result.code, result.stderr).toBe(0);
      return JSON.parse(result.stdout) as Record<string, unknown>;
    };
    const full = (await run()) as unknown as MetricsReportDto;
    const summary = await run('--summary');

    expect(summary).not.toHaveProperty('drilldown');
    const { drilldown: _lists, ltvDetail, ...figures } = full;
    expect(summary).toMatchObject(figures);
    expect(summary).toMatchObject({ mrrMovements: JUNE_2024.mrrMovements, customers: JUNE_2024.customers, nps: 25 });
    // LTV months Jan–Jun: how many churned instead of which (Echo ended in March, Beta in June).
    const months = (summary.ltvDetail as { months: Record<string, unknown>[] }).months;
    expect(months.map((month) => [month.period, month.churnedAccounts])).toEqual(ltvDetail.months.map((month) => [month.period, month.churned.length]));
    expect(months.map((month) => month.churnedAccounts)).toEqual([0, 0, 1, 0, 0, 1]);
    expect(months.every((month) => !('churned' in month))).toBe(true);
    expect(JSON.stringify(summary).length).toBeLessThan(JSON.stringify(full).length);
  });

  it('refuses --summary without --json in one line', async () => {
    const { workspace } = await handBuiltBook();
    const result = await runInProcess(['metrics', '--workspace', workspace, '--summary']);
    expect(result.code).not.toBe(0);
    expect(stderrLines(result)).toEqual([expect.stringContaining('--summary goes with --json')]);
  });
});
