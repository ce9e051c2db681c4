import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { listAccountRows } from '../../../electron/backend/db/repos/accounts';
import { openWorkspace } from '../../../electron/backend/db/workspace';
import { recomputeHealth } from '../../../electron/backend/health';
import { fixedClock, makeTempDir } from '../../helpers/tempDir';
import { writeOldWorkspace } from '../../helpers/oldWorkspace';
import { alphaUsageSql, BOOK_SQL, daysBefore, NOW } from './book';

describe('migration 0010_usage_summaries', () => {
  const cleanups: (() => void)[] = [];
  afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()));

  it('upgrades a workspace with usage: rows kept, no summary yet, then scored as before and summarised on the way', async () => {
    const { dir, cleanup } = makeTempDir();
    cleanups.push(cleanup);
    const file = path.join(dir, 'old.csm');
    const USAGE_SQL = 'SELECT id, account_id, date, feature, active_users, logins, features_used, seats FROM usage ORDER BY id';
    const before = await writeOldWorkspace(file, '0010', (sqlite) => {
      sqlite.exec(BOOK_SQL + alphaUsageSql());
      return sqlite.prepare(USAGE_SQL).all();
    });

    const workspace = await openWorkspace(file, { ifMissing: 'fail', clock: fixedClock() });
    try {
      const { sqlite: upgraded } = workspace;
      expect(upgraded.prepare(USAGE_SQL).all()).toEqual(before);
      expect(upgraded.prepare('SELECT count(*) FROM usage_summaries').pluck().get()).toBe(0);
      expect(upgraded.prepare("SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'usage' AND name LIKE 'usage_summaries%' ORDER BY name").pluck().all()).toEqual([
        'usage_summaries_stale_on_delete',
        'usage_summaries_stale_on_insert',
        'usage_summaries_stale_on_update',
      ]);
      recomputeHealth(workspace, { now: NOW });
      // The scores worked out by hand in migration.test.ts (0008), now read through the summaries.
      expect(listAccountRows(upgraded).map((row) => [row.name, row.healthScore, row.healthBand])).toEqual([
        ['Alpha', 81, 'green'],
        ['Beta', null, 'not_scored'],
        ['Gamma', null, 'not_scored'],
      ]);
      expect(upgraded.prepare('SELECT account_id, first_day IS NOT NULL AS used FROM usage_summaries ORDER BY 1').all()).toEqual([
        { account_id: 1, used: 1 },
        { account_id: 2, used: 0 },
        { account_id: 3, used: 0 },
      ]);
      upgraded.prepare('INSERT INTO usage (account_id, date, active_users) VALUES (2, ?, 1)').run(daysBefore(1));
      expect(upgraded.prepare('SELECT account_id FROM usage_summaries ORDER BY 1').pluck().all()).toEqual([1, 3]);
      upgraded.exec('DELETE FROM accounts WHERE id = 3');
      expect(upgraded.prepare('SELECT account_id FROM usage_summaries ORDER BY 1').pluck().all()).toEqual([1]);
    } finally {
      await workspace.close();
    }
  });
});
