import path from 'node:path';
import Database from 'better-sqlite3';
import { Kysely, Migrator, SqliteDialect } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { MIGRATIONS, StaticMigrationProvider } from '../../../electron/backend/db/migrations';
import * as m0005 from '../../../electron/backend/db/migrations/0005_sync_objects';
import { openWorkspace } from '../../../electron/backend/db/workspace';
import { fixedClock, makeTempDir } from '../../helpers/tempDir';

const UP_TO_0004 = ['0001_init', '0002_accounts_name_index', '0003_import_sync', '0004_subscriptions'];

/** Rows of every kind 0005 rebuilds, written at schema 0004 the way the demo and the app wrote them. */
const ROWS_AT_0004 = `
  INSERT INTO workspace_meta VALUES ('app', 'csm-workbench');
  INSERT INTO accounts (id, name, created_at, updated_at) VALUES (1, 'Acme', 'x', 'x'), (2, 'Globex', 'x', 'x');
  INSERT INTO contacts (id, account_id, first_name, email, created_at, updated_at) VALUES (1, 1, 'Jo', 'jo@acme.com', 'x', 'x');
  INSERT INTO subscriptions (id, account_id, start_date, mrr, created_at, updated_at) VALUES (1, 1, '2024-01-01', 100, 'x', 'x');
  INSERT INTO usage VALUES (1, '2025-01-06', 5, 20, 3, 10), (1, '2025-01-13', 6, 25, 4, 10), (2, '2025-01-06', 1, 2, 1, 3);
  INSERT INTO revenue_history VALUES (1, '2025-01', 100), (1, '2025-02', 120.5), (2, '2025-01', 50);
  INSERT INTO support_tickets (account_id, subject, opened_at, closed_at, priority, status, custom_fields) VALUES
    (1, 'SSO broken', '2025-01-02T10:00:00.000Z', NULL, 'high', 'open', '{"Origin":"Web"}'),
    (2, 'Invoice', '2025-01-03T10:00:00.000Z', '2025-01-04T10:00:00.000Z', 'low', 'closed', '{}'),
    (2, 'Deleted later', '2025-01-05T10:00:00.000Z', NULL, 'low', 'open', '{}');
  DELETE FROM support_tickets WHERE id = 3;
  INSERT INTO nps_responses (account_id, contact_id, contact_email, score, comment, responded_at) VALUES
    (1, 1, 'jo@acme.com', 9, 'Great', '2025-01-10T08:00:00.000Z');
  INSERT INTO activities (account_id, type, occurred_at, subject, summary, direction, replied, created_at) VALUES
    (1, 'call', '2025-01-07T15:00:00.000Z', 'Kickoff', 'went well', NULL, NULL, '2025-01-07T16:00:00.000Z'),
    (1, 'email', '2025-01-08T09:00:00.000Z', 'Follow-up', '', 'outbound', 0, '2025-01-08T09:01:00.000Z');
  INSERT INTO activity_contacts VALUES (1, 1), (2, 1);`;

/** The columns that existed before 0005, as they were. */
const OLD_COLUMNS: Record<string, string> = {
  usage: 'SELECT account_id, date, active_users, logins, features_used, seats FROM usage ORDER BY account_id, date',
  revenue_history: 'SELECT account_id, period, mrr FROM revenue_history ORDER BY account_id, period',
  support_tickets: 'SELECT id, account_id, subject, opened_at, closed_at, priority, status, custom_fields FROM support_tickets ORDER BY id',
  nps_responses: 'SELECT id, account_id, contact_id, contact_email, score, comment, responded_at FROM nps_responses ORDER BY id',
  activities: 'SELECT id, account_id, type, occurred_at, subject, summary, direction, replied, created_at FROM activities ORDER BY id',
  activity_contacts: 'SELECT * FROM activity_contacts ORDER BY activity_id, contact_id',
};

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()));

/** A workspace file at schema 0004 holding ROWS_AT_0004, and what its old columns read. */
async function workspaceAt0004(): Promise<{ file: string; before: Record<string, unknown[]> }> {
  const { dir, cleanup } = makeTempDir('csm-0005-');
  cleanups.push(cleanup);
  const file = path.join(dir, 'old.csm');
  const sqlite = new Database(file);
  sqlite.pragma('foreign_keys = ON');
  const db = new Kysely<unknown>({ dialect: new SqliteDialect({ database: sqlite }) });
  const provider = new StaticMigrationProvider(Object.fromEntries(UP_TO_0004.map((name) => [name, MIGRATIONS[name]!])));
  expect((await new Migrator({ db, provider }).migrateToLatest()).error).toBeUndefined();
  sqlite.exec(ROWS_AT_0004);
  const before = Object.fromEntries(Object.entries(OLD_COLUMNS).map(([table, query]) => [table, sqlite.prepare(query).all()]));
  await db.destroy();
  return { file, before };
}

