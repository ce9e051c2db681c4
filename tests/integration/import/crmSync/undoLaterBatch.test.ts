import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getBatch } from '../../../../electron/backend/db/repos/imports';
import type { Workspace } from '../../../../electron/backend/db/workspace';
import { commitImport, undoBatch } from '../../../../electron/backend/import/sync';
import { fixedClock } from '../../../helpers/tempDir';
import { T0, T1, T2, account, acme, batchOf, dump, globex, tempWorkspace } from '../sync/helpers';

const T3 = '2026-11-04T09:00:00.000Z';

let ws: Workspace;
let done: () => Promise<void>;
beforeEach(async () => ({ ws, done } = await tempWorkspace()));
afterEach(async () => done());

const importAt = (at: string, ...records: Parameters<typeof batchOf>[1]) => commitImport(ws, batchOf('accounts', records), { clock: fixedClock(at) });
const remembered = (id: number) =>
  JSON.parse((ws.sqlite.prepare("SELECT values_json FROM sync_record_state WHERE entity = 'account' AND entity_id = ?").pluck().get(id) as string)) as Record<string, unknown>;

describe('undo of a batch that a later batch built on, field by field', () => {
  it('goes ahead when the later batch wrote other fields of the same record, and keeps them', () => {
    const first = importAt(T0, acme(), globex());
    const acmeId = first.matches[0]!.recordId!;
    const afterFirst = dump(ws);
    const mrr = importAt(T1, acme({ mrr: 2000 }));
    const owner = importAt(T2, acme({ mrr: 2000, owner: 'Bob' }));
    expect([mrr, owner]).toMatchObject([{ updated: 1 }, { updated: 1 }]);

    undoBatch(ws, mrr.batchId!, { clock: fixedClock(T3) });
    // The MRR is back, in the record and in what was last imported; the later owner stays, with its time.
    expect(account(ws, acmeId)).toMatchObject({ mrr: 1000, owner: 'Bob', updated_at: T2 });
    expect(remembered(acmeId)).toMatchObject({ mrr: 1000, owner: 'Bob' });
    expect(getBatch(ws.sqlite, mrr.batchId!)?.undoneAt).toBe(T3);

    // Undoing the later batch too leaves the workspace exactly as the first import left it.
    undoBatch(ws, owner.batchId!, { clock: fixedClock(T3) });
    expect(dump(ws)).toEqual(afterFirst);
  });

  it('leaves the sync consistent: the undone change comes back as a CRM change on the next import', () => {
    const first = importAt(T0, acme());
    const acmeId = first.matches[0]!.recordId!;
    const mrr = importAt(T1, acme({ mrr: 2000 }));
    importAt(T2, acme({ mrr: 2000, owner: 'Bob' }));
    undoBatch(ws, mrr.batchId!);
    const again = importAt(T3, acme({ mrr: 2000, owner: 'Bob' }));
    expect(again).toMatchObject({ updated: 1, conflicts: 0 });
    expect(account(ws, acmeId)).toMatchObject({ mrr: 2000, owner: 'Bob' });
  });

  it('refuses, naming the record and field, when the later batch wrote a field this one wrote', () => {
    const first = importAt(T0, acme(), globex());
    const acmeId = first.matches[0]!.recordId!;
    const mrr = importAt(T1, acme({ mrr: 2000 }), globex({ mrr: 700 }));
    const again = importAt(T2, acme({ mrr: 3000 }), globex({ mrr: 700, region: 'EMEA' }));
    const before = dump(ws, { withBatchLog: true });
    expect(() => undoBatch(ws, mrr.batchId!)).toThrow(
      `Cannot undo import batch ${mrr.batchId}: later batch ${again.batchId} also changed the MRR of account "Acme"; undo batch ${again.batchId} first`,
    );
    expect(dump(ws, { withBatchLog: true })).toEqual(before);

    undoBatch(ws, again.batchId!);
    undoBatch(ws, mrr.batchId!);
    expect(account(ws, acmeId)).toMatchObject({ mrr: 1000 });
  });
});
