import path from 'node:path';
import type Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { listAccountRows } from '../../../electron/backend/db/repos/accounts';
import { openWorkspace } from '../../../electron/backend/db/workspace';
import { recomputeHealth } from '../../../electron/backend/health';
import { fixedClock, makeTempDir } from '../../helpers/tempDir';
import { writeOldWorkspace } from '../../helpers/oldWorkspace';
import { BOOK_SQL, alphaUsageSql, NOW } from './book';

describe('migration 0008_health', () => {
  const cleanups: (() => void)[] = [];
  afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()));

  it('upgrades a workspace with data: rows kept, health tables empty, then scored like a new one', async () => {
    const { dir, cleanup } = makeTempDir();
    cleanups.push(cleanup);
    const file = path.join(dir, 'old.csm');
    const counts = (s: Database.Database) =>
      ['accounts', 'usage', 'activities', 'nps_responses', 'opportunities'].map((table) => s.prepare(`SELECT count(*) FROM ${table}`).pluck().get());
    const before = await writeOldWorkspace(file, '0008', (sqlite) => {
      sqlite.exec(BOOK_SQL + alphaUsageSql());
      return counts(sqlite);
    });

    const workspace = await openWorkspace(file, { ifMissing: 'fail', clock: fixedClock() });
    try {
      expect(counts(workspace.sqlite)).toEqual(before);
      for (const table of ['health_scorecards', 'health_snapshots', 'health_overrides']) {
        expect(workspace.sqlite.prepare(`SELECT count(*) FROM ${table}`).pluck().get(), table).toBe(0);
      }
      expect(listAccountRows(workspace.sqlite).map((row) => row.healthBand)).toEqual([null, null, null]);
      recomputeHealth(workspace, { now: NOW });
      expect(listAccountRows(workspace.sqlite).map((row) => [row.name, row.healthScore, row.healthBand])).toEqual([
        ['Alpha', 81, 'green'],
        ['Beta', null, 'not_scored'],
        ['Gamma', null, 'not_scored'],
      ]);
      expect(listAccountRows(workspace.sqlite, 1).map((row) => row.healthScore)).toEqual([81]);
    } finally {
      await workspace.close();
    }
  });

  it("deletes an account's snapshots and overrides with the account, and refuses an override with no reason", async () => {
    const { dir, cleanup } = makeTempDir();
    cleanups.push(cleanup);
    const workspace = await openWorkspace(path.join(dir, 'w.csm'), { ifMissing: 'create', clock: fixedClock() });
    try {
      workspace.sqlite.exec(BOOK_SQL);
      recomputeHealth(workspace, { now: NOW });
      expect(() => workspace.sqlite.prepare("INSERT INTO health_overrides (account_id, kind, band, reason, expires_on, created_at) VALUES (1, 'override', 'red', '  ', '2027-01-01', 't')").run()).toThrow(/CHECK/);
      workspace.sqlite.prepare("INSERT INTO health_overrides (account_id, kind, band, reason, expires_on, created_at) VALUES (1, 'override', 'red', 'why', '2027-01-01', 't')").run();
      workspace.sqlite.exec('DELETE FROM accounts WHERE id = 1');
      expect(workspace.sqlite.prepare('SELECT count(*) FROM health_snapshots WHERE account_id = 1').pluck().get()).toBe(0);
      expect(workspace.sqlite.prepare('SELECT count(*) FROM health_overrides').pluck().get()).toBe(0);
    } finally {
      await workspace.close();
    }
  });
});
