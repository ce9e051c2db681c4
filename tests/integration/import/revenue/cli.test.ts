import { describe, expect, it } from 'vitest';
import { activeMrrOn } from '../../../../electron/backend/db/repos/revenue';
import { undoBatch } from '../../../../electron/backend/import/sync';
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

describe('csm import of RavenStack accounts and subscriptions', () => {
  const tempDir = useTempDirs();

  it('imports 500 accounts and 5,000 subscriptions, re-imports as unchanged, and undo drops the MRR to 0', async () => {
    const workspace = await initWorkspace(tempDir());
    const first = await csmImport(workspace, [ACCOUNTS_CSV, SUBSCRIPTIONS_CSV]);
    expect(first.accounts).toMatchObject({ new: 500, invalid: 0, conflicts: 0 });
    expect(first.revenue).toMatchObject({ new: 5000, invalid: 0, conflicts: 0 });
    const before = await withOpenWorkspace(workspace, (ws) => {
      for (const [day, mrr] of RAVENSTACK_ACTIVE_MRR) expect(activeMrrOn(ws.sqlite, day), day).toBe(mrr);
      return dumpTables(ws);
    });

    const again = await csmImport(workspace, [ACCOUNTS_CSV, SUBSCRIPTIONS_CSV]);
    expect(again.accounts).toMatchObject({ new: 0, updated: 0, unchanged: 500, conflicts: 0 });
    expect(again.revenue).toMatchObject({ new: 0, updated: 0, unchanged: 5000, conflicts: 0 });
    expect(await withOpenWorkspace(workspace, dumpTables)).toBe(before);

    await withOpenWorkspace(workspace, (ws) => {
      expect(again.revenue!.batchId).toBeNull(); // nothing changed: no batch in the history
      undoBatch(ws, first.revenue!.batchId!);
      for (const [day] of RAVENSTACK_ACTIVE_MRR) expect(activeMrrOn(ws.sqlite, day), day).toBe(0);
      expect(ws.sqlite.prepare('SELECT count(*) AS n FROM subscriptions').get()).toEqual({ n: 0 });
    });
  });

  it('reports a subscription whose account is unknown as invalid, with the reason', async () => {
    const dir = tempDir();
    const workspace = await initWorkspace(dir);
    const csv = writeSubscriptionsCsv(dir, ['S-orphan,A-nobody,2024-01-10,,Basic,5,200,2400,False,False,False,False,monthly,True']);
    const result = await csmImport(workspace, [ACCOUNTS_CSV, csv]);
    expect(result.revenue).toMatchObject({ new: 0, invalid: 1 });
    expect(result.revenue!.errors[0]?.reason).toBe('unknown account: no account has generic id A-nobody (import the accounts first)');
  });
});
