import { sql, type Kysely } from 'kysely';

/**
 * The portfolio opens sorted by name and shows its first screen from `accounts.list` with a
 * limit; this index lets SQLite read the first rows in order instead of sorting the book.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE INDEX accounts_by_name ON accounts (name COLLATE NOCASE, id)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP INDEX accounts_by_name`.execute(db);
}
