import { afterEach, describe, expect, it } from 'vitest';
import { recomputeHealth, writeKeyFeatures } from '../../../electron/backend/health';
import { readKeyFeatures } from '../../../electron/backend/health/keyFeatures';
import { gatherUsageInputs } from '../../../electron/backend/health/usageInputs';
import { usageInputsFromRows } from '../../../electron/backend/health/usageRowInputs';
import { SUMMARY_FORMAT } from '../../../electron/backend/health/usageSummaries';
import { inputWindows } from '../../../electron/backend/health/window';
import type { Workspace } from '../../../electron/backend/db/workspace';
import { seededRandom } from '../../helpers/salesforceExport';
import { daysBefore, NOW, openBook, TODAY } from './book';
import { accountsSql, insertUsage, randomUsageRows } from './randomUsage';

/**
 * A full recompute reads each account's usage summary (usage_summaries, kept fresh by triggers
 * and rebuilt on the next scoring) instead of its usage rows. The summary path must give exactly
 * what the row path gives (usageRowInputs.ts, itself checked against a plain fold in
 * usageFold.test.ts): same numbers to the last bit, on every shape of usage, on several days, and
 * after any write to one account's usage.
 */
const FIRST_ID = 10;
const ACCOUNTS = 200;
const ids = Array.from({ length: ACCOUNTS }, (_, i) => FIRST_ID + i);
const DAYS = [TODAY, daysBefore(9), daysBefore(40), daysBefore(-20)];

function bothPaths(workspace: Workspace, day: string) {
  const windows = inputWindows(day);
  const keyFeatures = readKeyFeatures(workspace.sqlite);
  const seatsWanted = new Set(ids.filter((id) => id % 2 === 0));
  const sorted = (map: Map<number, unknown>) => [...map].sort(([a], [b]) => a - b);
  return {
    summaries: sorted(gatherUsageInputs(workspace.sqlite, ids, windows, keyFeatures, seatsWanted)),
    rows: sorted(usageInputsFromRows(workspace.sqlite, ids, windows, keyFeatures, seatsWanted)),
  };
}

const summaryCount = (workspace: Workspace) => workspace.sqlite.prepare('SELECT count(*) FROM usage_summaries').pluck().get() as number;
const summaryOf = (workspace: Workspace, id: number) => workspace.sqlite.prepare('SELECT from_day, days FROM usage_summaries WHERE account_id = ?').get(id);

/** Every snapshot column a recompute writes but computed_at, by account and day. */
const snapshots = (workspace: Workspace) =>
  workspace.sqlite.prepare('SELECT account_id, date, score, band, breakdown, scorecard_id, scorecard_version, override_score, override_band FROM health_snapshots ORDER BY account_id, date').all();

