import type Database from 'better-sqlite3';
import type { CustomValue } from '../../../../../shared/api/dto';
import type { MappedRecord } from '../../types';
import type { LinkResult } from './types';

/** Statements are prepared once per database: links are looked up for every row of a batch. */
const STATEMENTS = new WeakMap<Database.Database, Map<string, Database.Statement>>();

function prepared(sqlite: Database.Database, sql: string): Database.Statement {
  let cache = STATEMENTS.get(sqlite);
  if (!cache) STATEMENTS.set(sqlite, (cache = new Map()));
  let statement = cache.get(sql);
  if (!statement) cache.set(sql, (statement = sqlite.prepare(sql)));
  return statement;
}

/** The record's text in a link field, or null when empty. */
export function linkOf(record: MappedRecord, field: string): string | null {
  const value = record.fields[field];
  return value === undefined || value === null || value === '' ? null : String(value);
}

/**
 * Accounts found by external id, or created, during the current run: contacts and opportunities
 * name the same accounts over and over (300k contacts, 100k accounts). Kept by source, then by
 * id as given, so a look-up builds no key string. Cleared when a run starts (an undo in between
 * may have removed accounts; nothing inside one run's transaction removes any), bounded so a
 * huge book stays flat.
 */
const ACCOUNT_IDS = new WeakMap<Database.Database, Map<string, Map<string, number>>>();
const ACCOUNT_IDS_KEPT = 200_000;

export function clearLinkCache(sqlite: Database.Database): void {
  ACCOUNT_IDS.delete(sqlite);
}

function knownAccounts(sqlite: Database.Database, source: string): Map<string, number> {
  let bySource = ACCOUNT_IDS.get(sqlite);
  if (!bySource) ACCOUNT_IDS.set(sqlite, (bySource = new Map()));
  let known = bySource.get(source);
  if (!known) bySource.set(source, (known = new Map()));
  return known;
}

/** An account just given this external id (created by the run): its contacts then need no query. */
export function rememberAccountId(sqlite: Database.Database, source: string, externalId: string, id: number): void {
  const known = knownAccounts(sqlite, source);
  if (known.size >= ACCOUNT_IDS_KEPT) known.clear();
  known.set(externalId, id);
}

export function accountIdFor(sqlite: Database.Database, source: string, externalId: string): number | null {
  const cached = knownAccounts(sqlite, source).get(externalId);
  if (cached !== undefined) return cached;
  const row = prepared(
    sqlite,
    "SELECT entity_id AS id FROM external_ids WHERE entity = 'account' AND source = ? AND external_id = ?",
  ).get(source, externalId) as { id: number } | undefined;
  if (row === undefined) return null; // not cached: the same run may create it
  rememberAccountId(sqlite, source, externalId, row.id);
  return row.id;
}

/** A subscription of this source by its CRM id, with the account it belongs to. */
export function subscriptionFor(
  sqlite: Database.Database,
  source: string,
  externalId: string,
): { id: number; accountId: number } | null {
  const row = prepared(
    sqlite,
    `SELECT s.id, s.account_id AS accountId FROM external_ids e JOIN subscriptions s ON s.id = e.entity_id
     WHERE e.entity = 'subscription' AND e.source = ? AND e.external_id = ?`,
  ).get(source, externalId) as { id: number; accountId: number } | undefined;
  return row ?? null;
}

/** The account's contact with this email (case-insensitive); the oldest when the account has several. */
export function contactAtAccount(sqlite: Database.Database, accountId: number, email: string): number | null {
  const row = prepared(
    sqlite,
    'SELECT min(id) AS id FROM contacts WHERE account_id = ? AND lower(email) = lower(?)',
  ).get(accountId, email.trim()) as { id: number | null };
  return row.id;
}

/**
 * accountExternalId -> accountId. A new record needs it; an existing one keeps its account when
 * the file leaves it empty.
 */
export function resolveAccount(
  sqlite: Database.Database,
  source: string,
  record: MappedRecord,
  isNew: boolean,
  noun: string,
): LinkResult {
  const link = linkOf(record, 'accountExternalId');
  if (link === null) {
    return isNew ? { error: `a new ${noun} needs accountExternalId (its account in the same CRM)` } : { fields: {} };
  }
  const accountId = accountIdFor(sqlite, source, link);
  if (accountId === null) {
    return { error: `unknown account: no account has ${source} id ${link} (import the accounts first)` };
  }
  return { fields: { accountId } };
}

/** Checks and links in order: the first error wins, else every result's fields together. */
export function allOf(...steps: (() => LinkResult | null)[]): LinkResult {
  const fields: Record<string, CustomValue> = {};
  for (const step of steps) {
    const result = step();
    if (result === null) continue;
    if ('error' in result) return result;
    Object.assign(fields, result.fields);
  }
  return { fields };
}
