import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { createBackend } from '../../../electron/backend';
import type { MetricsDashboardDto } from '../../../shared/api/healthDto';
import type { MetricsReportDto } from '../../../shared/api/metricsDto';
import { fixedClock } from '../../helpers/tempDir';
import { rejectionOf as rejection } from '../importWizard/helpers';
import { JUNE_2024, useHandBuiltBook } from './handBuiltBook';

/**
 * Health of the hand-built book (handBuiltBook.ts) as of July 2024, with ARR set per account:
 *
 * | account | ARR   | snapshots (date: score band)                  | current            | at risk               |
 * |---------|-------|-----------------------------------------------|--------------------|-----------------------|
 * | Acme    | 14400 | 06-01: 70 yellow, 07-10: 40 red               | red 40             | red and falling (−30) |
 * | Foxtrot |  9600 | 07-10: 90 green, override band red            | red (override) 90  | red                   |
 * | Gamma   |  3600 | 06-20: 90 green, 07-10: 80 green              | green 80           | falling (−10)         |
 * | Delta   |  3000 | 07-10: 60 yellow                              | yellow 60          | no                    |
 * | Echo    |  1800 | none                                          | no score yet       | no                    |
 * | Beta    |     0 | 07-10: not scored; churned, so left out       |                    |                       |
 *
 * Gamma's two scores are 20 days apart, less than the 30-day lookback: compared with its oldest.
 */
function writeHealth(file: string, id: Record<string, number>): void {
  const sqlite = new Database(file);
  try {
    const arr = sqlite.prepare('UPDATE accounts SET arr = ? WHERE id = ?');
    for (const [name, value] of Object.entries({ Acme: 14400, Foxtrot: 9600, Gamma: 3600, Delta: 3000, Echo: 1800, Beta: 0 })) arr.run(value, id[name]);
    sqlite.prepare("UPDATE accounts SET status = 'churned' WHERE id = ?").run(id.Beta);
    const snapshot = sqlite.prepare(
      `INSERT INTO health_snapshots (account_id, date, score, band, breakdown, scorecard_id, scorecard_version, override_score, override_band, computed_at)
       VALUES (?, ?, ?, ?, '[]', 'default', 1, NULL, ?, '2024-07-10T00:00:00Z')`,
    );
    const rows: [string, string, number | null, string, string | null][] = [
      ['Acme', '2024-06-01', 70, 'yellow', null],
      ['Acme', '2024-07-10', 40, 'red', null],
      ['Foxtrot', '2024-07-10', 90, 'green', 'red'],
      ['Gamma', '2024-06-20', 90, 'green', null],
      ['Gamma', '2024-07-10', 80, 'green', null],
      ['Delta', '2024-07-10', 60, 'yellow', null],
      ['Beta', '2024-07-10', null, 'not_scored', null],
    ];
    for (const [name, date, score, band, override] of rows) snapshot.run(id[name], date, score, band, override);
    // The book counts as scored on its newest snapshot's day, so opening it keeps these hand-made scores.
    sqlite.prepare("INSERT INTO workspace_meta (key, value) VALUES ('health.book_scored_on', '2024-07-10')").run();
  } finally {
    sqlite.close();
  }
}

const noMoves = { new: 0, expansion: 0, contraction: 0, churned: 0, reactivation: 0 };

