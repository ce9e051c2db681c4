import type Database from 'better-sqlite3';
import { appendChange } from '../../db/repos/imports';

type Row = Record<string, unknown>;

/**
 * Every write a batch makes goes through here, so that undo knows each row's key and what it
 * held before. Table and column names come from code (the SyncObject tables), never from a file.
 */
export class ChangeRecorder {
  private seq = 0;

  constructor(
    private readonly sqlite: Database.Database,
    private readonly batchId: number,
  ) {}

  /** Inserts a row; an `id` key column missing from `row` is the new rowid. Returns that rowid. */
  insert(table: string, row: Row, keyColumns: readonly string[]): number {
    const names = Object.keys(row);
    const sql = `INSERT INTO ${table} (${names.join(', ')}) VALUES (${names.map(() => '?').join(', ')})`;
    const id = Number(this.sqlite.prepare(sql).run(...names.map((name) => row[name])).lastInsertRowid);
    const key = Object.fromEntries(keyColumns.map((column) => [column, column in row ? row[column] : id]));
    this.log(table, key, 'inserted', null);
    return id;
  }

  /** Updates the given columns of one row, remembering their previous values. */
  update(table: string, key: Row, columns: Row): void {
    const names = Object.keys(columns);
    if (names.length === 0) return;
    const where = whereClause(key);
    const previous = this.sqlite.prepare(`SELECT ${names.join(', ')} FROM ${table} WHERE ${where.sql}`).get(...where.values);
    if (previous === undefined) throw new Error(`No ${table} row ${JSON.stringify(key)} to update`);
    this.sqlite
      .prepare(`UPDATE ${table} SET ${names.map((name) => `${name} = ?`).join(', ')} WHERE ${where.sql}`)
      .run(...names.map((name) => columns[name]), ...where.values);
    this.log(table, key, 'updated', JSON.stringify(previous));
  }

  /** Deletes one row, remembering all of it. */
  delete(table: string, key: Row): void {
    const where = whereClause(key);
    const previous = this.sqlite.prepare(`SELECT * FROM ${table} WHERE ${where.sql}`).get(...where.values);
    if (previous === undefined) return;
    this.sqlite.prepare(`DELETE FROM ${table} WHERE ${where.sql}`).run(...where.values);
    this.log(table, key, 'deleted', JSON.stringify(previous));
  }

  private log(table: string, key: Row, action: 'inserted' | 'updated' | 'deleted', previous: string | null): void {
    this.seq += 1;
    appendChange(this.sqlite, this.batchId, { seq: this.seq, table, rowKey: JSON.stringify(key), action, previous });
  }
}

export function whereClause(key: Row): { sql: string; values: unknown[] } {
  const names = Object.keys(key);
  return { sql: names.map((name) => `${name} = ?`).join(' AND '), values: names.map((name) => key[name]) };
}
