import { sql, type Kysely } from 'kysely';

/**
 * A record an import creates no longer gets a sync state row written beside it: its "last
 * imported" values are the record itself, as created, until something changes it. That halves
 * what a first import writes (the state JSON repeated every field and custom field of every
 * record, about half of the workspace file).
 *
 * - `<table>.sync_base_batch`: the batch that created the record, while the record still holds
 *   exactly the values that batch imported. NULL for everything else (hand-made records, and
 *   records whose state was written out).
 * - `import_batches.base_fields`: the fields (JSON array) such records carry, besides every key of
 *   their custom_fields; `base_table`, `base_first_id`, `base_last_id`: where they are (a batch
 *   is one transaction on one table, so its records' ids are one run).
 * - A trigger per table writes the state out (the values before the change) the first time such
 *   a record is updated by anything: a hand edit, a conflict answer, another source's import,
 *   a bulk update. The importer writes it out itself, logged, when it updates one.
 *
 * The field -> column maps are frozen here as the sync objects define them today; a later field
 * needs a later migration that recreates its table's trigger. Existing rows keep their explicit
 * state rows and get NULL: no data moves.
 */
export const IMPLICIT_BASE_TABLES: Readonly<Record<string, { entity: string; columns: Readonly<Record<string, string>> }>> = {
  accounts: {
    entity: 'account',
    columns: {
      name: 'name',
      domain: 'domain',
      tier: 'tier',
      segment: 'segment',
      owner: 'owner',
      stage: 'stage',
      status: 'status',
      mrr: 'mrr',
      arr: 'arr',
      currency: 'currency',
      contractStart: 'contract_start',
      renewalDate: 'renewal_date',
      seats: 'seats',
      industry: 'industry',
      region: 'region',
    },
  },
  contacts: {
    entity: 'contact',
    columns: {
      accountId: 'account_id',
      firstName: 'first_name',
      lastName: 'last_name',
      email: 'email',
      title: 'title',
      role: 'role',
      phone: 'phone',
    },
  },
  opportunities: {
    entity: 'opportunity',
    columns: {
      accountId: 'account_id',
      name: 'name',
      type: 'type',
      stage: 'stage',
      amount: 'amount',
      currency: 'currency',
      closeDate: 'close_date',
      isClosed: 'is_closed',
      isWon: 'is_won',
    },
  },
  subscriptions: {
    entity: 'subscription',
    columns: { accountId: 'account_id', startDate: 'start_date', endDate: 'end_date', mrr: 'mrr' },
  },
  usage: {
    entity: 'usage',
    columns: {
      accountId: 'account_id',
      subscriptionId: 'subscription_id',
      date: 'date',
      feature: 'feature',
      activeUsers: 'active_users',
      logins: 'logins',
      featuresUsed: 'features_used',
      seats: 'seats',
    },
  },
  support_tickets: {
    entity: 'ticket',
    columns: {
      accountId: 'account_id',
      subject: 'subject',
      openedAt: 'opened_at',
      closedAt: 'closed_at',
      priority: 'priority',
      status: 'status',
    },
  },
  nps_responses: {
    entity: 'nps_response',
    columns: {
      accountId: 'account_id',
      contactId: 'contact_id',
      contactEmail: 'contact_email',
      score: 'score',
      comment: 'comment',
      date: 'responded_at',
    },
  },
  activities: {
    entity: 'activity',
    columns: {
      accountId: 'account_id',
      type: 'type',
      date: 'occurred_at',
      subject: 'subject',
      direction: 'direction',
      replied: 'replied',
      status: 'status',
      done: 'done',
    },
  },
  revenue_history: {
    entity: 'revenue_month',
    columns: { accountId: 'account_id', period: 'period', mrr: 'mrr' },
  },
};

/** The trigger that writes a record's implicit state out before its first change. */
export function implicitBaseTriggerSql(table: string, entity: string, columns: Readonly<Record<string, string>>): string {
  const quote = (text: string) => `'${text.replace(/'/g, "''")}'`;
  // A whole number in a REAL column is written as JSON `1000`, not `1000.0`, as the importer's
  // own JSON.stringify writes it: an explicit and a written-out state read the same.
  const asJsonNumber = (value: string) =>
    `CASE WHEN typeof(${value}) = 'real' AND ${value} = CAST(${value} AS INTEGER) THEN CAST(${value} AS INTEGER) ELSE ${value} END`;
  const cases = Object.entries(columns)
    .map(([field, column]) => `WHEN ${quote(field)} THEN ${asJsonNumber(`OLD.${column}`)}`)
    .join(' ');
  return `CREATE TRIGGER ${table}_write_out_sync_base AFTER UPDATE ON ${table}
    WHEN OLD.sync_base_batch IS NOT NULL AND NEW.sync_base_batch IS NOT NULL
    BEGIN
      INSERT OR IGNORE INTO sync_record_state (entity, source, entity_id, values_json, batch_id, created_batch_id)
      SELECT ${quote(entity)}, b.source, OLD.id,
        (SELECT json_group_object(k, v) FROM (
          SELECT f.value AS k, CASE f.value ${cases} END AS v FROM json_each(b.base_fields) f
          UNION ALL
          SELECT 'custom:' || c.key, c.value FROM json_each(OLD.custom_fields) c)),
        b.id, b.id
      FROM import_batches b WHERE b.id = OLD.sync_base_batch;
      UPDATE ${table} SET sync_base_batch = NULL WHERE id = OLD.id;
    END`;
}

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE import_batches ADD COLUMN base_fields TEXT`.execute(db);
  await sql`ALTER TABLE import_batches ADD COLUMN base_table TEXT`.execute(db);
  await sql`ALTER TABLE import_batches ADD COLUMN base_first_id INTEGER`.execute(db);
  await sql`ALTER TABLE import_batches ADD COLUMN base_last_id INTEGER`.execute(db);
  for (const [table, { entity, columns }] of Object.entries(IMPLICIT_BASE_TABLES)) {
    await sql.raw(`ALTER TABLE ${table} ADD COLUMN sync_base_batch INTEGER`).execute(db);
    await sql.raw(implicitBaseTriggerSql(table, entity, columns)).execute(db);
  }
}
