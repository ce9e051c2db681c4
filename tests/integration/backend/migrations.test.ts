import path from 'node:path';
import Database from 'better-sqlite3';
import { Kysely, Migrator, SqliteDialect } from 'kysely';
import { describe, expect, it } from 'vitest';
import { LATEST_MIGRATION, MIGRATIONS, StaticMigrationProvider } from '../../../electron/backend/db/migrations';
import { openWorkspace } from '../../../electron/backend/db/workspace';
import { fixedClock, makeTempDir } from '../../helpers/tempDir';

describe('migrations', () => {
  it('are numbered files applied in order, the latest one last', () => {
    const names = Object.keys(MIGRATIONS);
    expect(names).toEqual([...names].sort());
    for (const name of names) expect(name).toMatch(/^\d{4}_[a-z0-9_]+$/);
    expect(LATEST_MIGRATION).toBe(names.at(-1));
  });

  it('upgrade a workspace left at 0001 and keep its rows', async () => {
    const { dir, cleanup } = makeTempDir();
    const file = path.join(dir, 'old.csm');
    const sqlite = new Database(file);
    const db = new Kysely<unknown>({ dialect: new SqliteDialect({ database: sqlite }) });
    const onlyFirst = new Migrator({ db, provider: new StaticMigrationProvider({ '0001_init': MIGRATIONS['0001_init']! }) });
    expect((await onlyFirst.migrateToLatest()).error).toBeUndefined();
    sqlite.exec("INSERT INTO workspace_meta VALUES ('app', 'csm-workbench')");
    sqlite.exec("INSERT INTO accounts (name, created_at, updated_at) VALUES ('Kept', 'x', 'x')");
    await db.destroy();

    const upgraded = await openWorkspace(file, { ifMissing: 'fail', clock: fixedClock() });
    const plan = upgraded.sqlite
      .prepare('EXPLAIN QUERY PLAN SELECT id FROM accounts ORDER BY name COLLATE NOCASE, id LIMIT 5')
      .all() as { detail: string }[];
    expect(plan.map((row) => row.detail).join(' ')).toContain('accounts_by_name');
    expect(upgraded.sqlite.prepare('SELECT name FROM accounts').all()).toEqual([{ name: 'Kept' }]);
    await upgraded.close();
    cleanup();
  });
});
