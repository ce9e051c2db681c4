import { sql, type Kysely } from 'kysely';

/**
 * Two things the CRM sync (issue 3) needs to be trusted:
 *
 * - activities.status and activities.done: a CRM task is a touch only once it is done
 *   (Salesforce counts completed tasks only). `status` keeps the CRM's own word ("Not Started",
 *   "Completed"); `done` is 1 (done), 0 (open, planned, not held) or NULL (not known: every touch
 *   logged by hand, and imports that carry no status), and NULL counts as done. Existing rows
 *   stay NULL, so every touch that counted before still counts.
 *
 * - local_edits: which columns of which record a user changed by hand, and the newest import
 *   batch that existed then (`after_batch_id`). Undo compares that with the columns a batch
 *   wrote, field by field, instead of refusing after any edit to the record. One row per record
 *   and column (the latest edit); batch ids, unlike clocks, cannot tie or go backwards.
 *
 * No data moves: existing records have no recorded edits, and undo falls back to the record's
 * updated_at for changes nobody recorded (see import/sync/undoFieldGuard.ts).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE activities ADD COLUMN status TEXT`.execute(db);
  await sql`ALTER TABLE activities ADD COLUMN done INTEGER CHECK (done IN (0, 1))`.execute(db);
  await sql`CREATE TABLE local_edits (
    table_name TEXT NOT NULL,
    row_id INTEGER NOT NULL,
    column_name TEXT NOT NULL,
    edited_at TEXT NOT NULL,
    after_batch_id INTEGER NOT NULL,
    PRIMARY KEY (table_name, row_id, column_name)
  ) WITHOUT ROWID`.execute(db);
}

export async function down(): Promise<void> {
  throw new Error('0009_task_status_and_local_edits cannot be reverted: restore a backup of the workspace instead.');
}
