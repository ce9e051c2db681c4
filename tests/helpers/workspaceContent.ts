import { createHash } from 'node:crypto';
import Database from 'better-sqlite3';

/**
 * A workspace's whole content as comparable values, whatever its schema (migrations come and
 * go): every row of every table, in a stable order. Used to prove that a failed or killed
 * import left the file exactly as it was, and that a finished one left it exactly as an
 * uninterrupted run does.
 */
export interface ContentOptions {
  /**
   * Rewrites each text value before it is compared, e.g. to blank out the timestamps a run
   * takes from the wall clock (they differ between two runs of the same import).
   */
  normaliseText?: (text: string) => string;
}

export interface WorkspaceContent {
  /** Rows per table: cheap to compare first and to print. */
  counts: Record<string, number>;
  /** sha256 over every row of every table. */
  digest: string;
}

interface TableInfo {
  name: string;
  type: string;
  wr: number;
}

/** Opens the file read-write (so SQLite recovers a WAL left by a killed process), reads it, closes it. */
export function readWorkspaceContent(file: string, options: ContentOptions = {}): WorkspaceContent {
  const sqlite = new Database(file, { fileMustExist: true });
  try {
    return contentOf(sqlite, options);
  } finally {
    sqlite.close();
  }
}

export function contentOf(sqlite: Database.Database, options: ContentOptions = {}): WorkspaceContent {
  const normalise = options.normaliseText ?? ((text: string) => text);
  const tables = (sqlite.prepare("PRAGMA main.table_list").all() as TableInfo[])
    .filter((table) => (table.type === 'table' || table.type === 'virtual') && !table.name.startsWith('sqlite_stat'))
    .sort((a, b) => a.name.localeCompare(b.name));
  const hash = createHash('sha256');
  const counts: Record<string, number> = {};
  for (const table of tables) {
    // WITHOUT ROWID tables have no rowid: order them by every column instead.
    const columns = (sqlite.prepare(`SELECT name FROM pragma_table_info(?)`).all(table.name) as { name: string }[]).length;
    const order = table.wr ? Array.from({ length: columns }, (_, i) => i + 1).join(', ') : 'rowid';
    let count = 0;
    hash.update(`\u0000table ${table.name}\n`);
    for (const row of sqlite.prepare(`SELECT * FROM "${table.name}" ORDER BY ${order}`).raw().iterate() as IterableIterator<unknown[]>) {
      count++;
      hash.update(JSON.stringify(row.map((value) => (typeof value === 'string' ? normalise(value) : value instanceof Buffer ? value.toString('base64') : value))));
      hash.update('\n');
    }
    counts[table.name] = count;
  }
  return { counts, digest: hash.digest('hex') };
}

export function integrityCheck(file: string): string {
  const sqlite = new Database(file, { fileMustExist: true });
  try {
    return (sqlite.pragma('integrity_check') as { integrity_check: string }[]).map((row) => row.integrity_check).join('; ');
  } finally {
    sqlite.close();
  }
}

/**
 * Blanks every ISO timestamp (2026-11-23T09:00:00.000Z) at or after `since`: the moments a run
 * read from its clock. Earlier ones (the workspace's own history) are kept.
 */
export function blankTimestampsSince(since: Date): (text: string) => string {
  const floor = since.toISOString();
  return (text) =>
    text.includes('T') ? text.replace(/\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z/g, (stamp) => (stamp >= floor ? '<now>' : stamp)) : text;
}
