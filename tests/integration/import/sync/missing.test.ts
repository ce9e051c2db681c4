import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Workspace } from '../../../../electron/backend/db/workspace';
import { commitImport } from '../../../../electron/backend/import/sync';
import { fixedClock } from '../../../helpers/tempDir';
import { T1, T2, acme, batchOf, globex, tempWorkspace } from './helpers';

let ws: Workspace;
let done: () => Promise<void>;
beforeEach(async () => ({ ws, done } = await tempWorkspace()));
afterEach(async () => done());

const flags = () => ws.sqlite.prepare('SELECT entity, entity_id, source, batch_id, flagged_at FROM sync_missing').all();

describe('records missing from a full export', () => {
  it('are flagged, never deleted, and unflagged when they come back', () => {
    const first = commitImport(ws, batchOf('accounts', [acme(), globex()], { full: true }), { clock: fixedClock(T1) });
    const globexId = first.matches[1]!.recordId;

    const partial = commitImport(ws, batchOf('accounts', [acme()]), { clock: fixedClock(T2) });
    expect(partial.missing).toBe(0); // not a full export: absence means nothing

    const full = commitImport(ws, batchOf('accounts', [acme()], { full: true }), { clock: fixedClock(T2) });
    expect(full).toMatchObject({ missing: 1, unchanged: 1 });
    expect(flags()).toEqual([{ entity: 'account', entity_id: globexId, source: 'salesforce', batch_id: full.batchId, flagged_at: T2 }]);
    expect(ws.sqlite.prepare('SELECT name FROM accounts WHERE id = ?').get(globexId)).toEqual({ name: 'Globex' });

    const again = commitImport(ws, batchOf('accounts', [acme()], { full: true }), { clock: fixedClock(T2) });
    expect(again.missing).toBe(1);
    expect(flags()).toHaveLength(1); // still the first flag

    const otherSource = commitImport(ws, batchOf('accounts', [], { full: true, source: 'hubspot' }), { clock: fixedClock(T2) });
    expect(otherSource.missing).toBe(0); // hubspot never knew these accounts

    commitImport(ws, batchOf('accounts', [acme(), globex()], { full: true }), { clock: fixedClock(T2) });
    expect(flags()).toEqual([]);
  });
});
