import { sql, type Kysely } from 'kysely';

/**
 * Mapping profiles saved by name in the Import wizard. `header_key` is the file's header as a
 * set (see repos/mappingProfiles.ts headerSetKey): a file that comes back with the same
 * columns is offered its saved mapping again.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('mapping_profiles')
    .addColumn('name', 'text', (c) => c.primaryKey())
    .addColumn('header_key', 'text', (c) => c.notNull())
    .addColumn('header_json', 'text', (c) => c.notNull()) // the header as saved, in file order
    .addColumn('mapping_json', 'text', (c) => c.notNull()) // a MappingSpec
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('mapping_profiles_by_header').on('mapping_profiles').columns(['header_key', 'updated_at']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE mapping_profiles`.execute(db);
}