describe('metrics.dashboard on the hand-built book', () => {
  const handBuiltBook = useHandBuiltBook();

  async function withDashboard<T>(work: (call: (method: 'metrics.dashboard' | 'metrics.get', input: unknown) => Promise<unknown>, id: Record<string, number>) => Promise<T>): Promise<T> {
    const { workspace, id } = await handBuiltBook();
    writeHealth(workspace, id);
    const backend = await createBackend({ dbPath: workspace, ifMissing: 'fail', clock: fixedClock('2024-07-10T08:00:00.000Z') });
    try {
      return await work((method, input) => backend.dispatch(method, input), id);
    } finally {
      await backend.close();
    }
  }

  it('carries the period report and a run of months worked out by hand', async () => {
    await withDashboard(async (call) => {
      const dashboard = (await call('metrics.dashboard', { period: '2024-06', months: 7 })) as MetricsDashboardDto;
      expect(dashboard.report).toMatchObject({ mrr: JUNE_2024.mrr, customers: JUNE_2024.customers, mrrMovements: JUNE_2024.mrrMovements, nps: 25 });
      expect(dashboard.report.ltv).toBeCloseTo(JUNE_2024.ltv, 9);
      expect(dashboard.months.map((month) => month.period)).toEqual(['2023-12', '2024-01', '2024-02', '2024-03', '2024-04', '2024-05', '2024-06']);
      // Month ends: Jan–Feb Beta 500 + Gamma 300 + Echo 200; March Gamma gains 100, Echo ends; May Acme 1000 and Foxtrot 800 begin.
      expect(dashboard.months.map((month) => month.movements)).toEqual([
        noMoves,
        { ...noMoves, new: 1000 },
        noMoves,
        { ...noMoves, expansion: 100, churned: 200 },
        noMoves,
        { ...noMoves, new: 1800 },
        JUNE_2024.mrrMovements,
      ]);
      expect(dashboard.months.map((month) => month.mrr.end)).toEqual([0, 1000, 1000, 900, 900, 2700, 2700]);
      const march = dashboard.months[3]!;
      expect(march.grr).toBeCloseTo(800 / 1000, 12);
      expect(march.nrr).toBeCloseTo(900 / 1000, 12);
      expect(march.logoChurnRate).toBeCloseTo(1 / 3, 12);
      expect(dashboard.months[1]!.grr).toBeNull(); // nobody paid at the end of December: n/a, not 0 or 100%
      expect(dashboard.months[6]).toMatchObject({ grr: JUNE_2024.grr, nrr: JUNE_2024.nrr, nps: 25, promoters: 2, passives: 1, detractors: 1 });
      expect(dashboard.segments).toEqual(['Enterprise', 'SMB']);
      expect(dashboard.revenueMonths).toEqual({ first: '2024-01', last: '2024-06' });
    });
  });

  it('agrees with metrics.get month by month', async () => {
    await withDashboard(async (call) => {
      const dashboard = (await call('metrics.dashboard', { period: '2024-07', segment: 'smb', months: 8 })) as MetricsDashboardDto;
      for (const month of dashboard.months) {
        const report = (await call('metrics.get', { period: month.period, segment: 'smb' })) as MetricsReportDto;
        expect(month, month.period).toEqual({
          period: report.period.last,
          grr: report.grr,
          nrr: report.nrr,
          logoChurnRate: report.logoChurnRate,
          mrr: report.mrr,
          nps: report.nps,
          promoters: report.npsResponses.promoters,
          passives: report.npsResponses.passives,
          detractors: report.npsResponses.detractors,
          movements: report.mrrMovements,
        });
      }
      const july = (await call('metrics.get', { period: '2024-07', segment: 'smb' })) as MetricsReportDto;
      expect(dashboard.report).toEqual(july);
    });
  });

  it('totals health by band and ranks the red or falling accounts by ARR', async () => {
    await withDashboard(async (call, id) => {
      const dashboard = (await call('metrics.dashboard', { period: '2024-06' })) as MetricsDashboardDto;
      expect(dashboard.months).toHaveLength(12);
      expect(dashboard.health).toEqual([
        { band: 'red', bandLabel: 'Red', accounts: 2, arr: 24000, derivedArr: 0, accountIds: [id.Acme, id.Foxtrot] },
        { band: 'yellow', bandLabel: 'Yellow', accounts: 1, arr: 3000, derivedArr: 0, accountIds: [id.Delta] },
        { band: 'green', bandLabel: 'Green', accounts: 1, arr: 3600, derivedArr: 0, accountIds: [id.Gamma] },
        { band: 'none', bandLabel: 'No score yet', accounts: 1, arr: 1800, derivedArr: 0, accountIds: [id.Echo] },
      ]);
      expect(dashboard.atRisk).toEqual([
        { id: id.Acme, name: 'Acme', arr: 14400, arrSource: 'entered', band: 'red', bandLabel: 'Red', score: 40, scoreChange: -30, reason: 'red_and_falling' },
        { id: id.Foxtrot, name: 'Foxtrot', arr: 9600, arrSource: 'entered', band: 'red', bandLabel: 'Red', score: 90, scoreChange: null, reason: 'red' },
        { id: id.Gamma, name: 'Gamma', arr: 3600, arrSource: 'entered', band: 'green', bandLabel: 'Green', score: 80, scoreChange: -10, reason: 'falling' },
      ]);
      expect(dashboard.atRiskTotal).toBe(3);

      const smb = (await call('metrics.dashboard', { period: '2024-06', segment: 'SMB' })) as MetricsDashboardDto;
      expect(smb.atRisk.map((account) => account.name)).toEqual(['Gamma']);
      expect(smb.health.map((total) => [total.band, total.accounts])).toEqual([['red', 0], ['yellow', 1], ['green', 1], ['none', 1]]);
    });
  });

  it('defaults to the last complete month and refuses bad input naming what was wrong', async () => {
    await withDashboard(async (call) => {
      const byDefault = (await call('metrics.dashboard', {})) as MetricsDashboardDto;
      expect(byDefault.report.period.last).toBe('2024-06');
      expect((await rejection(call('metrics.dashboard', { period: '2024-08' }))).message).toBe('Metrics period 2024-08 has not begun yet (today is 2024-07-10)');
      expect((await rejection(call('metrics.dashboard', { segment: 'Nope' }))).message).toBe('Unknown segment "Nope"; the segments are: Enterprise, SMB');
      expect((await rejection(call('metrics.dashboard', { months: 0 }))).code).toBe('BAD_INPUT');
    });
  });
});
