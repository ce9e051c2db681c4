import { sql, type Kysely } from 'kysely';

/**
 * Re-import is a sync (DOMAIN.md): the workbench remembers per field the last value it imported
 * (sync_field_state), records both-sides edits as conflicts for the user, flags records missing
 * from a full export instead of deleting them, and keeps every batch with enough to undo it
 * (import_batch_changes: per written row, its key and the values it had before).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('import_batches')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('file', 'text', (c) => c.notNull())
    .addColumn('file_hash', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('object', 'text', (c) => c.notNull())
    .addColumn('mapping_name', 'text', (c) => c.notNull())
    .addColumn('full_export', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('counts', 'text', (c) => c.notNull()) // JSON: new, updated, unchanged, conflicts, invalid, missing
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('undone_at', 'text')
    .execute();
  await db.schema.createIndex('import_batches_by_hash').on('import_batches').column('file_hash').execute();

  // One row per row the batch wrote, in order; undo walks them backwards.
  await db.schema
    .createTable('import_batch_changes')
    .addColumn('batch_id', 'integer', (c) => c.notNull().references('import_batches.id').onDelete('cascade'))
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('table_name', 'text', (c) => c.notNull())
    .addColumn('row_key', 'text', (c) => c.notNull()) // JSON object of the row's key columns
    .addColumn('action', 'text', (c) => c.notNull().check(sql`action in ('inserted', 'updated', 'deleted')`))
    .addColumn('previous', 'text') // JSON: changed columns before (updated) or the whole row (deleted)
    .addPrimaryKeyConstraint('import_batch_changes_pk', ['batch_id', 'seq'])
    .execute();
  await db.schema
    .createIndex('import_batch_changes_by_row')
    .on('import_batch_changes')
    .columns(['table_name', 'row_key'])
    .execute();

  await db.schema
    .createTable('sync_field_state')
    .addColumn('entity', 'text', (c) => c.notNull())
    .addColumn('entity_id', 'integer', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('field', 'text', (c) => c.notNull()) // workbench field name, or custom:<header>
    .addColumn('value_json', 'text', (c) => c.notNull())
    .addColumn('batch_id', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('sync_field_state_pk', ['entity', 'entity_id', 'source', 'field'])
    .execute();

  await db.schema
    .createTable('sync_conflicts')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('entity', 'text', (c) => c.notNull())
    .addColumn('entity_id', 'integer', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('field', 'text', (c) => c.notNull())
    .addColumn('local_json', 'text', (c) => c.notNull())
    .addColumn('incoming_json', 'text', (c) => c.notNull())
    .addColumn('last_imported_json', 'text') // null: the field was never imported before
    .addColumn('batch_id', 'integer', (c) => c.notNull())
    .addColumn('status', 'text', (c) =>
      c.notNull().defaultTo('open').check(sql`status in ('open', 'kept_local', 'took_incoming', 'superseded')`),
    )
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('resolved_at', 'text')
    .execute();
  await db.schema
    .createIndex('sync_conflicts_by_entity')
    .on('sync_conflicts')
    .columns(['entity', 'entity_id', 'status'])
    .execute();

  await db.schema
    .createTable('sync_missing')
    .addColumn('entity', 'text', (c) => c.notNull())
    .addColumn('entity_id', 'integer', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('batch_id', 'integer', (c) => c.notNull())
    .addColumn('flagged_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('sync_missing_pk', ['entity', 'entity_id', 'source'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['sync_missing', 'sync_conflicts', 'sync_field_state', 'import_batch_changes', 'import_batches']) {
    await db.schema.dropTable(table).execute();
  }
}
