import { sql, type Kysely } from 'kysely';

/**
 * The last imported values move from one row per field (sync_field_state) to one row per
 * record and source (sync_record_state, a JSON object of field -> value): an import of 100k
 * records then writes 100k state rows instead of a million, which is what keeps it within
 * twice a bare insert.
 *
 * A record an import creates is not logged row by row either: its state row keeps the batch
 * that created it (created_batch_id), and undo removes those records with their state.
 *
 * The undo log learns a fourth action, 'field_set' (one field of a state row, with its value
 * before, or null when the field had none). Undo logs already written for sync_field_state
 * rows are rewritten into it, so batches imported before this migration can still be undone.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE TABLE sync_record_state (
    entity TEXT NOT NULL,
    source TEXT NOT NULL,
    entity_id INTEGER NOT NULL,
    values_json TEXT NOT NULL,
    batch_id INTEGER NOT NULL,
    created_batch_id INTEGER,
    PRIMARY KEY (entity, source, entity_id)
  ) WITHOUT ROWID`.execute(db);
  await sql`INSERT INTO sync_record_state (entity, source, entity_id, values_json, batch_id)
    SELECT entity, source, entity_id, json_group_object(field, json(value_json)), max(batch_id)
    FROM sync_field_state GROUP BY entity, source, entity_id`.execute(db);

  await sql`CREATE TABLE import_batch_changes_next (
    batch_id INTEGER NOT NULL REFERENCES import_batches (id) ON DELETE CASCADE,
    seq INTEGER NOT NULL,
    table_name TEXT NOT NULL,
    row_key TEXT NOT NULL,
    action TEXT NOT NULL CHECK (action IN ('inserted', 'updated', 'deleted', 'field_set')),
    previous TEXT,
    CONSTRAINT import_batch_changes_pk PRIMARY KEY (batch_id, seq)
  )`.execute(db);
  await sql`INSERT INTO import_batch_changes_next (batch_id, seq, table_name, row_key, action, previous)
    SELECT batch_id, seq, table_name, row_key, action, previous
    FROM import_batch_changes WHERE table_name <> 'sync_field_state'`.execute(db);
  // Old per-field rows become field_set changes on the record's state row. The key's member
  // order is the one the engine writes ({entity, source, entity_id}): undo matches keys as text.
  await sql`INSERT INTO import_batch_changes_next (batch_id, seq, table_name, row_key, action, previous)
    SELECT batch_id, seq, 'sync_record_state',
      json_object('entity', json_extract(row_key, '$.entity'), 'source', json_extract(row_key, '$.source'),
                  'entity_id', json_extract(row_key, '$.entity_id')),
      'field_set',
      json_object('field', json_extract(row_key, '$.field'),
                  'value_json', CASE WHEN action = 'inserted' THEN NULL ELSE json_extract(previous, '$.value_json') END)
    FROM import_batch_changes WHERE table_name = 'sync_field_state'`.execute(db);
  await sql`DROP TABLE import_batch_changes`.execute(db);
  await sql`ALTER TABLE import_batch_changes_next RENAME TO import_batch_changes`.execute(db);
  await sql`CREATE INDEX import_batch_changes_by_row ON import_batch_changes (table_name, row_key)`.execute(db);
  await sql`DROP TABLE sync_field_state`.execute(db);
}

export async function down(): Promise<void> {
  throw new Error('0007_sync_record_state cannot be reverted: restore the workspace from a backup instead.');
}
