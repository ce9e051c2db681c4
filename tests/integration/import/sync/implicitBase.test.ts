import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { IMPLICIT_BASE_TABLES } from '../../../../electron/backend/db/migrations/0011_implicit_sync_base';
import type { Workspace } from '../../../../electron/backend/db/workspace';
import { ALL_SYNC_OBJECTS } from '../../../../electron/backend/import/sync/objects';
import { commitImport, listConflicts, resolveConflicts, undoBatch } from '../../../../electron/backend/import/sync';
import { fixedClock } from '../../../helpers/tempDir';
import { T1, T2, acme, account, batchOf, dump, rec, setAccount, tempWorkspace } from './helpers';

/**
 * A record an import creates holds its "last imported" values implicitly (migration 0011): the
 * sync must behave exactly as it did with a state row written beside it.
 */
let ws: Workspace;
let done: () => Promise<void>;
beforeEach(async () => ({ ws, done } = await tempWorkspace()));
afterEach(async () => done());

const T3 = '2026-11-04T09:00:00.000Z';
const importAt = (at: string, records: ReturnType<typeof acme>[], source = 'salesforce') =>
  commitImport(ws, batchOf('accounts', records, { source }), { clock: fixedClock(at) });
const stateRows = () =>
  ws.sqlite.prepare('SELECT entity_id AS id, source, values_json AS json, batch_id AS batchId FROM sync_record_state ORDER BY 1, 2').all() as {
    id: number;
    source: string;
    json: string;
    batchId: number;
  }[];
const initech = (fields: Record<string, unknown> = {}) =>
  rec(4, 'A3', { externalId: 'A3', name: 'Initech', domain: 'initech.com', tier: 'smb', mrr: 250, owner: 'Cy', ...fields } as never);

