import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { Kysely, Migrator, SqliteDialect } from 'kysely';
import { AppError } from '../../../shared/api/errors';
import type { Clock } from '../types';
import { LATEST_MIGRATION, MIGRATIONS, StaticMigrationProvider } from './migrations';
import type { DB } from './schema';

export const WORKSPACE_APP_ID = 'csm-workbench';
const SQLITE_MAGIC = 'SQLite format 3\u0000';

export interface Workspace {
  path: string;
  sqlite: Database.Database;
  db: Kysely<DB>;
  close(): Promise<void>;
}

export interface OpenWorkspaceOptions {
  /** What to do when there is no file at `path`: create an empty workspace, or refuse. */
  ifMissing: 'create' | 'fail';
  clock: Clock;
}

/** The settings every connection to a workspace needs (journal_mode WAL belongs to the file). */
export function applyConnectionSettings(sqlite: Database.Database): void {
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('busy_timeout = 5000');
}

/**
 * Opens (or creates) a workspace file, refusing anything that is not one of ours or that a
 * newer version of the program has migrated, then brings the schema up to date.
 */
export async function openWorkspace(filePath: string, options: OpenWorkspaceOptions): Promise<Workspace> {
  const resolved = filePath === ':memory:' ? filePath : path.resolve(filePath);
  const exists = resolved !== ':memory:' && fs.existsSync(resolved);
  if (resolved !== ':memory:') {
    if (!exists && options.ifMissing === 'fail') {
      throw new AppError('WORKSPACE_MISSING', `No workspace at ${resolved}`, { path: resolved });
    }
    if (exists) assertSqliteFile(resolved);
    else fs.mkdirSync(path.dirname(resolved), { recursive: true });
  }

  // Check a file we did not create on a read-only connection first, so a refused file (another
  // program's database) is left byte-for-byte as it was: no WAL switch, no journal.
  if (exists) {
    const probe = new Database(resolved, { readonly: true, fileMustExist: true });
    try {
      assertWorkspaceSchema(probe, resolved);
    } finally {
      probe.close();
    }
  }
  const sqlite = new Database(resolved);
  try {
    sqlite.pragma('journal_mode = WAL');
    applyConnectionSettings(sqlite);
  } catch (error) {
    sqlite.close();
    throw error;
  }

  const db = new Kysely<DB>({ dialect: new SqliteDialect({ database: sqlite }) });
  const workspace: Workspace = {
    path: resolved,
    sqlite,
    db,
    close: async () => {
      await db.destroy();
    },
  };
  try {
    await migrate(db);
    const now = options.clock().toISOString();
    sqlite
      .prepare('INSERT OR IGNORE INTO workspace_meta (key, value) VALUES (?, ?), (?, ?)')
      .run('app', WORKSPACE_APP_ID, 'created_at', now);
  } catch (error) {
    await workspace.close();
    throw error;
  }
  return workspace;
}

function assertSqliteFile(filePath: string): void {
  const stat = fs.statSync(filePath);
  if (stat.isDirectory()) {
    throw new AppError('NOT_A_WORKSPACE', `${filePath} is a folder, not a workspace file`, { path: filePath });
  }
  const fd = fs.openSync(filePath, 'r');
  try {
    const header = Buffer.alloc(16);
    const read = fs.readSync(fd, header, 0, 16, 0);
    if (read === 0) return; // an empty file is a fresh database to SQLite
    if (header.toString('latin1') !== SQLITE_MAGIC) {
      throw new AppError('NOT_A_WORKSPACE', `${filePath} is not a workspace (not an SQLite database)`, {
        path: filePath,
      });
    }
  } finally {
    fs.closeSync(fd);
  }
}

function assertWorkspaceSchema(sqlite: Database.Database, filePath: string): void {
  const tables = new Set(
    (sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]).map(
      (row) => row.name,
    ),
  );
  if (tables.size === 0) return;
  if (!tables.has('kysely_migration') || !tables.has('workspace_meta')) {
    throw new AppError(
      'NOT_A_WORKSPACE',
      `${filePath} is an SQLite database but not a CSM workspace`,
      { path: filePath },
    );
  }
  const applied = (sqlite.prepare('SELECT name FROM kysely_migration ORDER BY name').all() as { name: string }[]).map(
    (row) => row.name,
  );
  const unknown = applied.filter((name) => !(name in MIGRATIONS));
  if (unknown.length > 0) {
    throw new AppError(
      'WORKSPACE_TOO_NEW',
      `${filePath} was saved by a newer version of CSM Workbench (schema ${unknown.at(-1)}; this version knows up to ${LATEST_MIGRATION}). Update the program to open it.`,
      { path: filePath, unknownMigrations: unknown, latestKnown: LATEST_MIGRATION },
    );
  }
}

async function migrate(db: Kysely<DB>): Promise<void> {
  const migrator = new Migrator({ db, provider: new StaticMigrationProvider() });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw new AppError('INTERNAL', `Could not upgrade the workspace schema (migration ${failed}): ${String(error)}`, {
      migration: failed,
    });
  }
}

export function readSchemaVersion(sqlite: Database.Database): string {
  const row = sqlite.prepare('SELECT name FROM kysely_migration ORDER BY name DESC LIMIT 1').get() as
    | { name: string }
    | undefined;
  return row?.name ?? '';
}
