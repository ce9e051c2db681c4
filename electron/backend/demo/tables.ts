import type Database from 'better-sqlite3';
import { BulkWriter, type TableBuffer, type TableSpec } from './bulk-writer';

/** Every table the generators fill, in foreign-key order, with the columns they write. */
export const TABLE_SPECS = [
  {
    table: 'accounts',
    columns: ['id', 'name', 'domain', 'tier', 'segment', 'owner', 'stage', 'status', 'mrr', 'arr', 'currency',
      'contract_start', 'renewal_date', 'seats', 'industry', 'region', 'custom_fields', 'created_at', 'updated_at'],
    parents: [],
  },
  { table: 'external_ids', columns: ['entity', 'entity_id', 'source', 'external_id'], parents: [] },
  {
    table: 'contacts',
    columns: ['id', 'account_id', 'first_name', 'last_name', 'email', 'title', 'role', 'phone', 'created_at', 'updated_at'],
    parents: ['accounts'],
  },
  { table: 'revenue_history', columns: ['account_id', 'period', 'mrr'], parents: ['accounts'] },
  {
    table: 'opportunities',
    columns: ['id', 'account_id', 'name', 'type', 'stage', 'amount', 'currency', 'close_date', 'is_closed', 'is_won',
      'created_at', 'updated_at'],
    parents: ['accounts'],
  },
  { table: 'usage', columns: ['account_id', 'date', 'active_users', 'logins', 'features_used', 'seats'], parents: ['accounts'] },
  {
    table: 'support_tickets',
    columns: ['id', 'account_id', 'subject', 'opened_at', 'closed_at', 'priority', 'status', 'created_at', 'updated_at'],
    parents: ['accounts'],
  },
  {
    table: 'nps_responses',
    columns: ['id', 'account_id', 'contact_id', 'contact_email', 'score', 'comment', 'responded_at', 'created_at', 'updated_at'],
    parents: ['accounts', 'contacts'],
  },
  {
    table: 'activities',
    columns: ['id', 'account_id', 'type', 'occurred_at', 'subject', 'summary', 'direction', 'replied', 'created_at', 'updated_at'],
    parents: ['accounts'],
  },
  { table: 'activity_contacts', columns: ['activity_id', 'contact_id'], parents: ['activities', 'contacts'] },
  {
    table: 'notes',
    columns: ['id', 'account_id', 'title', 'body', 'template', 'call_started_at', 'call_ended_at', 'created_at', 'updated_at'],
    parents: ['accounts'],
  },
  {
    table: 'tasks',
    columns: ['id', 'account_id', 'note_id', 'title', 'due_date', 'status', 'source', 'created_at', 'completed_at'],
    parents: ['accounts', 'notes'],
  },
] as const satisfies readonly TableSpec[];

export type GeneratedTable = (typeof TABLE_SPECS)[number]['table'];
export const GENERATED_TABLES: readonly GeneratedTable[] = TABLE_SPECS.map((spec) => spec.table);

export type Tables = Record<GeneratedTable, TableBuffer>;

export function createTables(sqlite: Database.Database): { writer: BulkWriter; tables: Tables } {
  const writer = new BulkWriter(sqlite, TABLE_SPECS);
  const tables = {} as Tables;
  for (const name of GENERATED_TABLES) tables[name] = writer.table(name);
  return { writer, tables };
}