describe('implicit sync state of imported records', () => {
  it('writes no state row for records created with the same fields, and a re-import finds them unchanged', () => {
    const first = importAt(T1, [acme({}, { Plan: 'gold' }), initech()]);
    expect(first).toMatchObject({ new: 2 });
    expect(stateRows()).toEqual([]);
    const ids = first.matches.map((match) => match.recordId!);
    expect(ids.map((id) => account(ws, id)['sync_base_batch'])).toEqual([first.batchId, first.batchId]);
    expect(ws.sqlite.prepare('SELECT base_table, base_first_id, base_last_id FROM import_batches WHERE id = ?').get(first.batchId)).toEqual({
      base_table: 'accounts',
      base_first_id: ids[0],
      base_last_id: ids[1],
    });

    const before = dump(ws);
    const again = importAt(T2, [acme({}, { Plan: 'gold' }), initech()]);
    expect(again).toMatchObject({ new: 0, updated: 0, unchanged: 2, conflicts: 0, batchId: null });
    expect(dump(ws)).toEqual(before);
    expect(stateRows()).toEqual([]);
  });

  it('keeps a hand edit when the CRM did not change the field, and raises a conflict when it did', () => {
    const [acmeId, initechId] = importAt(T1, [acme(), initech()]).matches.map((match) => match.recordId!);
    setAccount(ws, acmeId!, 'owner', 'Zoe');
    setAccount(ws, initechId!, 'owner', 'Zoe');
    const again = importAt(T2, [acme(), initech({ owner: 'Dan' })]);
    expect(again).toMatchObject({ updated: 0, unchanged: 1, conflicts: 1 });
    expect(account(ws, acmeId!)).toMatchObject({ owner: 'Zoe' });
    expect(account(ws, initechId!)).toMatchObject({ owner: 'Zoe' });
    expect(listConflicts(ws).map((conflict) => [conflict.entityId, conflict.field, conflict.local, conflict.incoming])).toEqual([
      [initechId, 'owner', 'Zoe', 'Dan'],
    ]);
  });

  it('takes a CRM change to an untouched record and remembers it', () => {
    const first = importAt(T1, [acme(), initech()]);
    const acmeId = first.matches[0]!.recordId!;
    expect(importAt(T2, [acme({ mrr: 1500 }), initech()])).toMatchObject({ updated: 1, unchanged: 1 });
    expect(account(ws, acmeId)).toMatchObject({ mrr: 1500, sync_base_batch: null });
    const [state] = stateRows();
    expect(state).toMatchObject({ id: acmeId, source: 'salesforce' });
    expect(JSON.parse(state!.json)).toEqual({ name: 'Acme', domain: 'acme.com', tier: 'strategic', mrr: 1500, owner: 'Ann' });
    expect(importAt(T3, [acme({ mrr: 1500 }), initech()])).toMatchObject({ updated: 0, unchanged: 2, batchId: null });
  });

  it('writes the state out when another source changes the record, through a conflict answer', () => {
    const acmeId = importAt(T1, [acme()]).matches[0]!.recordId!;
    // HubSpot's first sight of Acme (matched by domain) disagrees on the owner: a conflict, nothing written yet.
    expect(importAt(T2, [acme({ owner: 'Hal' })], 'hubspot')).toMatchObject({ updated: 0, conflicts: 1 });
    expect(account(ws, acmeId)['sync_base_batch']).not.toBeNull();
    resolveConflicts(ws, [listConflicts(ws)[0]!.id], 'take_incoming', { clock: fixedClock(T2) });
    expect(account(ws, acmeId)).toMatchObject({ owner: 'Hal', sync_base_batch: null });
    const salesforce = stateRows().find((row) => row.source === 'salesforce')!;
    expect(JSON.parse(salesforce.json)).toEqual({ name: 'Acme', domain: 'acme.com', tier: 'strategic', mrr: 1000, owner: 'Ann' });
    // To Salesforce's sync the owner is now a local change: an unchanged export keeps it.
    expect(importAt(T3, [acme()])).toMatchObject({ updated: 0, unchanged: 1, conflicts: 0 });
    expect(account(ws, acmeId)).toMatchObject({ owner: 'Hal' });
  });

  it('undoing the creating batch removes its records, written out or not', () => {
    const first = importAt(T1, [acme(), initech()]);
    const [acmeId, initechId] = first.matches.map((match) => match.recordId!);
    setAccount(ws, acmeId!, 'tier', 'mid'); // written out by the hand edit
    expect(account(ws, initechId!)['sync_base_batch']).toBe(first.batchId);
    undoBatch(ws, first.batchId!);
    expect(ws.sqlite.prepare('SELECT count(*) AS n FROM accounts').get()).toEqual({ n: 0 });
    expect(stateRows()).toEqual([]);
    expect(ws.sqlite.prepare('SELECT count(*) AS n FROM external_ids').get()).toEqual({ n: 0 });
  });

  it('undoing a later batch brings back the same remembered values', () => {
    importAt(T1, [acme(), initech()]);
    const before = dump(ws);
    const later = importAt(T2, [acme({ mrr: 2000 }), initech({ tier: 'mid' })]);
    expect(later).toMatchObject({ updated: 2 });
    undoBatch(ws, later.batchId!);
    expect(dump(ws)).toEqual(before);
    expect(importAt(T3, [acme(), initech()])).toMatchObject({ updated: 0, unchanged: 2, batchId: null });
  });

  it('gives an explicit state row to a record whose values would not come back as given', () => {
    const first = importAt(T1, [acme(), initech({ mrr: 'about 250' }), rec(5, 'A4', { externalId: 'A4', name: 'Hooli' })]);
    expect(first).toMatchObject({ new: 3, invalid: 0 });
    const [acmeId, initechId, hooliId] = first.matches.map((match) => match.recordId!);
    expect(account(ws, acmeId!)['sync_base_batch']).toBe(first.batchId);
    // Text in the REAL mrr column, and a record with other fields than the batch's first.
    expect(stateRows().map((row) => [row.id, JSON.parse(row.json) as unknown])).toEqual([
      [initechId, { name: 'Initech', domain: 'initech.com', tier: 'smb', mrr: 'about 250', owner: 'Cy' }],
      [hooliId, { name: 'Hooli' }],
    ]);
    expect([initechId, hooliId].map((id) => account(ws, id!)['sync_base_batch'])).toEqual([null, null]);
    expect(importAt(T2, [acme(), initech({ mrr: 'about 250' }), rec(5, 'A4', { externalId: 'A4', name: 'Hooli' })])).toMatchObject({
      unchanged: 3,
      batchId: null,
    });
  });
});

describe('the frozen field maps of migration 0011', () => {
  it('still cover every column each sync object writes, so new records stay implicit', () => {
    // A field added to a sync object later falls back to explicit state rows (correct, but
    // slower) until a migration recreates its table's trigger: this says when that is due.
    for (const object of ALL_SYNC_OBJECTS) {
      const frozen = IMPLICIT_BASE_TABLES[object.table];
      expect(frozen?.entity, object.table).toBe(object.entity);
      expect(frozen?.columns, object.table).toEqual(expect.objectContaining(object.columns));
    }
  });
});
