import type Database from 'better-sqlite3';
import { sql, type Kysely } from 'kysely';
import type { AccountPatch, ContactPatch } from '../../../../shared/api/contract';
import type { DB } from '../schema';
import { ACCOUNT_FIELD_COLUMNS } from './accounts';
import { CONTACT_FIELD_COLUMNS } from './contacts';

/**
 * Which fields of a record a user changed by hand (table local_edits, migration 0009), so that
 * undoing an import refuses only when it would overwrite one of them (import/sync/undoFieldGuard.ts).
 * Recorded per column, only when the value really changes (a form that sends every field does
 * not mark them all), with the newest import batch that existed at the time.
 */

type EditableTable = 'accounts' | 'contacts';

const COLUMNS_OF: { accounts: Readonly<Record<string, string>>; contacts: Readonly<Record<string, string>> } = {
  accounts: ACCOUNT_FIELD_COLUMNS,
  contacts: CONTACT_FIELD_COLUMNS,
};

/**
 * Call in the edit's transaction, before the row is updated: it compares each patched column
 * with the stored value. Table and column names come from the field maps, never from input.
 */
export async function recordLocalEdits<T extends EditableTable>(
  db: Kysely<DB>,
  table: T,
  id: number,
  patch: T extends 'accounts' ? AccountPatch : ContactPatch,
  now: string,
): Promise<void> {
  const columns = COLUMNS_OF[table];
  for (const [field, value] of Object.entries(patch)) {
    const column = columns[field];
    if (value === undefined || column === undefined) continue;
    await sql`INSERT INTO local_edits (table_name, row_id, column_name, edited_at, after_batch_id)
      SELECT ${table}, id, ${column}, ${now}, (SELECT coalesce(max(b.id), 0) FROM import_batches b)
      FROM ${sql.table(table)} WHERE id = ${id} AND ${sql.ref(column)} IS NOT ${value}
      ON CONFLICT (table_name, row_id, column_name) DO UPDATE
        SET edited_at = excluded.edited_at, after_batch_id = excluded.after_batch_id`.execute(db);
  }
}

/** Per record id, the columns of `table` edited here since batch `batchId` ran (at or after it). */
export function columnsEditedSince(
  sqlite: Database.Database,
  table: string,
  ids: readonly number[],
  batchId: number,
): Map<number, Set<string>> {
  const rows = sqlite
    .prepare(
      `SELECT row_id AS id, column_name AS "column" FROM local_edits
       WHERE table_name = ? AND row_id IN (SELECT value FROM json_each(?)) AND after_batch_id >= ?`,
    )
    .all(table, JSON.stringify(ids), batchId) as { id: number; column: string }[];
  const edited = new Map<number, Set<string>>();
  for (const row of rows) edited.set(row.id, (edited.get(row.id) ?? new Set()).add(row.column));
  return edited;
}
