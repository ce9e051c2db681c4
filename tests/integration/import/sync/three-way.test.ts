import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Workspace } from '../../../../electron/backend/db/workspace';
import { commitImport, listConflicts, resolveConflicts } from '../../../../electron/backend/import/sync';
import { fixedClock } from '../../../helpers/tempDir';
import { T1, T2, acme, account, batchOf, dump, globex, setAccount, tempWorkspace } from './helpers';

let ws: Workspace;
let done: () => Promise<void>;
beforeEach(async () => ({ ws, done } = await tempWorkspace()));
afterEach(async () => done());

const importAccounts = (records: ReturnType<typeof acme>[], at = T1) =>
  commitImport(ws, batchOf('accounts', records), { clock: fixedClock(at) });

describe('re-import is a sync', () => {
  it('inserts new records with every field, their external id and the remembered values', () => {
    const summary = importAccounts([acme({}, { 'Health Notes': 'fine' }), globex()]);
    expect(summary).toMatchObject({ new: 2, updated: 0, unchanged: 0, conflicts: 0, invalid: 0, missing: 0 });
    const [first] = summary.matches;
    expect(first).toEqual({ row: 2, recordId: expect.any(Number) as number, rule: expect.stringContaining('new account') as string });
    const row = account(ws, first!.recordId!);
    expect(row).toMatchObject({ name: 'Acme', domain: 'acme.com', tier: 'strategic', mrr: 1000, owner: 'Ann', created_at: T1 });
    expect(JSON.parse(row['custom_fields'] as string)).toEqual({ 'Health Notes': 'fine' });
    expect(ws.sqlite.prepare("SELECT external_id FROM external_ids WHERE entity = 'account' ORDER BY 1").all()).toEqual([
      { external_id: 'A1' },
      { external_id: 'A2' },
    ]);
    // What was imported stays implicit in the record itself: no state row, the batch's mark.
    const stateOf = (id: number) =>
      ws.sqlite
        .prepare("SELECT values_json AS json, batch_id AS batchId FROM sync_record_state WHERE entity = 'account' AND source = 'salesforce' AND entity_id = ?")
        .get(id) as { json: string; batchId: number } | undefined;
    expect(stateOf(first!.recordId!)).toBeUndefined();
    expect(row['sync_base_batch']).toBe(summary.batchId);
    // The first change of any kind (here a hand edit) writes it out, as it was before the change.
    setAccount(ws, first!.recordId!, 'mrr', 1200);
    const state = stateOf(first!.recordId!)!;
    expect(JSON.parse(state.json)).toEqual({
      name: 'Acme',
      domain: 'acme.com',
      tier: 'strategic',
      mrr: 1000,
      owner: 'Ann',
      'custom:Health Notes': 'fine',
    });
    expect(state.batchId).toBe(summary.batchId);
    expect(account(ws, first!.recordId!)['sync_base_batch']).toBeNull();
  });

  it('changes nothing when the same batch is imported twice', () => {
    importAccounts([acme({}, { 'Health Notes': 'fine' }), globex()]);
    const before = dump(ws);
    const again = importAccounts([acme({}, { 'Health Notes': 'fine' }), globex()], T2);
    expect(again).toMatchObject({ new: 0, updated: 0, unchanged: 2, conflicts: 0 });
    expect(dump(ws)).toEqual(before); // updated_at included: no record was rewritten
    // Nor is there a batch in the history that undo would have nothing to put back for.
    expect(again.batchId).toBeNull();
    expect(ws.sqlite.prepare('SELECT count(*) AS n FROM import_batches').get()).toEqual({ n: 1 });
    expect(ws.sqlite.prepare('SELECT count(*) AS n FROM import_batch_changes WHERE batch_id <> 1').get()).toEqual({ n: 0 });
  });

  it('keeps the batch of an all-unchanged import that still wrote something (a new link, remembered values)', () => {
    importAccounts([acme()]);
    const linked = commitImport(ws, batchOf('accounts', [acme()], { source: 'hubspot' }), { clock: fixedClock(T2) });
    expect(linked).toMatchObject({ new: 0, unchanged: 1 });
    expect(linked.batchId).toEqual(expect.any(Number));
    expect(ws.sqlite.prepare('SELECT count(*) AS n FROM import_batches').get()).toEqual({ n: 2 });
  });

  it('takes a field only the CRM changed', () => {
    const id = importAccounts([acme()]).matches[0]!.recordId!;
    const summary = importAccounts([acme({ mrr: 1500 }, { 'Health Notes': 'new' })], T2);
    expect(summary).toMatchObject({ updated: 1, conflicts: 0 });
    expect(account(ws, id)).toMatchObject({ mrr: 1500, updated_at: T2 });
    expect(JSON.parse(account(ws, id)['custom_fields'] as string)).toEqual({ 'Health Notes': 'new' });
  });

  it('keeps a field only the user changed', () => {
    const id = importAccounts([acme({}, { Plan: 'gold' })]).matches[0]!.recordId!;
    setAccount(ws, id, 'owner', 'Bob');
    setAccount(ws, id, 'custom_fields', JSON.stringify({ Plan: 'platinum' }));
    const summary = importAccounts([acme({}, { Plan: 'gold' })], T2);
    expect(summary).toMatchObject({ updated: 0, unchanged: 1, conflicts: 0 });
    expect(account(ws, id)['owner']).toBe('Bob');
    expect(JSON.parse(account(ws, id)['custom_fields'] as string)).toEqual({ Plan: 'platinum' });
  });

  it('records a conflict when both changed, keeps local, and the user resolves it either way', () => {
    const id = importAccounts([acme({}, { Plan: 'gold' })]).matches[0]!.recordId!;
    setAccount(ws, id, 'owner', 'Bob');
    setAccount(ws, id, 'tier', 'mid-touch');
    setAccount(ws, id, 'custom_fields', JSON.stringify({ Plan: 'platinum' }));
    const incoming = () => acme({ owner: 'Carl', tier: 'tech-touch' }, { Plan: 'silver' });
    const summary = importAccounts([incoming()], T2);
    expect(summary).toMatchObject({ conflicts: 1, updated: 0 });
    expect(account(ws, id)).toMatchObject({ owner: 'Bob', tier: 'mid-touch' });

    const open = listConflicts(ws);
    expect(open.map((c) => [c.field, c.local, c.incoming, c.lastImported, c.status])).toEqual([
      ['tier', 'mid-touch', 'tech-touch', 'strategic', 'open'],
      ['owner', 'Bob', 'Carl', 'Ann', 'open'],
      ['custom:Plan', 'platinum', 'silver', 'gold', 'open'],
    ]);
    // The same export again does not ask the same question twice.
    expect(importAccounts([incoming()], T2)).toMatchObject({ conflicts: 0, unchanged: 1 });
    expect(listConflicts(ws)).toHaveLength(3);

    const byField = new Map(open.map((c) => [c.field, c.id]));
    resolveConflicts(ws, [byField.get('owner')!, byField.get('custom:Plan')!], 'take_incoming', { clock: fixedClock(T2) });
    resolveConflicts(ws, [byField.get('tier')!], 'keep_local', { clock: fixedClock(T2) });
    expect(account(ws, id)).toMatchObject({ owner: 'Carl', tier: 'mid-touch' });
    expect(JSON.parse(account(ws, id)['custom_fields'] as string)).toEqual({ Plan: 'silver' });
    expect(listConflicts(ws)).toEqual([]);
    expect(listConflicts(ws, { includeResolved: true }).map((c) => c.status).sort()).toEqual([
      'kept_local',
      'took_incoming',
      'took_incoming',
    ]);
    // After the answers, the same export is quiet: kept local values stay kept.
    expect(importAccounts([incoming()], T2)).toMatchObject({ conflicts: 0, unchanged: 1, updated: 0 });
    expect(() => resolveConflicts(ws, [byField.get('tier')!], 'take_incoming')).toThrow(/already kept_local/);
  });

  it('treats a local value it never imported as the user\'s own', () => {
    ws.sqlite
      .prepare("INSERT INTO accounts (name, domain, owner, created_at, updated_at) VALUES ('Acme Corp', 'ACME.com', 'Zed', 'x', 'x')")
      .run();
    const summary = importAccounts([acme()]);
    // Empty local fields (tier null, mrr at its default 0) are filled; the user's own are asked about.
    expect(summary).toMatchObject({ conflicts: 1, updated: 0, new: 0 });
    expect(summary.matches[0]!.rule).toBe('matched by domain "acme.com" (case-insensitive; salesforce id A1 not seen before)');
    expect(listConflicts(ws).map((c) => [c.field, c.lastImported]).sort()).toEqual([
      ['name', null],
      ['owner', null],
    ]);
    expect(account(ws, 1)).toMatchObject({ name: 'Acme Corp', owner: 'Zed', domain: 'ACME.com', tier: 'strategic', mrr: 1000 });
  });
});
