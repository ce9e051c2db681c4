import type Database from 'better-sqlite3';
import type { CustomValue } from '../../../../shared/api/dto';
import { IMPLICIT_BASE_TABLES } from '../../db/migrations/0011_implicit_sync_base';
import { parseCustomFields } from '../../db/repos/json';
import type { SyncObject } from './objects/types';
import type { Statements } from './statements';
import { CUSTOM_PREFIX } from './values';

/**
 * A record an import creates keeps its "last imported" values implicitly (migration 0011): they
 * are the record's own values, as created, for the batch's fields and every custom field, so no
 * state row is written beside it. Exact only when SQLite hands every value back as it was given;
 * a record where it would not (text in a numeric column, a null skipped for a NOT NULL column so
 * its default stands in) gets an explicit state row instead, as before.
 */
export class ImplicitBaseWriter {
  /** The batch's field list, fixed by its first implicit record; others must carry the same, in the same order. */
  private fields: readonly string[] | null = null;
  private lastId: number | null = null;
  private readonly affinity: ReadonlyMap<string, Affinity>;
  /** The columns the table's trigger writes out: a field it does not know keeps an explicit state. */
  private readonly triggerColumns: Readonly<Record<string, string>>;

  constructor(
    private readonly statements: Statements,
    private readonly object: SyncObject,
    private readonly batchId: number,
  ) {
    this.affinity = columnAffinities(statements.sqlite, object.table);
    this.triggerColumns = IMPLICIT_BASE_TABLES[object.table]?.columns ?? {};
  }

  /** Whether a new record with these fields can leave its state implicit (and then be created with the batch's mark). */
  accepts(fields: Readonly<Record<string, CustomValue>>): boolean {
    const settled = this.fields;
    let index = 0;
    for (const field in fields) {
      const column = this.object.columns[field]!;
      if (this.triggerColumns[field] !== column) return false;
      const value = fields[field]!;
      if (value !== null && !keepsItsType(value, this.affinity.get(column))) return false;
      if (settled !== null && settled[index] !== field) return false;
      index++;
    }
    return settled === null || index === settled.length;
  }

  /** Notes an implicit record just created; the first one settles the batch's fields. */
  created(id: number, fields: Readonly<Record<string, CustomValue>>): void {
    if (this.fields === null) {
      const names = Object.keys(fields);
      this.fields = names;
      this.statements
        .get('UPDATE import_batches SET base_fields = ?, base_table = ?, base_first_id = ?, base_last_id = ? WHERE id = ?')
        .run(JSON.stringify(names), this.object.table, id, id, this.batchId);
    }
    this.lastId = id;
  }

  /** Records where the batch's implicit records end. */
  finish(): void {
    if (this.lastId === null) return;
    this.statements.get('UPDATE import_batches SET base_last_id = ? WHERE id = ?').run(this.lastId, this.batchId);
  }
}

/** What an import batch says about the records it created with implicit state. */
interface BaseBatch {
  source: string;
  fields: readonly string[];
}

/** Reads implicit states back: the batches' field lists, cached for the run. */
export class ImplicitBaseReader {
  private readonly batches = new Map<number, BaseBatch | null>();

  constructor(private readonly statements: Statements) {}

  /** The values last imported from `source` into this row, when they are implicit in it; else null. */
  lastImported(object: SyncObject, row: Record<string, unknown>, source: string): Record<string, CustomValue> | null {
    const batchId = row['sync_base_batch'];
    if (typeof batchId !== 'number') return null;
    const batch = this.batch(batchId);
    if (batch === null || batch.source !== source) return null;
    const values: Record<string, CustomValue> = {};
    for (const field of batch.fields) values[field] = row[object.columns[field]!] as CustomValue;
    const custom = parseCustomFields(row['custom_fields'] as string);
    for (const key in custom) values[CUSTOM_PREFIX + key] = custom[key]!;
    return values;
  }

  private batch(id: number): BaseBatch | null {
    let batch = this.batches.get(id);
    if (batch === undefined) {
      const row = this.statements.get('SELECT source, base_fields AS fields FROM import_batches WHERE id = ?').get(id) as
        | { source: string; fields: string | null }
        | undefined;
      batch = row && row.fields !== null ? { source: row.source, fields: JSON.parse(row.fields) as string[] } : null;
      this.batches.set(id, batch);
    }
    return batch;
  }
}

/**
 * Writes a record's implicit state out as a state row, through the table's trigger (a no-op
 * update of the mark fires it), before anything changes the record. Returns the row written.
 */
export function writeOutImplicitBase(
  statements: Statements,
  object: SyncObject,
  source: string,
  id: number,
): { values_json: string; batch_id: number } | null {
  statements.get(writeOutSql(object.table)).run(id);
  return (
    (statements
      .get('SELECT values_json, batch_id FROM sync_record_state WHERE entity = ? AND source = ? AND entity_id = ?')
      .get(object.entity, source, id) as { values_json: string; batch_id: number } | undefined) ?? null
  );
}

/** A no-op update of a marked record: its table's trigger writes the implicit state out and clears the mark. */
export function writeOutSql(table: string): string {
  return `UPDATE ${table} SET sync_base_batch = sync_base_batch WHERE id = ? AND sync_base_batch IS NOT NULL`;
}

type Affinity = 'text' | 'numeric' | 'blob';

/** SQLite's type affinity of each column (https://sqlite.org/datatype3.html, section 3.1). */
function columnAffinities(sqlite: Database.Database, table: string): Map<string, Affinity> {
  const columns = sqlite.prepare(`SELECT name, type FROM pragma_table_info(?)`).all(table) as { name: string; type: string }[];
  return new Map(
    columns.map(({ name, type }) => {
      const declared = type.toUpperCase();
      if (declared.includes('INT')) return [name, 'numeric'];
      if (/CHAR|CLOB|TEXT/.test(declared)) return [name, 'text'];
      if (declared === '' || declared.includes('BLOB')) return [name, 'blob'];
      return [name, 'numeric'];
    }),
  );
}

/** A value SQLite returns as it was stored: text in a text column, a number in a numeric one, anything in a typeless one. */
function keepsItsType(value: CustomValue, affinity: Affinity | undefined): boolean {
  if (affinity === 'blob') return typeof value === 'string' || typeof value === 'number';
  if (typeof value === 'string') return affinity === 'text';
  if (typeof value === 'number') return affinity === 'numeric' && Number.isFinite(value);
  return false;
}
