import { sql, type Kysely } from 'kysely';

/**
 * usage_summaries: per account, the usage rows health scoring reads, folded day by day into a
 * compact blob (electron/backend/health/usageSummary.ts), so a full recompute reads one row per
 * account instead of every usage row of the 8-week window (millions in a big book).
 *
 * It is a cache, never the truth: the triggers below delete an account's summary whenever any
 * of its usage rows is inserted, changed or deleted (the import, an undo, a conflict resolution,
 * the demo, hand-written SQL: every writer alike), and the next recompute of that account
 * rebuilds it from the usage rows. An account without a summary (every account of a workspace
 * upgraded by this migration) is simply rebuilt on its next scoring, so no data moves here.
 *
 * - first_day: the earliest usage date of the account (any usage before a window), NULL when
 *   it has none;
 * - from_day: the day from which `days` holds every day with usage (all later days included);
 * - format: the blob's layout (word size and byte order); one the program does not read counts
 *   as no summary;
 * - features: JSON list of the feature names the days refer to by position, or NULL;
 * - days: the per-day entries; NULL when the account's rows cannot be summarised exactly (odd
 *   dates or counts), which sends it down the row-by-row path.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE TABLE usage_summaries (
    account_id INTEGER PRIMARY KEY REFERENCES accounts (id) ON DELETE CASCADE,
    first_day TEXT,
    from_day TEXT NOT NULL,
    format INTEGER NOT NULL,
    features TEXT,
    days BLOB
  )`.execute(db);
  await sql`CREATE TRIGGER usage_summaries_stale_on_insert AFTER INSERT ON usage BEGIN
    DELETE FROM usage_summaries WHERE account_id = NEW.account_id;
  END`.execute(db);
  await sql`CREATE TRIGGER usage_summaries_stale_on_update
    AFTER UPDATE OF account_id, date, feature, active_users, logins, features_used, seats ON usage BEGIN
    DELETE FROM usage_summaries WHERE account_id IN (OLD.account_id, NEW.account_id);
  END`.execute(db);
  await sql`CREATE TRIGGER usage_summaries_stale_on_delete AFTER DELETE ON usage BEGIN
    DELETE FROM usage_summaries WHERE account_id = OLD.account_id;
  END`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE usage_summaries`.execute(db);
}
