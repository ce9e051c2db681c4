import type Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MetricsReportDto } from '../../../shared/api/metricsDto';
import { makeTempDir } from '../../helpers/tempDir';
import { runInProcess } from '../cli/run';
import { ACCOUNTS_CSV, csmImport, initWorkspace, RAVENSTACK_ACTIVE_MRR, SUBSCRIPTIONS_CSV, withOpenWorkspace } from '../import/revenue/helpers';

/**
 * RavenStack imported through `csm import`, its metrics checked against a computation written
 * here from scratch: one plain SQL query per month end, then the definitions of DOMAIN.md in JS.
 *
 * Churn signal: an account has churned when all of its MRR is gone at the month end, i.e. none
 * of its subscriptions is active on the month's last day (started on or before it, no end date
 * or one after it). The dataset's own signals are not used: accounts.churn_flag and
 * ravenstack_churn_events.csv disagree with each other and with the subscriptions' end dates.
 */

/** 2023-11 and 2024-09 have a churned account, 2024-02 a reactivated one, 2024-12 the last month of data. */
const MONTHS = ['2023-11', '2024-02', '2024-06', '2024-09', '2024-12'];
const FIRST_MONTH = '2023-01'; // the first subscription starts in January 2023

function addMonths(month: string, count: number): string {
  const [year, m] = month.split('-').map(Number) as [number, number];
  const date = new Date(Date.UTC(year, m - 1 + count, 1));
  return date.toISOString().slice(0, 7);
}

function monthEnd(month: string): string {
  const [year, m] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(year, m, 0)).toISOString().slice(0, 10);
}

/** Active MRR per account on one day, straight from the subscriptions table. */
function mrrOn(sqlite: Database.Database, day: string): Map<number, number> {
  const rows = sqlite
    .prepare('SELECT account_id AS id, sum(mrr) AS mrr FROM subscriptions WHERE start_date <= ? AND (end_date IS NULL OR end_date > ?) GROUP BY account_id HAVING sum(mrr) > 0')
    .all(day, day) as { id: number; mrr: number }[];
  return new Map(rows.map((row) => [row.id, row.mrr]));
}

interface ByHand {
  startMrr: number;
  endMrr: number;
  counts: { start: number; end: number; new: number; reactivated: number; churned: number };
  moves: { new: number; expansion: number; contraction: number; churned: number; reactivation: number };
  churnedIds: number[];
  logoChurnRate: number;
}

function byHand(sqlite: Database.Database, month: string): ByHand {
  const start = mrrOn(sqlite, monthEnd(addMonths(month, -1)));
  const end = mrrOn(sqlite, monthEnd(month));
  const paidBefore = new Set<number>();
  for (let m = FIRST_MONTH; m < addMonths(month, -1); m = addMonths(m, 1)) for (const id of mrrOn(sqlite, monthEnd(m)).keys()) paidBefore.add(id);
  const moves = { new: 0, expansion: 0, contraction: 0, churned: 0, reactivation: 0 };
  const counts = { start: start.size, end: end.size, new: 0, reactivated: 0, churned: 0 };
  const churnedIds: number[] = [];
  for (const [id, before] of start) {
    const after = end.get(id) ?? 0;
    if (after === 0) {
      moves.churned += before;
      counts.churned += 1;
      churnedIds.push(id);
    } else if (after < before) moves.contraction += before - after;
    else moves.expansion += after - before;
  }
  for (const [id, after] of end) {
    if (start.has(id)) continue;
    if (paidBefore.has(id)) {
      moves.reactivation += after;
      counts.reactivated += 1;
    } else {
      moves.new += after;
      counts.new += 1;
    }
  }
  const sum = (map: Map<number, number>) => [...map.values()].reduce((a, b) => a + b, 0);
  return { startMrr: sum(start), endMrr: sum(end), counts, moves, churnedIds: churnedIds.sort((a, b) => a - b), logoChurnRate: counts.churned / counts.start };
}

describe('metrics of RavenStack imported through csm import, against plain SQL', () => {
  let dir: { dir: string; cleanup: () => void };
  let workspace: string;
  beforeAll(async () => {
    dir = makeTempDir('csm-metrics-raven-');
    workspace = await initWorkspace(dir.dir);
    const imported = await csmImport(workspace, [ACCOUNTS_CSV, SUBSCRIPTIONS_CSV]);
    expect(imported.revenue).toMatchObject({ new: 5000, invalid: 0 });
  }, 60_000);
  afterAll(() => dir.cleanup());

  async function metrics(period: string): Promise<MetricsReportDto> {
    const result = await runInProcess(['metrics', '--workspace', workspace, '--period', period, '--json']);
    expect(result.stderr).toBe('');
    return JSON.parse(result.stdout) as MetricsReportDto;
  }

  it.each(MONTHS)('%s: MRR movements, customer counts and every rate match', async (month) => {
    const report = await metrics(month);
    const hand = await withOpenWorkspace(workspace, (ws) => byHand(ws.sqlite, month));
    expect(report.mrr).toEqual({ start: hand.startMrr, end: hand.endMrr });
    expect(report.customers).toMatchObject(hand.counts);
    expect(report.mrrMovements).toEqual(hand.moves);
    expect(report.drilldown.revenue.churned.map((change) => change.accountId).sort((a, b) => a - b)).toEqual(hand.churnedIds);

    const { moves, startMrr, counts } = hand;
    const lost = moves.churned + moves.contraction;
    expect(report.logoChurnRate).toBeCloseTo(hand.logoChurnRate, 12);
    expect(report.grossMrrChurn).toBeCloseTo(lost / startMrr, 12);
    expect(report.netMrrChurn).toBeCloseTo((lost - moves.expansion - moves.reactivation) / startMrr, 12);
    expect(report.grr).toBeCloseTo((startMrr - lost) / startMrr, 12);
    expect(report.nrr).toBeCloseTo((startMrr + moves.expansion + moves.reactivation - lost) / startMrr, 12);
    expect(report.crr).toBeCloseTo((counts.end - counts.new - counts.reactivated) / counts.start, 12);
    expect(report.arpa).toBeCloseTo(hand.endMrr / counts.end, 6);

    // LTV = ARPA ÷ the plain mean of the 6 monthly logo churn rates ending with the month.
    const trailing = await withOpenWorkspace(workspace, (ws) => [0, 1, 2, 3, 4, 5].map((back) => byHand(ws.sqlite, addMonths(month, -back)).logoChurnRate));
    const averageChurn = trailing.reduce((a, b) => a + b, 0) / trailing.length;
    if (averageChurn === 0) expect(report.ltv).toBeNull();
    else expect(report.ltv).toBeCloseTo(hand.endMrr / counts.end / averageChurn, 4);
  });

  it('the months checked include churn, reactivation and a month without churn (LTV n/a)', async () => {
    const reports: MetricsReportDto[] = [];
    for (const month of MONTHS) reports.push(await metrics(month));
    expect(reports.map((report) => report.customers.churned)).toEqual([1, 0, 0, 1, 0]);
    expect(reports.map((report) => report.customers.reactivated)).toEqual([0, 1, 0, 0, 0]);
    expect(reports[2]!.ltv).toBeNull();
  });

  it('the end of December 2024 holds the active MRR the fixtures README gives for 2024-12-31', async () => {
    const [day, mrr] = RAVENSTACK_ACTIVE_MRR.find(([date]) => date === '2024-12-31')!;
    expect(day).toBe(monthEnd('2024-12'));
    expect((await metrics('2024-12')).mrr.end).toBe(mrr);
  });
});
