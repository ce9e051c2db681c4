import { sql, type Kysely, type Transaction } from 'kysely';

/**
 * Every CRM object syncs (issue 3), so every table the import writes gets what the sync engine
 * needs: an integer id (external ids, field state and undo point at it), custom_fields (columns
 * the workbench has no field for), created_at and updated_at.
 *
 * - usage: one row per account and day (or week) as before, or per account, day and feature
 *   (`feature`, NULL for the account's totals) for a product's feature log; `subscription_id`
 *   when the source names the subscription. Real feature logs hold several events for one
 *   account, day and feature, so that is an index, not a unique key.
 * - revenue_history: still one row per account and month (now a unique key beside the id).
 * - support_tickets, nps_responses, activities: the bookkeeping columns.
 *
 * usage and revenue_history are machine data, millions of rows in a big book: their created_at
 * and updated_at stay NULL on rows from before this migration and from the demo generator (the
 * import always sets them). Elsewhere they default to the insert time; old rows get the best
 * time known (opened, responded, created).
 *
 * SQLite cannot change a primary key or add a NOT NULL column without a default in place, so
 * each table is rebuilt (create, copy, drop, rename) in one transaction. Foreign keys are off
 * meanwhile: dropping activities would otherwise cascade to activity_contacts.
 */

const NOW = `(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`;

interface Rebuild {
  table: string;
  /** Column definitions of the new table. */
  columns: string;
  /** New column <- expression over the old row. */
  copy: Readonly<Record<string, string>>;
  indexes: readonly string[];
}

const REBUILDS: readonly Rebuild[] = [
  {
    table: 'usage',
    columns: `id integer primary key autoincrement,
      account_id integer not null references accounts (id) on delete cascade,
      subscription_id integer references subscriptions (id) on delete set null,
      date text not null,
      feature text,
      active_users integer,
      logins integer,
      features_used integer,
      seats integer,
      custom_fields text not null default '{}',
      created_at text,
      updated_at text`,
    copy: { account_id: 'account_id', date: 'date', active_users: 'active_users', logins: 'logins', features_used: 'features_used', seats: 'seats' },
    indexes: [
      'create index usage_by_account_date on usage (account_id, date)',
      'create index usage_by_subscription on usage (subscription_id) where subscription_id is not null',
    ],
  },
  {
    table: 'revenue_history',
    columns: `id integer primary key autoincrement,
      account_id integer not null references accounts (id) on delete cascade,
      period text not null,
      mrr real not null,
      custom_fields text not null default '{}',
      created_at text,
      updated_at text,
      unique (account_id, period)`,
    copy: { account_id: 'account_id', period: 'period', mrr: 'mrr' },
    indexes: ['create index revenue_history_by_period on revenue_history (period)'],
  },
  {
    table: 'support_tickets',
    columns: `id integer primary key autoincrement,
      account_id integer not null references accounts (id) on delete cascade,
      subject text,
      opened_at text not null,
      closed_at text,
      priority text,
      status text,
      custom_fields text not null default '{}',
      created_at text not null default ${NOW},
      updated_at text not null default ${NOW}`,
    copy: {
      id: 'id', account_id: 'account_id', subject: 'subject', opened_at: 'opened_at', closed_at: 'closed_at',
      priority: 'priority', status: 'status', custom_fields: 'custom_fields',
      created_at: 'opened_at', updated_at: 'coalesce(closed_at, opened_at)',
    },
    indexes: ['create index support_tickets_by_account on support_tickets (account_id)'],
  },
  {
    table: 'nps_responses',
    columns: `id integer primary key autoincrement,
      account_id integer not null references accounts (id) on delete cascade,
      contact_id integer references contacts (id) on delete set null,
      contact_email text,
      score integer not null check (score between 0 and 10),
      comment text,
      responded_at text not null,
      custom_fields text not null default '{}',
      created_at text not null default ${NOW},
      updated_at text not null default ${NOW}`,
    copy: {
      id: 'id', account_id: 'account_id', contact_id: 'contact_id', contact_email: 'contact_email', score: 'score',
      comment: 'comment', responded_at: 'responded_at', created_at: 'responded_at', updated_at: 'responded_at',
    },
    indexes: ['create index nps_by_account on nps_responses (account_id, responded_at)'],
  },
  {
    table: 'activities',
    columns: `id integer primary key autoincrement,
      account_id integer not null references accounts (id) on delete cascade,
      type text not null,
      occurred_at text not null,
      subject text not null,
      summary text not null default '',
      direction text,
      replied integer,
      custom_fields text not null default '{}',
      created_at text not null,
      updated_at text not null default ${NOW}`,
    copy: {
      id: 'id', account_id: 'account_id', type: 'type', occurred_at: 'occurred_at', subject: 'subject', summary: 'summary',
      direction: 'direction', replied: 'replied', created_at: 'created_at', updated_at: 'created_at',
    },
    indexes: ['create index activities_by_account_time on activities (account_id, occurred_at)'],
  },
];

