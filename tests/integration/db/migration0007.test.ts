import path from 'node:path';
import Database from 'better-sqlite3';
import { Kysely, Migrator, SqliteDialect } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { MIGRATIONS, StaticMigrationProvider } from '../../../electron/backend/db/migrations';
import { openWorkspace, type Workspace } from '../../../electron/backend/db/workspace';
import { undoBatch } from '../../../electron/backend/import/sync';
import { fixedClock, makeTempDir } from '../../helpers/tempDir';

const UP_TO_0004 = ['0001_init', '0002_accounts_name_index', '0003_import_sync', '0004_subscriptions'];

/**
 * Two batches written the way the engine wrote them before 0007: batch 1 created Acme (mrr
 * 1000), batch 2 raised its mrr to 1200. One sync_field_state row per field, one undo-log row
 * per field written.
 */
const OLD_BATCHES = `
  INSERT INTO workspace_meta VALUES ('app', 'csm-workbench');
  INSERT INTO accounts (id, name, mrr, created_at, updated_at) VALUES (1, 'Acme', 1200, 't1', 't2');
  INSERT INTO external_ids VALUES ('account', 1, 'salesforce', 'A1');
  INSERT INTO import_batches (id, file, file_hash, source, object, mapping_name, full_export, counts, created_at)
    VALUES (1, 'a.csv', 'h1', 'salesforce', 'accounts', 'salesforce', 0, '{}', 't1'),
           (2, 'b.csv', 'h2', 'salesforce', 'accounts', 'salesforce', 0, '{}', 't2');
  INSERT INTO sync_field_state VALUES ('account', 1, 'salesforce', 'name', '"Acme"', 1),
                                      ('account', 1, 'salesforce', 'mrr', '1200', 2);
  INSERT INTO import_batch_changes (batch_id, seq, table_name, row_key, action, previous) VALUES
    (1, 1, 'accounts', '{"id":1}', 'inserted', NULL),
    (1, 2, 'external_ids', '{"entity":"account","source":"salesforce","external_id":"A1"}', 'inserted', NULL),
    (1, 3, 'sync_field_state', '{"entity":"account","entity_id":1,"source":"salesforce","field":"name"}', 'inserted', NULL),
    (1, 4, 'sync_field_state', '{"entity":"account","entity_id":1,"source":"salesforce","field":"mrr"}', 'inserted', NULL),
    (2, 1, 'accounts', '{"id":1}', 'updated', '{"mrr":1000,"updated_at":"t1"}'),
    (2, 2, 'sync_field_state', '{"entity":"account","entity_id":1,"source":"salesforce","field":"mrr"}', 'updated', '{"value_json":"1000","batch_id":1}');
`;

describe('migration 0007_sync_record_state', () => {
  const cleanups: (() => void)[] = [];
  afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()));

  async function workspaceWithOldBatches(): Promise<Workspace> {
    const { dir, cleanup } = makeTempDir();
    cleanups.push(cleanup);
    const file = path.join(dir, 'old.csm');
    const sqlite = new Database(file);
    const db = new Kysely<unknown>({ dialect: new SqliteDialect({ database: sqlite }) });
    const provider = new StaticMigrationProvider(Object.fromEntries(UP_TO_0004.map((name) => [name, MIGRATIONS[name]!])));
    expect((await new Migrator({ db, provider }).migrateToLatest()).error).toBeUndefined();
    sqlite.exec(OLD_BATCHES);
    await db.destroy();
    const workspace = await openWorkspace(file, { ifMissing: 'fail', clock: fixedClock() });
    cleanups.push(() => void workspace.close());
    return workspace;
  }

  const state = (ws: Workspace) =>
    (ws.sqlite.prepare('SELECT * FROM sync_record_state').all() as { values_json: string }[]).map((row) => ({
      ...row,
      values_json: JSON.parse(row.values_json) as unknown,
    }));

  it('folds the per-field state into one row per record and rewrites the old undo logs', async () => {
    const ws = await workspaceWithOldBatches();
    expect(ws.sqlite.prepare("SELECT name FROM sqlite_master WHERE name = 'sync_field_state'").get()).toBeUndefined();
    expect(state(ws)).toEqual([
      { entity: 'account', source: 'salesforce', entity_id: 1, values_json: { name: 'Acme', mrr: 1200 }, batch_id: 2, created_batch_id: null },
    ]);
    const stateKey = '{"entity":"account","source":"salesforce","entity_id":1}';
    expect(ws.sqlite.prepare("SELECT batch_id, seq, row_key, previous FROM import_batch_changes WHERE action = 'field_set' ORDER BY 1, 2").all()).toEqual([
      { batch_id: 1, seq: 3, row_key: stateKey, previous: '{"field":"name","value_json":null}' },
      { batch_id: 1, seq: 4, row_key: stateKey, previous: '{"field":"mrr","value_json":null}' },
      { batch_id: 2, seq: 2, row_key: stateKey, previous: '{"field":"mrr","value_json":"1000"}' },
    ]);
    expect(ws.sqlite.prepare('SELECT count(*) AS n FROM import_batch_changes').get()).toEqual({ n: 6 });
  });

  it('still undoes batches imported before it, newest first, exactly', async () => {
    const ws = await workspaceWithOldBatches();
    undoBatch(ws, 2, { clock: fixedClock() });
    expect(ws.sqlite.prepare('SELECT mrr, updated_at FROM accounts WHERE id = 1').get()).toEqual({ mrr: 1000, updated_at: 't1' });
    expect(state(ws)).toMatchObject([{ values_json: { name: 'Acme', mrr: 1000 } }]);

    undoBatch(ws, 1, { clock: fixedClock() });
    for (const table of ['accounts', 'external_ids', 'sync_record_state']) {
      expect(ws.sqlite.prepare(`SELECT count(*) AS n FROM ${table}`).get(), table).toEqual({ n: 0 });
    }
  });
});
