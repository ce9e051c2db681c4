import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { IMPLICIT_BASE_TABLES } from '../../../../electron/backend/db/migrations/0011_implicit_sync_base';
import { openWorkspace } from '../../../../electron/backend/db/workspace';
import { commitImport, undoBatch } from '../../../../electron/backend/import/sync';
import { fixedClock, makeTempDir } from '../../../helpers/tempDir';
import { writeOldWorkspace } from '../../../helpers/oldWorkspace';
import { T1, T2, acme, batchOf, rec } from './helpers';

describe('migration 0011_implicit_sync_base', () => {
  it('keeps every record and state row of a synced workspace, and its sync and undo work as before', async () => {
    const { dir, cleanup } = makeTempDir();
    const file = path.join(dir, 'old.csm');
    // Acme as a 0010 import left it: the record, its Salesforce id, its state row with the batch that created it.
    const rowsBefore = await writeOldWorkspace(file, '0011', (sqlite) => {
      sqlite.exec(`
      INSERT INTO import_batches (id, file, file_hash, source, object, mapping_name, full_export, counts, created_at)
        VALUES (1, 'accounts.csv', 'h', 'salesforce', 'accounts', 'Salesforce default', 0, '{"new":1}', '${T1}');
      INSERT INTO accounts (id, name, domain, tier, mrr, owner, custom_fields, created_at, updated_at)
        VALUES (1, 'Acme', 'acme.com', 'strategic', 1000, 'Ann', '{}', '${T1}', '${T1}');
      INSERT INTO external_ids VALUES ('account', 1, 'salesforce', 'A1');
      INSERT INTO sync_record_state VALUES ('account', 'salesforce', 1,
        '{"name":"Acme","domain":"acme.com","tier":"strategic","mrr":1000,"owner":"Ann"}', 1, 1);`);
      return {
        accounts: sqlite.prepare('SELECT * FROM accounts').all() as Record<string, unknown>[],
        state: sqlite.prepare('SELECT * FROM sync_record_state').all(),
      };
    });

    const ws = await openWorkspace(file, { ifMissing: 'fail', clock: fixedClock(T1) });
    try {
      expect(ws.sqlite.prepare('SELECT * FROM accounts').all()).toEqual(rowsBefore.accounts.map((row) => ({ ...row, sync_base_batch: null })));
      expect(ws.sqlite.prepare('SELECT * FROM sync_record_state').all()).toEqual(rowsBefore.state);
      expect(ws.sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE '%_write_out_sync_base' ORDER BY 1").pluck().all()).toEqual(
        Object.keys(IMPLICIT_BASE_TABLES)
          .sort()
          .map((table) => `${table}_write_out_sync_base`),
      );
      // An unmarked record's update leaves its state alone.
      ws.sqlite.exec("UPDATE accounts SET owner = 'Zoe' WHERE id = 1");
      expect(ws.sqlite.prepare('SELECT * FROM sync_record_state').all()).toEqual(rowsBefore.state);

      // The old state still drives the sync: the hand edit is kept, the CRM's MRR change taken.
      const again = commitImport(ws, batchOf('accounts', [acme({ mrr: 1200 }), rec(3, 'A2', { externalId: 'A2', name: 'Globex' })]), {
        clock: fixedClock(T2),
      });
      expect(again).toMatchObject({ new: 1, updated: 1, conflicts: 0 });
      expect(ws.sqlite.prepare('SELECT name, owner, mrr, sync_base_batch AS mark FROM accounts ORDER BY id').all()).toEqual([
        { name: 'Acme', owner: 'Zoe', mrr: 1200, mark: null },
        { name: 'Globex', owner: null, mrr: 0, mark: again.batchId },
      ]);
      // Undo of the pre-0011 batch still finds the record it created through its state row.
      undoBatch(ws, again.batchId!);
      undoBatch(ws, 1);
      expect(ws.sqlite.prepare('SELECT count(*) FROM accounts').pluck().get()).toBe(0);
      expect(ws.sqlite.prepare('SELECT count(*) FROM sync_record_state').pluck().get()).toBe(0);
    } finally {
      await ws.close();
      cleanup();
    }
  });
});