describe('migration 0005_sync_objects', () => {
  it('keeps every row of the rebuilt tables and fills the new columns from what the rows knew', async () => {
    const { file, before } = await workspaceAt0004();
    const ws = await openWorkspace(file, { ifMissing: 'fail', clock: fixedClock() });
    try {
      const { sqlite } = ws;
      expect(sqlite.prepare("SELECT count(*) AS n FROM kysely_migration WHERE name = '0005_sync_objects'").get()).toEqual({ n: 1 });
      for (const [table, query] of Object.entries(OLD_COLUMNS)) expect(sqlite.prepare(query).all(), table).toEqual(before[table]);

      expect(sqlite.prepare('SELECT id, feature, subscription_id, custom_fields, created_at FROM usage ORDER BY id').all()).toEqual([
        { id: 1, feature: null, subscription_id: null, custom_fields: '{}', created_at: null },
        { id: 2, feature: null, subscription_id: null, custom_fields: '{}', created_at: null },
        { id: 3, feature: null, subscription_id: null, custom_fields: '{}', created_at: null },
      ]);
      expect(sqlite.prepare('SELECT id, custom_fields, updated_at FROM revenue_history ORDER BY id').all()).toEqual([
        { id: 1, custom_fields: '{}', updated_at: null },
        { id: 2, custom_fields: '{}', updated_at: null },
        { id: 3, custom_fields: '{}', updated_at: null },
      ]);
      expect(sqlite.prepare('SELECT id, created_at, updated_at FROM support_tickets ORDER BY id').all()).toEqual([
        { id: 1, created_at: '2025-01-02T10:00:00.000Z', updated_at: '2025-01-02T10:00:00.000Z' },
        { id: 2, created_at: '2025-01-03T10:00:00.000Z', updated_at: '2025-01-04T10:00:00.000Z' },
      ]);
      expect(sqlite.prepare('SELECT custom_fields, created_at, updated_at FROM nps_responses').get()).toEqual({
        custom_fields: '{}',
        created_at: '2025-01-10T08:00:00.000Z',
        updated_at: '2025-01-10T08:00:00.000Z',
      });
      expect(sqlite.prepare('SELECT id, custom_fields, updated_at FROM activities ORDER BY id').all()).toEqual([
        { id: 1, custom_fields: '{}', updated_at: '2025-01-07T16:00:00.000Z' },
        { id: 2, custom_fields: '{}', updated_at: '2025-01-08T09:01:00.000Z' },
      ]);
    } finally {
      await ws.close();
    }
  });

  it('leaves the constraints, indexes and id counters working, with foreign keys back on', async () => {
    const { file } = await workspaceAt0004();
    const ws = await openWorkspace(file, { ifMissing: 'fail', clock: fixedClock() });
    try {
      const { sqlite } = ws;
      expect(sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
      expect(sqlite.prepare('SELECT * FROM pragma_foreign_key_check').all()).toEqual([]);
      const indexes = sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND name NOT LIKE 'sqlite_%'").pluck().all();
      expect(indexes).toEqual(
        expect.arrayContaining([
          'usage_by_account_date',
          'usage_by_subscription',
          'revenue_history_by_period',
          'support_tickets_by_account',
          'nps_by_account',
          'activities_by_account_time',
        ]),
      );
      // Ticket 3 was deleted before the rebuild: its id is not handed out again.
      sqlite.prepare("INSERT INTO support_tickets (account_id, opened_at) VALUES (1, '2025-02-01')").run();
      expect(sqlite.prepare('SELECT max(id) FROM support_tickets').pluck().get()).toBe(4);
      expect(sqlite.prepare("SELECT created_at FROM support_tickets WHERE id = 4").pluck().get()).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
      expect(() => sqlite.prepare("INSERT INTO revenue_history (account_id, period, mrr) VALUES (1, '2025-01', 1)").run()).toThrow(/UNIQUE/);
      expect(() => sqlite.prepare("INSERT INTO nps_responses (account_id, score, responded_at) VALUES (1, 11, '2025-01-01')").run()).toThrow(/CHECK/);
      expect(() => sqlite.prepare("INSERT INTO usage (account_id, date) VALUES (99, '2025-01-01')").run()).toThrow(/FOREIGN KEY/);

      sqlite.prepare("INSERT INTO usage (account_id, subscription_id, date, feature) VALUES (1, 1, '2025-01-20', 'Reports')").run();
      sqlite.prepare('DELETE FROM subscriptions WHERE id = 1').run();
      expect(sqlite.prepare("SELECT subscription_id FROM usage WHERE feature = 'Reports'").pluck().get()).toBeNull();
      sqlite.prepare('DELETE FROM contacts WHERE id = 1').run();
      expect(sqlite.prepare('SELECT contact_id FROM nps_responses').pluck().get()).toBeNull();
      expect(sqlite.prepare('SELECT count(*) FROM activity_contacts').pluck().get()).toBe(0);
      sqlite.prepare('DELETE FROM accounts WHERE id = 2').run();
      for (const table of ['usage', 'revenue_history', 'support_tickets']) {
        expect(sqlite.prepare(`SELECT count(*) FROM ${table} WHERE account_id = 2`).pluck().get(), table).toBe(0);
      }
    } finally {
      await ws.close();
    }
  });

  it('refuses to run inside a transaction, where foreign keys cannot be switched off, and changes nothing', async () => {
    const { file, before } = await workspaceAt0004();
    const sqlite = new Database(file);
    sqlite.pragma('foreign_keys = ON');
    const db = new Kysely<unknown>({ dialect: new SqliteDialect({ database: sqlite }) });
    try {
      sqlite.exec('BEGIN');
      await expect(m0005.up(db)).rejects.toThrow('0005_sync_objects must run outside a transaction');
      sqlite.exec('ROLLBACK');
      for (const [table, query] of Object.entries(OLD_COLUMNS)) expect(sqlite.prepare(query).all(), table).toEqual(before[table]);
      expect(sqlite.prepare('SELECT count(*) FROM activity_contacts').pluck().get()).toBe(2);
    } finally {
      await db.destroy();
    }
  });
});
