import { sql, type Kysely } from 'kysely';

/**
 * Subscriptions as billing systems export them (one row per subscription, DOMAIN.md "revenue"
 * in its startDate/endDate/mrr form). Active MRR on a day is the sum over subscriptions that
 * started on or before it and have not ended by it. The CRM id lives in external_ids
 * (entity 'subscription'), as for every other imported record.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('subscriptions')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('account_id', 'integer', (c) => c.notNull().references('accounts.id').onDelete('cascade'))
    .addColumn('start_date', 'text', (c) => c.notNull()) // YYYY-MM-DD
    .addColumn('end_date', 'text') // YYYY-MM-DD; NULL while active
    .addColumn('mrr', 'real', (c) => c.notNull().defaultTo(0))
    .addColumn('custom_fields', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('subscriptions_by_account').on('subscriptions').column('account_id').execute();
  // Active-MRR queries filter on the start date first.
  await db.schema.createIndex('subscriptions_by_start').on('subscriptions').columns(['start_date', 'end_date']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE subscriptions`.execute(db);
}
