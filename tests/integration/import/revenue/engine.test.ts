import { describe, expect, it } from 'vitest';
import { activeMrrByAccountOn, activeMrrOn } from '../../../../electron/backend/db/repos/revenue';
import { runImport, tablesFromFiles } from '../../../../electron/backend/import/run';
import { undoBatch } from '../../../../electron/backend/import/sync';
import type { ImportSummary } from '../../../../electron/backend/import/types';
import {
  ACCOUNTS_CSV,
  csmImport,
  dumpTables,
  initWorkspace,
  RAVENSTACK_ACTIVE_MRR,
  SUBSCRIPTIONS_CSV,
  useTempDirs,
  withOpenWorkspace,
  writeSubscriptionsCsv,
} from './helpers';

/** The sync of subscriptions through the real reader, mapping (generic profile) and engine. */
async function importSubscriptions(workspaceFile: string, csv: string): Promise<ImportSummary> {
  const [table, ...others] = await tablesFromFiles([csv], {});
  if (!table) throw new Error(`${csv} gave no table`);
  expect(others).toEqual([]);
  expect(table.spec.object).toBe('revenue');
  // The generic profile reads subscription_id as the record's id, not as a custom field.
  expect(table.spec.columns['subscription_id']).toBe('externalId');
  const result = await withOpenWorkspace(workspaceFile, (workspace) =>
    runImport(workspace, [table], { full: false, dryRun: false, clock: () => new Date('2026-11-23T09:00:00Z') }),
  );
  return result.tables[0]!;
}

describe('revenue sync (subscriptions) on the RavenStack files', () => {
  const tempDir = useTempDirs();

  it('imports 5,000 subscriptions whose active MRR matches the separate tool, re-imports as unchanged, and undoes', async () => {
    const workspace = await initWorkspace(tempDir());
    expect((await csmImport(workspace, [ACCOUNTS_CSV])).accounts).toMatchObject({ new: 500, invalid: 0 });

    const first = await importSubscriptions(workspace, SUBSCRIPTIONS_CSV);
    expect(first).toMatchObject({ object: 'revenue', new: 5000, updated: 0, conflicts: 0, invalid: 0 });
    const before = await withOpenWorkspace(workspace, (ws) => {
      for (const [day, mrr] of RAVENSTACK_ACTIVE_MRR) expect(activeMrrOn(ws.sqlite, day), day).toBe(mrr);
      const byAccount = activeMrrByAccountOn(ws.sqlite, '2024-12-31');
      expect([...byAccount.values()].reduce((sum, mrr) => sum + mrr, 0)).toBe(10159608);
      expect(byAccount.size).toBeLessThanOrEqual(500);
      return dumpTables(ws);
    });

    expect((await csmImport(workspace, [ACCOUNTS_CSV])).accounts).toMatchObject({ new: 0, updated: 0, unchanged: 500 });
    const again = await importSubscriptions(workspace, SUBSCRIPTIONS_CSV);
    expect(again).toMatchObject({ new: 0, updated: 0, unchanged: 5000, conflicts: 0, invalid: 0 });
    expect(await withOpenWorkspace(workspace, dumpTables)).toBe(before);

    await withOpenWorkspace(workspace, (ws) => {
      expect(again.batchId).toBeNull(); // the unchanged re-import wrote nothing, so it left no batch to undo
      undoBatch(ws, first.batchId!);
      for (const [day] of RAVENSTACK_ACTIVE_MRR) expect(activeMrrOn(ws.sqlite, day), day).toBe(0);
      expect(ws.sqlite.prepare('SELECT count(*) AS n FROM subscriptions').get()).toEqual({ n: 0 });
      expect(ws.sqlite.prepare("SELECT count(*) AS n FROM external_ids WHERE entity = 'subscription'").get()).toEqual({ n: 0 });
      expect(ws.sqlite.prepare("SELECT count(*) AS n FROM sync_record_state WHERE entity = 'subscription'").get()).toEqual({ n: 0 });
      expect(ws.sqlite.prepare('SELECT count(*) AS n FROM accounts').get()).toEqual({ n: 500 });
    });
  });

  it('refuses a subscription of an unknown account, one without an id and one that ends before it starts, each with a reason', async () => {
    const dir = tempDir();
    const workspace = await initWorkspace(dir);
    await csmImport(workspace, [ACCOUNTS_CSV]);
    const csv = writeSubscriptionsCsv(dir, [
      'S-good01,A-2e4581,2024-01-10,,Basic,5,100,1200,False,False,False,False,monthly,True',
      'S-orphan,A-nobody,2024-01-10,,Basic,5,200,2400,False,False,False,False,monthly,True',
      ',A-2e4581,2024-01-10,,Basic,5,300,3600,False,False,False,False,monthly,True',
      'S-backwd,A-2e4581,2024-05-10,2024-01-10,Basic,5,400,4800,False,False,False,False,monthly,True',
    ]);
    const summary = await importSubscriptions(workspace, csv);
    expect(summary).toMatchObject({ new: 1, invalid: 3 });
    expect(summary.errors.map((error) => [error.row, error.reason])).toEqual([
      [3, 'unknown account: no account has generic id A-nobody (import the accounts first)'],
      [4, expect.stringContaining('a subscription needs its id in the source')],
      [5, 'endDate 2024-01-10 is before startDate 2024-05-10'],
    ]);
    await withOpenWorkspace(workspace, (ws) => expect(activeMrrOn(ws.sqlite, '2024-02-01')).toBe(100));
  });

  it('a changed end date in the next export updates the subscription and the active MRR', async () => {
    const dir = tempDir();
    const workspace = await initWorkspace(dir);
    await csmImport(workspace, [ACCOUNTS_CSV]);
    const row = (end: string) => `S-one,A-2e4581,2024-01-10,${end},Basic,5,100,1200,False,False,False,False,monthly,True`;
    expect(await importSubscriptions(workspace, writeSubscriptionsCsv(dir, [row('')]))).toMatchObject({ new: 1 });
    expect(await importSubscriptions(workspace, writeSubscriptionsCsv(dir, [row('2024-03-01')]))).toMatchObject({ new: 0, updated: 1 });
    await withOpenWorkspace(workspace, (ws) => {
      expect(activeMrrOn(ws.sqlite, '2024-02-29')).toBe(100);
      expect(activeMrrOn(ws.sqlite, '2024-03-01')).toBe(0);
    });
  });
});