export async function up(db: Kysely<unknown>): Promise<void> {
  await withForeignKeysOff(db, async (trx) => {
    for (const rebuild of REBUILDS) await rebuildTable(trx, rebuild);
    // The rebuilt tables, and the one pointing at a rebuilt table, must still hold together.
    for (const table of [...REBUILDS.map((rebuild) => rebuild.table), 'activity_contacts']) {
      const broken = await sql<{ parent: string }>`SELECT * FROM pragma_foreign_key_check(${table})`.execute(trx);
      const [first] = broken.rows;
      if (first) throw new Error(`0005_sync_objects: ${broken.rows.length} rows of ${table} point at missing ${first.parent} rows`);
    }
  });
}

export async function down(): Promise<void> {
  throw new Error('0005_sync_objects cannot be reverted: restore a backup of the workspace instead.');
}

/** The documented way to change a table SQLite cannot alter: create, copy, drop, rename. */
async function rebuildTable(trx: Transaction<unknown>, { table, columns, copy, indexes }: Rebuild): Promise<void> {
  const next = `${table}_0005`;
  const targets = Object.keys(copy);
  const sources = targets.map((target) => copy[target]);
  const sequence = await sql<{ seq: number }>`SELECT seq FROM sqlite_sequence WHERE name = ${table}`.execute(trx);
  await sql.raw(`create table ${next} (${columns})`).execute(trx);
  await sql.raw(`insert into ${next} (${targets.join(', ')}) select ${sources.join(', ')} from ${table} order by rowid`).execute(trx);
  await sql.raw(`drop table ${table}`).execute(trx);
  await sql.raw(`alter table ${next} rename to ${table}`).execute(trx);
  for (const index of indexes) await sql.raw(index).execute(trx);
  // Ids are never reused, even those of rows deleted before the rebuild.
  const seq = sequence.rows[0]?.seq;
  if (seq !== undefined) {
    await sql`DELETE FROM sqlite_sequence WHERE name = ${table}`.execute(trx);
    await sql`INSERT INTO sqlite_sequence (name, seq) SELECT ${table}, max(${seq}, coalesce((SELECT max(id) FROM ${sql.table(table)}), 0))`.execute(trx);
  }
}

/** PRAGMA foreign_keys is ignored inside a transaction, so it is switched outside one and checked. */
async function withForeignKeysOff(db: Kysely<unknown>, work: (trx: Transaction<unknown>) => Promise<void>): Promise<void> {
  const state = async () => (await sql<{ foreign_keys: number }>`PRAGMA foreign_keys`.execute(db)).rows[0]?.foreign_keys === 1;
  const wasOn = await state();
  await sql`PRAGMA foreign_keys = OFF`.execute(db);
  try {
    if (await state()) throw new Error('0005_sync_objects must run outside a transaction (foreign keys could not be switched off)');
    await db.transaction().execute(work);
  } finally {
    if (wasOn) await sql`PRAGMA foreign_keys = ON`.execute(db);
  }
}
