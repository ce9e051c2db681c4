import Database from 'better-sqlite3';
import { createBackend } from '../../electron/backend';
import { timeMedian, type BenchRow } from './measure';

/**
 * Workspace load: open the file through the back-end (migration check included) and list the
 * portfolio, against a bare better-sqlite3 open and SELECT of the same account columns.
 */
export async function benchWorkspaceLoad(dbPath: string, runs = 5): Promise<BenchRow> {
  const ms = await timeMedian(runs, async () => {
    const backend = await createBackend({ dbPath, ifMissing: 'fail' });
    const { rows } = await backend.dispatch('accounts.list', {});
    if (rows.length === 0) throw new Error('no rows listed');
    await backend.close();
  });
  const baselineMs = await timeMedian(runs, () => {
    const sqlite = new Database(dbPath, { readonly: true });
    const rows = sqlite
      .prepare('SELECT id, name, tier, segment, owner, stage, status, mrr, arr, renewal_date FROM accounts')
      .all();
    if (rows.length === 0) throw new Error('no rows selected');
    sqlite.close();
  });
  return {
    name: 'workspace load + portfolio list',
    ms,
    baselineName: 'bare open + SELECT accounts',
    baselineMs,
    target: 'start < 1.5 s at 10k accounts',
  };
}
