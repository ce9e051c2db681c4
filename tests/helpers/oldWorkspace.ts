import Database from 'better-sqlite3';
import { Kysely, Migrator, SqliteDialect } from 'kysely';
import { MIGRATIONS, StaticMigrationProvider } from '../../electron/backend/db/migrations';

/**
 * Writes a workspace as an older version left it, for a migration's data test: `file` is
 * migrated with every migration named before `firstLeftOut` (e.g. '0011'), then `seed` fills it
 * (and may read back what it wrote, to compare after the upgrade), then it is closed.
 */
export async function writeOldWorkspace<T>(file: string, firstLeftOut: string, seed: (sqlite: Database.Database) => T): Promise<T> {
  const sqlite = new Database(file);
  const db = new Kysely<unknown>({ dialect: new SqliteDialect({ database: sqlite }) });
  try {
    const older = Object.keys(MIGRATIONS).filter((name) => name < firstLeftOut);
    const provider = new StaticMigrationProvider(Object.fromEntries(older.map((name) => [name, MIGRATIONS[name]!])));
    const { error } = await new Migrator({ db, provider }).migrateToLatest();
    if (error !== undefined) throw error instanceof Error ? error : new Error(String(error));
    sqlite.exec("INSERT INTO workspace_meta VALUES ('app', 'csm-workbench')");
    return seed(sqlite);
  } finally {
    await db.destroy();
  }
}