describe('usage summaries', () => {
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0)) await cleanup();
  });

  /** `scorable`: no negative counts, which scoring refuses (the row path gives them all the same). */
  async function randomBook(seed: number, scorable = false) {
    const { workspace, cleanup } = await openBook(accountsSql(FIRST_ID, ACCOUNTS));
    cleanups.push(cleanup);
    insertUsage(workspace.sqlite, randomUsageRows(seededRandom(seed), FIRST_ID, ACCOUNTS, true));
    if (scorable) workspace.sqlite.exec('UPDATE usage SET active_users = abs(active_users), logins = abs(logins), features_used = abs(features_used), seats = abs(seats)');
    return workspace;
  }

  it.each([1, 2, 3, 4])('give exactly what the usage rows give on random book %i, built on one day and read on others', async (seed) => {
    const workspace = await randomBook(seed);
    for (const keyFeatures of [['A', 'B', 'X'], 4, null]) {
      if (keyFeatures === null) workspace.sqlite.prepare("DELETE FROM workspace_meta WHERE key = 'health.key_features'").run();
      else writeKeyFeatures(workspace.sqlite, keyFeatures);
      for (const day of DAYS) {
        const { summaries, rows } = bothPaths(workspace, day);
        expect(summaries, `key features ${JSON.stringify(keyFeatures)}, ${day}`).toEqual(rows);
      }
    }
    expect(summaryCount(workspace)).toBe(ACCOUNTS);
  });

  it('keep accounts whose rows a summary cannot hold exactly on the row path, with the same inputs', async () => {
    const workspace = await randomBook(5);
    workspace.sqlite.exec(`
      INSERT INTO usage (account_id, date, active_users, logins) VALUES (10, '${daysBefore(3)}T10:00:00Z', 4, 9), (10, '${daysBefore(3)}', 2, 2);
      INSERT INTO usage (account_id, date, active_users, logins) VALUES (11, '${daysBefore(4)}', 2.5, 7), (12, '${daysBefore(4)}', 'many', 3);
      INSERT INTO usage (account_id, date, logins) VALUES (13, '${daysBefore(5)}', 5000000000);
      INSERT INTO usage (account_id, date, feature) VALUES (14, '${daysBefore(6)}', 7), (15, '${daysBefore(6)}', x'00');
      INSERT INTO usage (account_id, date, logins) VALUES (16, 20260101, 3);
      INSERT INTO usage (account_id, date, active_users, logins) VALUES (17, '${daysBefore(7)}', 3, 40000);`);
    // The text columns store 7 as '7' and 20260101 as '20260101': a number-like feature name is a name like any other.
    writeKeyFeatures(workspace.sqlite, ['A', 'B', '7']);
    for (const day of DAYS) {
      const { summaries, rows } = bothPaths(workspace, day);
      expect(summaries, day).toEqual(rows);
    }
    const rowPath = workspace.sqlite.prepare('SELECT account_id FROM usage_summaries WHERE days IS NULL ORDER BY 1').pluck().all();
    expect(rowPath).toEqual([10, 11, 12, 13, 15, 16]);
    // 40,000 logins need 32-bit words; the other summaries fit 16 bits.
    const formats = workspace.sqlite.prepare('SELECT format, count(*) AS n FROM usage_summaries WHERE days IS NOT NULL GROUP BY format ORDER BY format').all();
    expect(formats).toEqual([{ format: SUMMARY_FORMAT.wide, n: 1 }, { format: SUMMARY_FORMAT.narrow, n: ACCOUNTS - 7 }]);
    expect(workspace.sqlite.prepare('SELECT format FROM usage_summaries WHERE account_id = 17').pluck().get()).toBe(SUMMARY_FORMAT.wide);
  });

  it('are dropped by any write to an account usage and rebuilt on its next scoring, which then equals scoring from scratch', async () => {
    const workspace = await randomBook(6, true);
    writeKeyFeatures(workspace.sqlite, ['A', 'B', 'X']);
    recomputeHealth(workspace, { now: NOW });
    expect(summaryCount(workspace)).toBe(ACCOUNTS + 3);
    const before = summaryOf(workspace, 20);
    const edits = [
      `INSERT INTO usage (account_id, date, active_users, logins, seats) VALUES (20, '${daysBefore(1)}', 3, 40, 9)`,
      `UPDATE usage SET logins = 77 WHERE account_id = 21`,
      `UPDATE usage SET account_id = 23 WHERE account_id = 22`,
      `DELETE FROM usage WHERE account_id = 24 AND date >= '${daysBefore(20)}'`,
      `INSERT INTO usage (account_id, date, feature) VALUES (25, '${daysBefore(2)}', 'B'), (26, '${daysBefore(80)}', 'A')`,
    ];
    for (const sql of edits) workspace.sqlite.exec(sql);
    for (const id of [20, 21, 22, 23, 24, 25, 26]) expect(summaryOf(workspace, id), `account ${id}`).toBeUndefined();
    expect(summaryCount(workspace)).toBe(ACCOUNTS + 3 - 7);

    recomputeHealth(workspace, { accountIds: [20, 21, 22, 23, 24, 25, 26], now: NOW });
    expect(summaryCount(workspace)).toBe(ACCOUNTS + 3);
    expect(summaryOf(workspace, 20)).not.toEqual(before);
    const incremental = snapshots(workspace);
    workspace.sqlite.exec('DELETE FROM usage_summaries; DELETE FROM health_snapshots;');
    recomputeHealth(workspace, { now: NOW });
    expect(snapshots(workspace)).toEqual(incremental);
    const { summaries, rows } = bothPaths(workspace, TODAY);
    expect(summaries).toEqual(rows);
  });

  it('go with their account, and a summary of another layout, too old for the day or damaged is rebuilt', async () => {
    const workspace = await randomBook(7, true);
    recomputeHealth(workspace, { now: NOW });
    workspace.sqlite.exec('DELETE FROM accounts WHERE id IN (30, 31)');
    expect(summaryOf(workspace, 30)).toBeUndefined();
    workspace.sqlite.exec(`UPDATE usage_summaries SET format = 99 WHERE account_id = 40;
      UPDATE usage_summaries SET from_day = '2020-01-01' WHERE account_id = 41;
      UPDATE usage_summaries SET from_day = 'damaged', days = x'0102' WHERE account_id = 42;`);
    recomputeHealth(workspace, { now: NOW });
    const stored = workspace.sqlite.prepare('SELECT account_id, format, from_day FROM usage_summaries WHERE account_id IN (40, 41, 42)').all();
    const from56 = inputWindows(TODAY).from56;
    expect(stored).toEqual([
      { account_id: 40, format: SUMMARY_FORMAT.narrow, from_day: from56 },
      { account_id: 41, format: SUMMARY_FORMAT.narrow, from_day: from56 },
      { account_id: 42, format: SUMMARY_FORMAT.narrow, from_day: from56 },
    ]);
  });
});
