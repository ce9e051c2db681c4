import type Database from 'better-sqlite3';

/**
 * Runs `load` with the rollback journal instead of WAL, then switches WAL back on.
 *
 * Why: in WAL mode a bulk load into an empty workspace writes every page twice (to the WAL,
 * then to the database at the checkpoint). With a rollback journal only the few pages that
 * existed before are journaled, so the data is written once (measured: about 20% faster for a
 * 100,000-account book) and a crash still rolls back cleanly. When the mode cannot change (an
 * open transaction, another connection, an in-memory database) the load simply runs in WAL.
 */
export function withBulkLoadJournal<T>(sqlite: Database.Database, load: () => T): T {
  let switched = false;
  try {
    if (!sqlite.inTransaction && String(sqlite.pragma('journal_mode', { simple: true })) === 'wal') {
      switched = String(sqlite.pragma('journal_mode = DELETE', { simple: true })) === 'delete';
    }
  } catch {
    switched = false;
  }
  try {
    return load();
  } finally {
    if (switched) sqlite.pragma('journal_mode = WAL');
  }
}
