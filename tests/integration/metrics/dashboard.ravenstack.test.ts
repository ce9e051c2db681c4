import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBackend } from '../../../electron/backend';
import type { Backend } from '../../../electron/backend/types';
import type { MetricsDashboardDto } from '../../../shared/api/healthDto';
import { fixedClock, makeTempDir } from '../../helpers/tempDir';
import { ACCOUNTS_CSV, csmImport, initWorkspace, SUBSCRIPTIONS_CSV } from '../import/revenue/helpers';

describe('metrics.dashboard on RavenStack imported through csm import', () => {
  let dir: { dir: string; cleanup: () => void };
  let backend: Backend;
  beforeAll(async () => {
    dir = makeTempDir('csm-dashboard-raven-');
    const workspace = await initWorkspace(dir.dir);
    const imported = await csmImport(workspace, [ACCOUNTS_CSV, SUBSCRIPTIONS_CSV]);
    expect(imported.revenue).toMatchObject({ new: 5000, invalid: 0 });
    backend = await createBackend({ dbPath: workspace, ifMissing: 'fail', clock: fixedClock('2026-11-23T09:00:00.000Z') });
  }, 60_000);
  afterAll(async () => {
    await backend?.close();
    dir.cleanup();
  });

  it('every month of a 24-month run is what metrics.get gives for it', async () => {
    const dashboard = await backend.dispatch('metrics.dashboard', { period: '2024-12', months: 24 });
    expect(dashboard.months.map((month) => month.period)).toEqual(
      Array.from({ length: 24 }, (_, i) => `${2023 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`),
    );
    for (const month of dashboard.months) {
      const report = await backend.dispatch('metrics.get', { period: month.period });
      expect({ grr: month.grr, nrr: month.nrr, churn: month.logoChurnRate, mrr: month.mrr, moves: month.movements }, month.period).toEqual({
        grr: report.grr,
        nrr: report.nrr,
        churn: report.logoChurnRate,
        mrr: report.mrr,
        moves: report.mrrMovements,
      });
    }
    const december = await backend.dispatch('metrics.get', { period: '2024-12' });
    expect(dashboard.report).toEqual(december);
    // Churn and reactivation happen in the run (ravenstack.test.ts checks them against plain SQL).
    expect(dashboard.months.find((month) => month.period === '2023-11')!.movements.churned).toBeGreaterThan(0);
    expect(dashboard.months.find((month) => month.period === '2024-02')!.movements.reactivation).toBeGreaterThan(0);
  });

  it('opens on the last month the revenue changed, not on an empty month of 2026', async () => {
    const dashboard: MetricsDashboardDto = await backend.dispatch('metrics.dashboard', {});
    expect(dashboard.revenueMonths).toEqual({ first: '2023-01', last: dashboard.report.period.last });
    expect(dashboard.report.period.last <= '2025-01').toBe(true);
    expect(dashboard.months).toHaveLength(12);
    // Imported accounts carry no health snapshot until a recompute: all in "no score yet".
    expect(dashboard.health.reduce((sum, total) => sum + total.accounts, 0)).toBeGreaterThan(0);
  });
});
