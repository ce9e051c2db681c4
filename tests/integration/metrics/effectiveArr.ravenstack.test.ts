import fs from 'node:fs';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBackend } from '../../../electron/backend';
import type { Backend } from '../../../electron/backend/types';
import { fixedClock, makeTempDir } from '../../helpers/tempDir';
import { ACCOUNTS_CSV, csmImport, initWorkspace, SUBSCRIPTIONS_CSV } from '../import/revenue/helpers';

// `csm import` scores the book on the real clock, so the back-end opened after it runs on the same
// day: a fixed day earlier than the import's would read the import's later snapshots instead.
const TODAY = new Date().toISOString().slice(0, 10);
const NEXT_YEAR = `${Number(TODAY.slice(0, 4)) + 1}${TODAY.slice(4, 7)}-28`;
const RED = 8;

/**
 * RavenStack's accounts file has no ARR column: every account's ARR comes from its subscriptions.
 * The expected figures are worked out here with plain SQL over the imported tables (and, for the
 * total, straight from the CSV), not with the workbench's own code.
 */
describe('effective ARR on RavenStack imported through csm import', () => {
  let temp: { dir: string; cleanup: () => void };
  let workspace: string;
  let backend: Backend;
  /** Account id to 12 × the MRR of its subscriptions active today. */
  let expected: Map<number, number>;
  let red: number[];

  beforeAll(async () => {
    temp = makeTempDir('csm-arr-raven-');
    workspace = await initWorkspace(temp.dir);
    const imported = await csmImport(workspace, [ACCOUNTS_CSV, SUBSCRIPTIONS_CSV]);
    expect(imported.revenue).toMatchObject({ new: 5000, invalid: 0 });

    const sqlite = new Database(workspace, { readonly: true });
    try {
      // The premise: nothing entered to weigh by.
      expect(sqlite.prepare('SELECT count(*) FROM accounts WHERE arr <> 0 OR mrr <> 0').pluck().get()).toBe(0);
      const rows = sqlite
        .prepare(
          `SELECT a.id, 12 * total(s.mrr) AS arr FROM accounts a
           LEFT JOIN subscriptions s ON s.account_id = a.id AND s.start_date <= :today AND (s.end_date IS NULL OR s.end_date > :today)
           GROUP BY a.id`,
        )
        .all({ today: TODAY }) as { id: number; arr: number }[];
      expected = new Map(rows.map((row) => [row.id, row.arr]));
    } finally {
      sqlite.close();
    }
    backend = await createBackend({ dbPath: workspace, ifMissing: 'fail', clock: fixedClock(`${TODAY}T09:00:00.000Z`) });

    // Eight accounts turned red by hand, spread over the ARR ranking (every 60th account by id).
    red = [...expected.keys()].sort((a, b) => a - b).filter((_, index) => index % 60 === 0).slice(0, RED);
    for (const accountId of red) {
      await backend.dispatch('health.setOverride', { accountId, band: 'red', reason: 'test: at risk', expiresOn: NEXT_YEAR });
    }
  }, 120_000);
  afterAll(async () => {
    await backend?.close();
    temp?.cleanup();
  });

  const byArr = (ids: number[], arr: (id: number) => number) => [...ids].sort((a, b) => arr(b) - arr(a) || a - b);

  it('derives every account’s ARR from its subscriptions active today', async () => {
    const total = [...expected.values()].reduce((sum, arr) => sum + arr, 0);
    // Straight from the file: every open-ended subscription is active today.
    const lines = fs.readFileSync(SUBSCRIPTIONS_CSV, 'utf8').split(/\r?\n/).slice(1).filter(Boolean);
    const openMrr = lines.map((line) => line.split(',')).filter((cells) => cells[3] === '').reduce((sum, cells) => sum + Number(cells[6]), 0);
    expect(total).toBe(12 * openMrr);
    expect(total).toBe(12 * 10_159_608);

    const { rows } = await backend.dispatch('accounts.list', {});
    expect(rows).toHaveLength(expected.size);
    for (const row of rows) expect([row.id, row.arr, row.arrSource]).toEqual([row.id, expected.get(row.id), 'revenue']);
    const book = await backend.dispatch('health.book', {});
    expect(new Map(book.accounts.map((account) => [account.id, account.arr]))).toEqual(expected);
  });

  it('weighs health bands and ranks the at-risk list by the derived ARR', async () => {
    const dashboard = await backend.dispatch('metrics.dashboard', {});
    const redBand = dashboard.health.find((total) => total.band === 'red')!;
    const redArr = red.reduce((sum, id) => sum + expected.get(id)!, 0);
    expect(redArr).toBeGreaterThan(0);
    expect(redBand).toMatchObject({ accounts: RED, arr: redArr, derivedArr: redArr });
    expect(redBand.accountIds).toEqual(byArr(red, (id) => expected.get(id)!));
    const allArr = dashboard.health.reduce((sum, total) => sum + total.arr, 0);
    expect(allArr).toBe([...expected.values()].reduce((sum, arr) => sum + arr, 0));

    expect(dashboard.atRiskTotal).toBe(RED);
    expect(dashboard.atRisk.map((account) => [account.id, account.arr, account.arrSource])).toEqual(
      byArr(red, (id) => expected.get(id)!).map((id) => [id, expected.get(id), 'revenue']),
    );
    // Not a flat list: the derived ARR does rank them.
    expect(new Set(dashboard.atRisk.map((account) => account.arr)).size).toBeGreaterThan(1);
  });

  it('an entered ARR wins over the derived one, everywhere', async () => {
    const [largest] = byArr(red, (id) => expected.get(id)!);
    await backend.dispatch('accounts.update', { id: largest!, patch: { arr: 1 } });
    const entered = (id: number) => (id === largest ? 1 : expected.get(id)!);

    const dashboard = await backend.dispatch('metrics.dashboard', {});
    expect(dashboard.atRisk.map((account) => [account.id, account.arr, account.arrSource])).toEqual(
      byArr(red, entered).map((id) => [id, entered(id), id === largest ? 'entered' : 'revenue']),
    );
    const redBand = dashboard.health.find((total) => total.band === 'red')!;
    const redArr = red.reduce((sum, id) => sum + entered(id), 0);
    expect(redBand).toMatchObject({ arr: redArr, derivedArr: redArr - 1 });

    const { rows } = await backend.dispatch('accounts.list', {});
    expect(rows.find((row) => row.id === largest)).toMatchObject({ arr: 1, arrSource: 'entered' });
    const book = await backend.dispatch('health.book', {});
    expect(book.accounts.find((account) => account.id === largest)).toMatchObject({ arr: 1, arrSource: 'entered' });
  });
});
