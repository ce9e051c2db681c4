import type { Statements } from './statements';

type Row = Record<string, unknown>;

/**
 * Every write a batch makes goes through here, so that undo knows each row's key and what it
 * held before. Table and column names come from code (the SyncObject tables), never from a file.
 */
export class ChangeRecorder {
  private seq = 0;

  /** How many changes the batch has logged so far. */
  get logged(): number {
    return this.seq;
  }

  constructor(
    private readonly statements: Statements,
    private readonly batchId: number,
  ) {}

  /** Inserts a row; an `id` key column missing from `row` is the new rowid. Returns that rowid. */
  insert(table: string, row: Row, keyColumns: readonly string[]): number {
    const names = Object.keys(row);
    const sql = `INSERT INTO ${table} (${names.join(', ')}) VALUES (${names.map(() => '?').join(', ')})`;
    const id = Number(this.statements.get(sql).run(...names.map((name) => row[name])).lastInsertRowid);
    const key = Object.fromEntries(keyColumns.map((column) => [column, column in row ? row[column] : id]));
    this.log(table, key, 'inserted', null);
    return id;
  }

  /** Updates the given columns of one row, remembering their previous values (read first unless given). */
  update(table: string, key: Row, columns: Row, previous?: Row): void {
    const names = Object.keys(columns);
    if (names.length === 0) return;
    const where = whereClause(key);
    const before =
      previous ?? this.statements.get(`SELECT ${names.join(', ')} FROM ${table} WHERE ${where.sql}`).get(...where.values);
    if (before === undefined) throw new Error(`No ${table} row ${JSON.stringify(key)} to update`);
    this.statements
      .get(`UPDATE ${table} SET ${names.map((name) => `${name} = ?`).join(', ')} WHERE ${where.sql}`)
      .run(...names.map((name) => columns[name]), ...where.values);
    this.log(table, key, 'updated', JSON.stringify(before));
  }

  /** Deletes one row, remembering all of it. */
  delete(table: string, key: Row): void {
    const where = whereClause(key);
    const previous = this.statements.get(`SELECT * FROM ${table} WHERE ${where.sql}`).get(...where.values);
    if (previous === undefined) return;
    this.statements.get(`DELETE FROM ${table} WHERE ${where.sql}`).run(...where.values);
    this.log(table, key, 'deleted', JSON.stringify(previous));
  }

  /** Logs one field of a record's sync state changing (its value before, or null for none). */
  fieldSet(key: Row, field: string, previousJson: string | null): void {
    this.log('sync_record_state', key, 'field_set', JSON.stringify({ field, value_json: previousJson }));
  }

  private log(table: string, key: Row, action: 'inserted' | 'updated' | 'deleted' | 'field_set', previous: string | null): void {
    this.seq += 1;
    this.statements
      .get('INSERT INTO import_batch_changes (batch_id, seq, table_name, row_key, action, previous) VALUES (?, ?, ?, ?, ?, ?)')
      .run(this.batchId, this.seq, table, JSON.stringify(key), action, previous);
  }
}

export function whereClause(key: Row): { sql: string; values: unknown[] } {
  const names = Object.keys(key);
  return { sql: names.map((name) => `${name} = ?`).join(' AND '), values: names.map((name) => key[name]) };
}

/** The key of a record's sync state row, in the member order undo logs compare as text. */
export function stateKey(entity: string, source: string, entityId: number): Row {
  return { entity, source, entity_id: entityId };
}
