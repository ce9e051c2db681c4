import path from 'node:path';
import Database from 'better-sqlite3';
import { Kysely, Migrator, SqliteDialect } from 'kysely';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS, StaticMigrationProvider } from '../../../../electron/backend/db/migrations';
import { openWorkspace } from '../../../../electron/backend/db/workspace';
import { commitImport } from '../../../../electron/backend/import/sync';
import { fixedClock, makeTempDir } from '../../../helpers/tempDir';
import { acme, batchOf } from './helpers';

describe('migration 0003_import_sync', () => {
  it('applies to a workspace that has data, keeps every row, and the sync works on it', async () => {
    const { dir, cleanup } = makeTempDir();
    const file = path.join(dir, 'old.csm');
    const sqlite = new Database(file);
    const db = new Kysely<unknown>({ dialect: new SqliteDialect({ database: sqlite }) });
    const upTo0002 = new Migrator({
      db,
      provider: new StaticMigrationProvider({
        '0001_init': MIGRATIONS['0001_init']!,
        '0002_accounts_name_index': MIGRATIONS['0002_accounts_name_index']!,
      }),
    });
    expect((await upTo0002.migrateToLatest()).error).toBeUndefined();
    sqlite.exec(`
      INSERT INTO workspace_meta VALUES ('app', 'csm-workbench');
      INSERT INTO accounts (name, domain, owner, created_at, updated_at) VALUES ('Acme Inc', 'acme.com', 'Zed', 'x', 'x');
      INSERT INTO external_ids VALUES ('account', 1, 'salesforce', 'A1');
      INSERT INTO contacts (account_id, first_name, created_at, updated_at) VALUES (1, 'Jo', 'x', 'x');`);
    const rowsBefore = {
      accounts: sqlite.prepare('SELECT * FROM accounts').all(),
      contacts: sqlite.prepare('SELECT * FROM contacts').all(),
      external_ids: sqlite.prepare('SELECT * FROM external_ids').all(),
    };
    await db.destroy();

    const ws = await openWorkspace(file, { ifMissing: 'fail', clock: fixedClock() });
    expect(ws.sqlite.prepare("SELECT name FROM kysely_migration WHERE name = '0003_import_sync'").get()).toBeDefined();
    // Later migrations add columns (0011: sync_base_batch, NULL for rows that were there before).
    const notMarked = (rows: unknown[]) => rows.map((row) => ({ ...(row as object), sync_base_batch: null }));
    expect({
      accounts: ws.sqlite.prepare('SELECT * FROM accounts').all(),
      contacts: ws.sqlite.prepare('SELECT * FROM contacts').all(),
      external_ids: ws.sqlite.prepare('SELECT * FROM external_ids').all(),
    }).toEqual({ accounts: notMarked(rowsBefore.accounts), contacts: notMarked(rowsBefore.contacts), external_ids: rowsBefore.external_ids });
    for (const table of ['import_batches', 'import_batch_changes', 'sync_record_state', 'sync_conflicts', 'sync_missing']) {
      expect(ws.sqlite.prepare(`SELECT count(*) AS n FROM ${table}`).get()).toEqual({ n: 0 });
    }
    // The account linked before sync existed: its values were never imported, so the user's are kept.
    const summary = commitImport(ws, batchOf('accounts', [acme()]), { clock: fixedClock() });
    expect(summary.matches[0]).toEqual({ row: 2, recordId: 1, rule: 'matched by salesforce id A1' });
    expect(ws.sqlite.prepare('SELECT name, owner, tier FROM accounts').get()).toEqual({ name: 'Acme Inc', owner: 'Zed', tier: 'strategic' });
    await ws.close();
    cleanup();
  });
});
