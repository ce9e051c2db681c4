import { sql, type Kysely } from 'kysely';

/**
 * The first schema: every entity of DOMAIN.md needed by the foundation. Dates are ISO text
 * (YYYY-MM-DD, or full ISO date-times for moments); money is REAL in the account's currency;
 * CRM fields the workbench has no column for live in `custom_fields` (JSON object text).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('workspace_meta')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('value', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('accounts')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('domain', 'text')
    .addColumn('tier', 'text')
    .addColumn('segment', 'text')
    .addColumn('owner', 'text')
    .addColumn('stage', 'text')
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('active'))
    .addColumn('mrr', 'real', (c) => c.notNull().defaultTo(0))
    .addColumn('arr', 'real', (c) => c.notNull().defaultTo(0))
    .addColumn('currency', 'text', (c) => c.notNull().defaultTo('USD'))
    .addColumn('contract_start', 'text')
    .addColumn('renewal_date', 'text')
    .addColumn('seats', 'integer')
    .addColumn('industry', 'text')
    .addColumn('region', 'text')
    .addColumn('custom_fields', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  // One external id per CRM source; Salesforce 15/18-char ids are normalised by the importer.
  await db.schema
    .createTable('external_ids')
    .addColumn('entity', 'text', (c) => c.notNull())
    .addColumn('entity_id', 'integer', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('external_id', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('external_ids_pk', ['entity', 'source', 'external_id'])
    .execute();
  await db.schema
    .createIndex('external_ids_by_entity')
    .on('external_ids')
    .columns(['entity', 'entity_id'])
    .execute();

  await db.schema
    .createTable('contacts')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('account_id', 'integer', (c) => c.notNull().references('accounts.id').onDelete('cascade'))
    .addColumn('first_name', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('last_name', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('email', 'text')
    .addColumn('title', 'text')
    .addColumn('role', 'text')
    .addColumn('phone', 'text')
    .addColumn('custom_fields', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('contacts_by_account').on('contacts').column('account_id').execute();

  await db.schema
    .createTable('revenue_history')
    .addColumn('account_id', 'integer', (c) => c.notNull().references('accounts.id').onDelete('cascade'))
    .addColumn('period', 'text', (c) => c.notNull()) // YYYY-MM
    .addColumn('mrr', 'real', (c) => c.notNull())
    .addPrimaryKeyConstraint('revenue_history_pk', ['account_id', 'period'])
    .execute();
  await db.schema.createIndex('revenue_history_by_period').on('revenue_history').column('period').execute();

  await db.schema
    .createTable('opportunities')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('account_id', 'integer', (c) => c.notNull().references('accounts.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('type', 'text') // new | renewal | expansion
    .addColumn('stage', 'text')
    .addColumn('amount', 'real')
    .addColumn('currency', 'text', (c) => c.notNull().defaultTo('USD'))
    .addColumn('close_date', 'text')
    .addColumn('is_closed', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('is_won', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('custom_fields', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('opportunities_by_account').on('opportunities').column('account_id').execute();

  await db.schema
    .createTable('usage')
    .addColumn('account_id', 'integer', (c) => c.notNull().references('accounts.id').onDelete('cascade'))
    .addColumn('date', 'text', (c) => c.notNull()) // day, or the Monday of a weekly row
    .addColumn('active_users', 'integer')
    .addColumn('logins', 'integer')
    .addColumn('features_used', 'integer')
    .addColumn('seats', 'integer')
    .addPrimaryKeyConstraint('usage_pk', ['account_id', 'date'])
    .execute();

  await db.schema
    .createTable('support_tickets')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('account_id', 'integer', (c) => c.notNull().references('accounts.id').onDelete('cascade'))
    .addColumn('subject', 'text')
    .addColumn('opened_at', 'text', (c) => c.notNull())
    .addColumn('closed_at', 'text')
    .addColumn('priority', 'text')
    .addColumn('status', 'text')
    .addColumn('custom_fields', 'text', (c) => c.notNull().defaultTo('{}'))
    .execute();
  await db.schema.createIndex('support_tickets_by_account').on('support_tickets').column('account_id').execute();

  await db.schema
    .createTable('nps_responses')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('account_id', 'integer', (c) => c.notNull().references('accounts.id').onDelete('cascade'))
    .addColumn('contact_id', 'integer', (c) => c.references('contacts.id').onDelete('set null'))
    .addColumn('contact_email', 'text')
    .addColumn('score', 'integer', (c) => c.notNull().check(sql`score between 0 and 10`))
    .addColumn('comment', 'text')
    .addColumn('responded_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('nps_by_account').on('nps_responses').columns(['account_id', 'responded_at']).execute();

  await db.schema
    .createTable('activities')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('account_id', 'integer', (c) => c.notNull().references('accounts.id').onDelete('cascade'))
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('occurred_at', 'text', (c) => c.notNull())
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('summary', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('direction', 'text')
    .addColumn('replied', 'integer')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('activities_by_account_time')
    .on('activities')
    .columns(['account_id', 'occurred_at'])
    .execute();

  await db.schema
    .createTable('activity_contacts')
    .addColumn('activity_id', 'integer', (c) => c.notNull().references('activities.id').onDelete('cascade'))
    .addColumn('contact_id', 'integer', (c) => c.notNull().references('contacts.id').onDelete('cascade'))
    .addPrimaryKeyConstraint('activity_contacts_pk', ['activity_id', 'contact_id'])
    .execute();
  await db.schema.createIndex('activity_contacts_by_contact').on('activity_contacts').column('contact_id').execute();

  await db.schema
    .createTable('notes')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('account_id', 'integer', (c) => c.notNull().references('accounts.id').onDelete('cascade'))
    .addColumn('title', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('body', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('template', 'text')
    .addColumn('call_started_at', 'text')
    .addColumn('call_ended_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('notes_by_account').on('notes').column('account_id').execute();

  await db.schema
    .createTable('tasks')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('account_id', 'integer', (c) => c.references('accounts.id').onDelete('cascade'))
    .addColumn('note_id', 'integer', (c) => c.references('notes.id').onDelete('set null'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('due_date', 'text')
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('open'))
    .addColumn('source', 'text', (c) => c.notNull().defaultTo('manual'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('completed_at', 'text')
    .execute();
  await db.schema.createIndex('tasks_by_account').on('tasks').column('account_id').execute();
}

export async function down(): Promise<void> {
  throw new Error('The first migration cannot be reverted: delete the workspace file instead.');
}
