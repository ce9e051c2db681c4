import { describe, expect, it } from 'vitest';
import type { Workspace } from '../../../electron/backend/db/workspace';
import { recomputeHealth, writeKeyFeatures } from '../../../electron/backend/health';
import { readKeyFeatures } from '../../../electron/backend/health/keyFeatures';
import { gatherUsageInputs } from '../../../electron/backend/health/usageInputs';
import { usageInputsFromRows } from '../../../electron/backend/health/usageRowInputs';
import { inputWindows } from '../../../electron/backend/health/window';
import { undoBatch } from '../../../electron/backend/import/sync';
import type { CustomValue } from '../../../shared/api/dto';
import { importRecords, useAccountsWorkspace } from '../import/objects/helpers';
import { rec, T2 } from '../import/sync/helpers';
import { daysBefore, NOW, TODAY } from './book';

/**
 * Usage written by the importer (a new batch, a changed row, an undo) drops the summaries of
 * exactly the accounts it touched, and rescoring them rebuilds them: the scores then equal a
 * recompute from nothing, and the summaries equal the rows.
 */
const t = useAccountsWorkspace();

const usage = (row: number, id: string, account: string, back: number, fields: Record<string, CustomValue>) =>
  rec(row, id, { externalId: id, accountExternalId: account, date: daysBefore(back), ...fields });

function summarised(ws: Workspace): number[] {
  return ws.sqlite.prepare('SELECT account_id FROM usage_summaries ORDER BY 1').pluck().all() as number[];
}

function expectAsFromNothing(ws: Workspace): void {
  const ids = [t.acmeId, t.globexId];
  const windows = inputWindows(TODAY);
  const keyFeatures = readKeyFeatures(ws.sqlite);
  const seats = new Set(ids);
  expect([...gatherUsageInputs(ws.sqlite, ids, windows, keyFeatures, seats)]).toEqual([...usageInputsFromRows(ws.sqlite, ids, windows, keyFeatures, seats)]);
  const snapshots = () => ws.sqlite.prepare('SELECT account_id, score, band, breakdown FROM health_snapshots ORDER BY account_id').all();
  const incremental = snapshots();
  ws.sqlite.exec('DELETE FROM usage_summaries; DELETE FROM health_snapshots');
  recomputeHealth(ws, { now: NOW });
  expect(snapshots()).toEqual(incremental);
}

describe('usage summaries and the importer', () => {
  it('follow an imported usage batch, a changed row and an undo, account by account', () => {
    writeKeyFeatures(t.ws.sqlite, ['Reports', 'API']);
    const first = Array.from({ length: 30 }, (_, k) =>
      k % 3 === 0 ? usage(k + 2, `U${k}`, 'A2', k, { feature: k % 2 === 0 ? 'Reports' : 'API' }) : usage(k + 2, `U${k}`, 'A1', k, { activeUsers: 3 + (k % 4), logins: 9, seats: 12 }),
    );
    expect(importRecords(t.ws, 'usage', first)).toMatchObject({ new: 30 });
    recomputeHealth(t.ws, { now: NOW });
    expect(summarised(t.ws)).toEqual([t.acmeId, t.globexId]);

    const changed = importRecords(t.ws, 'usage', [usage(2, 'U1', 'A1', 1, { activeUsers: 11, logins: 2, seats: 12 }), usage(3, 'U99', 'A1', 40, { activeUsers: 1, logins: 1 })], {}, T2);
    expect(changed).toMatchObject({ new: 1, updated: 1 });
    expect(summarised(t.ws)).toEqual([t.globexId]);
    recomputeHealth(t.ws, { accountIds: [t.acmeId], now: NOW });
    expect(summarised(t.ws)).toEqual([t.acmeId, t.globexId]);
    expectAsFromNothing(t.ws);

    recomputeHealth(t.ws, { now: NOW });
    undoBatch(t.ws, changed.batchId!);
    expect(summarised(t.ws)).toEqual([t.globexId]);
    recomputeHealth(t.ws, { accountIds: [t.acmeId], now: NOW });
    expectAsFromNothing(t.ws);
  });
});
