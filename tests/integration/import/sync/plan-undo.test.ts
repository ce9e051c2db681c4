import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getBatch, listBatches } from '../../../../electron/backend/db/repos/imports';
import type { Workspace } from '../../../../electron/backend/db/workspace';
import { commitImport, listConflicts, planImport, undoBatch } from '../../../../electron/backend/import/sync';
import { fixedClock } from '../../../helpers/tempDir';
import { T1, T2, acme, batchOf, dump, globex, rec, setAccount, tempWorkspace } from './helpers';

let ws: Workspace;
let done: () => Promise<void>;
beforeEach(async () => ({ ws, done } = await tempWorkspace()));
afterEach(async () => done());

describe('planImport', () => {
  it('previews the counts and reasons without writing anything', () => {
    const first = commitImport(ws, batchOf('accounts', [acme(), globex()], { full: true }), { clock: fixedClock(T1) });
    setAccount(ws, first.matches[0]!.recordId!, 'owner', 'Bob');
    const before = dump(ws, { withBatchLog: true });
    const batch = batchOf('accounts', [acme({ owner: 'Carl', mrr: 2000 }), rec(4, 'A3', { name: 'Initech' })], { full: true });
    const preview = planImport(ws, batch);
    expect(preview).toMatchObject({ batchId: null, new: 1, updated: 0, unchanged: 0, conflicts: 1, invalid: 0, missing: 1 });
    expect(dump(ws, { withBatchLog: true })).toEqual(before);
    // The commit does what the preview said.
    const committed = commitImport(ws, batch, { clock: fixedClock(T2) });
    expect({ ...committed, batchId: null, matches: committed.matches.map((m) => m.rule) }).toEqual({
      ...preview,
      matches: preview.matches.map((m) => m.rule),
    });
    expect(getBatch(ws.sqlite, committed.batchId!)).toMatchObject({
      file: 'accounts.csv',
      fileHash: 'hash-accounts',
      source: 'salesforce',
      object: 'accounts',
      mappingName: 'Salesforce default',
      full: true,
      counts: { new: 1, updated: 0, unchanged: 0, conflicts: 1, invalid: 0, missing: 1 },
      createdAt: T2,
      undoneAt: null,
    });
  });
});

describe('undoBatch', () => {
  it('restores exactly the state before the batch: values, inserts, state, conflicts, flags', () => {
    const first = commitImport(ws, batchOf('accounts', [acme({}, { Plan: 'gold' }), globex()], { full: true }), {
      clock: fixedClock(T1),
    });
    setAccount(ws, first.matches[0]!.recordId!, 'owner', 'Bob');
    commitImport(ws, batchOf('contacts', [rec(2, 'C1', { accountExternalId: 'A1', email: 'jo@acme.com' })]), { clock: fixedClock(T1) });
    const before = dump(ws);

    const second = commitImport(
      ws,
      batchOf('accounts', [acme({ owner: 'Carl', mrr: 2000 }, { Plan: 'silver', New: 1 }), rec(4, 'A3', { name: 'Initech' })], {
        full: true,
      }),
      { clock: fixedClock(T2) },
    );
    expect(second).toMatchObject({ new: 1, conflicts: 1, missing: 1 });
    expect(dump(ws)).not.toEqual(before);

    undoBatch(ws, second.batchId!, { clock: fixedClock(T2) });
    expect(dump(ws)).toEqual(before);
    expect(getBatch(ws.sqlite, second.batchId!)?.undoneAt).toBe(T2);
    expect(() => undoBatch(ws, second.batchId!)).toThrow(`Import batch ${second.batchId} was already undone`);
    expect(listBatches(ws.sqlite).map((b) => b.id)).toEqual([second.batchId, 2, 1]);
  });

  it('undoes a first import completely, external ids and remembered values included', () => {
    const before = dump(ws);
    const batch = commitImport(ws, batchOf('accounts', [acme(), globex()]), { clock: fixedClock(T1) });
    undoBatch(ws, batch.batchId!);
    expect(dump(ws)).toEqual(before);
  });

  it('refuses to undo a batch that a later batch built on, and says which', () => {
    const first = commitImport(ws, batchOf('accounts', [acme()]), { clock: fixedClock(T1) });
    const second = commitImport(ws, batchOf('accounts', [acme({ mrr: 3000 })]), { clock: fixedClock(T2) });
    expect(() => undoBatch(ws, first.batchId!)).toThrow(
      `Cannot undo import batch ${first.batchId}: later batch ${second.batchId} changed the same records; undo it first`,
    );
    undoBatch(ws, second.batchId!);
    undoBatch(ws, first.batchId!);
    expect(ws.sqlite.prepare('SELECT count(*) AS n FROM accounts').get()).toEqual({ n: 0 });
  });

  it('refuses to delete an imported account that has contacts added since', () => {
    const accounts = commitImport(ws, batchOf('accounts', [acme()]), { clock: fixedClock(T1) });
    commitImport(ws, batchOf('contacts', [rec(2, 'C1', { accountExternalId: 'A1' })]), { clock: fixedClock(T1) });
    const before = dump(ws, { withBatchLog: true });
    expect(() => undoBatch(ws, accounts.batchId!)).toThrow(/account 1 it created now has contacts \(1\)/);
    expect(dump(ws, { withBatchLog: true })).toEqual(before);
  });

  it('an identical re-import touches nothing, so it never blocks undoing the first', () => {
    const first = commitImport(ws, batchOf('accounts', [acme()]), { clock: fixedClock(T1) });
    commitImport(ws, batchOf('accounts', [acme()]), { clock: fixedClock(T2) });
    expect(listConflicts(ws)).toEqual([]);
    undoBatch(ws, first.batchId!);
    expect(ws.sqlite.prepare('SELECT count(*) AS n FROM accounts').get()).toEqual({ n: 0 });
  });

  it('refuses to undo a batch whose records were edited here since, created or updated, and names them', () => {
    const created = commitImport(ws, batchOf('accounts', [acme(), globex()]), { clock: fixedClock(T1) });
    const acmeId = created.matches[0]!.recordId!;
    ws.sqlite.prepare('UPDATE accounts SET owner = ?, updated_at = ? WHERE id = ?').run('Me', T2, acmeId);
    const before = dump(ws, { withBatchLog: true });
    expect(() => undoBatch(ws, created.batchId!)).toThrow(
      `Cannot undo import batch ${created.batchId}: 1 account it wrote was edited here since (Acme); undoing would lose those edits`,
    );
    expect(dump(ws, { withBatchLog: true })).toEqual(before);

    // A batch that only updated a record is held back the same way by a later local edit.
    const updated = commitImport(ws, batchOf('accounts', [globex({ mrr: 900 })]), { clock: fixedClock(T2) });
    expect(updated).toMatchObject({ updated: 1 });
    ws.sqlite.prepare("UPDATE accounts SET region = 'EMEA', updated_at = ? WHERE name = 'Globex'").run('2026-11-04T09:00:00.000Z');
    expect(() => undoBatch(ws, updated.batchId!)).toThrow(/1 account it wrote was edited here since \(Globex\)/);
  });

  it('says when there is no such batch', () => {
    expect(() => undoBatch(ws, 99)).toThrow('No import batch 99');
  });
});
