import Database from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import type { DB } from '../../db/schema';
import { applyConnectionSettings, type Workspace } from '../../db/workspace';

/**
 * The connection an import run writes on: a second one to the same workspace file. A run holds
 * its write transaction across awaits (it reads the file in chunks); on the UI's own connection
 * the UI's edits could land inside that transaction between two chunks, and a cancel would roll
 * them back with the run. On its own connection the run's writes stay invisible to the UI until
 * it commits (WAL: the UI keeps reading the last committed state), and a UI write meanwhile
 * meets SQLITE_BUSY instead of joining the run.
 *
 * An in-memory workspace (tests, scratch) cannot be opened twice: the run shares its connection.
 */
export function openRunConnection(workspace: Workspace): { workspace: Workspace; separate: boolean } {
  if (workspace.path === ':memory:') return { workspace: { ...workspace, close: async () => undefined }, separate: false };
  const sqlite = new Database(workspace.path, { fileMustExist: true });
  try {
    applyConnectionSettings(sqlite);
  } catch (error) {
    sqlite.close();
    throw error;
  }
  const db = new Kysely<DB>({ dialect: new SqliteDialect({ database: sqlite }) });
  return { workspace: { path: workspace.path, sqlite, db, close: () => db.destroy() }, separate: true };
}

/**
 * While a run may hold the write lock, the UI's connection stops waiting for it: both live on
 * one thread, so a wait (busy_timeout) would freeze the run it waits for and then fail anyway.
 * A UI write fails at once with SQLITE_BUSY (dispatch turns it into a readable BUSY error).
 * Returns the function that puts the previous timeout back.
 */
export function failWritesFast(sqlite: Database.Database): () => void {
  const previous = Number(sqlite.pragma('busy_timeout', { simple: true }));
  sqlite.pragma('busy_timeout = 0');
  return () => {
    if (sqlite.open) sqlite.pragma(`busy_timeout = ${previous}`);
  };
}
