import type Database from 'better-sqlite3';
import type { Kysely, Selectable } from 'kysely';
import type { AccountPatch } from '../../../../shared/api/contract';
import type { Account, AccountRow } from '../../../../shared/api/dto';
import type { AccountStatus, LifecycleStage, Tier } from '../../../../shared/api/enums';
import type { AccountsTable, DB } from '../schema';
import { allExternalIds, externalIdsFor } from './externalIds';
import { parseCustomFields } from './json';
import { TREND_LOOKBACK_DAYS } from '../../../../shared/domain/health';
import { TOUCH_CONDITION } from './touchCondition';
import { arrFactColumns, arrParams, settleArr, type ArrFactRow } from './effectiveArr';


/**
 * The trend's change as healthTrend computes it for health.get: the latest scored snapshot
 * against the latest scored one at least TREND_LOOKBACK_DAYS older, or else the oldest scored
 * one before it. `x` is the latest scored snapshot; each lookup is one seek on
 * health_snapshots' primary key (account, date).
 */
const changeFrom = (x: string) => `${x}.score - coalesce(
    (SELECT r.score FROM health_snapshots r WHERE r.account_id = a.id AND r.score IS NOT NULL
       AND r.date <= date(${x}.date, '-${TREND_LOOKBACK_DAYS} days') ORDER BY r.date DESC LIMIT 1),
    (SELECT r.score FROM health_snapshots r WHERE r.account_id = a.id AND r.score IS NOT NULL
       AND r.date < ${x}.date ORDER BY r.date LIMIT 1))`;

// Usually the latest snapshot (h) is scored and is the one to start from; only an account not
// scored today looks further back. No snapshot at all costs nothing more.
const HEALTH_CHANGE_SQL = `CASE WHEN h.account_id IS NULL THEN NULL
    WHEN h.score IS NOT NULL THEN ${changeFrom('h')}
    ELSE (SELECT ${changeFrom('s')} FROM health_snapshots s
          WHERE s.account_id = a.id AND s.score IS NOT NULL ORDER BY s.date DESC LIMIT 1) END`;

const ROW_SQL = `
  SELECT a.id, a.name, a.tier, a.segment, a.owner, a.stage, ${arrFactColumns('a')}, a.currency,
         a.renewal_date AS renewalDate,
         (SELECT max(t.occurred_at) FROM activities t WHERE t.account_id = a.id AND t.occurred_at <= @now AND ${TOUCH_CONDITION}) AS lastTouch,
         (SELECT count(*) FROM contacts c WHERE c.account_id = a.id) AS contactsCount,
         coalesce(h.override_score, h.score) AS healthScore,
         coalesce(h.override_band, h.band) AS healthBand,
         h.override_band IS NOT NULL AS healthOverridden,
         ${HEALTH_CHANGE_SQL} AS healthChange
  FROM accounts a
  -- The latest health snapshot: one primary-key seek per account (health_snapshots is keyed by account and date).
  LEFT JOIN health_snapshots h
    ON h.account_id = a.id AND h.date = (SELECT max(l.date) FROM health_snapshots l WHERE l.account_id = a.id)`;

/**
 * Portfolio rows by name, all of them or the first `limit`; one statement, no per-row round
 * trips (100k rows). Both orders are the same, so the first screen never jumps when the rest arrives.
 * The last touch is the latest up to `nowIso`: a completed task or event dated later has not happened yet.
 * `arr` is the effective ARR (db/repos/effectiveArr.ts) as of `nowIso`, `arrSource` says whence.
 */
export function listAccountRows(sqlite: Database.Database, limit?: number, nowIso = new Date().toISOString()): AccountRow[] {
  const params = { now: nowIso, ...arrParams(nowIso) };
  // For the whole book one sort beats walking the name index (a table lookup per row): the
  // unary + keeps SQLite off the index. Measured at 100k accounts: ~0.86 s against ~1.5 s.
  const rows = (
    limit === undefined
      ? sqlite.prepare(`${ROW_SQL} ORDER BY +a.name COLLATE NOCASE, a.id`).all(params)
      : sqlite.prepare(`${ROW_SQL} ORDER BY a.name COLLATE NOCASE, a.id LIMIT @limit`).all({ ...params, limit })
  ) as (AccountRow & ArrFactRow)[];
  for (const row of rows) settleArr(row);
  return rows;
}

export function countAccounts(sqlite: Database.Database): number {
  return (sqlite.prepare('SELECT count(*) AS n FROM accounts').get() as { n: number }).n;
}

/** Each editable account field's column; the import sync writes through the same map. */
export const ACCOUNT_FIELD_COLUMNS = {
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
} as const satisfies Record<keyof AccountPatch, keyof AccountsTable>;

function toAccount(row: Selectable<AccountsTable>, externalIds: Record<string, string>): Account {
  return {
    id: row.id,
    externalIds,
    name: row.name,
    domain: row.domain,
    tier: row.tier as Tier | null,
    segment: row.segment,
    owner: row.owner,
    stage: row.stage as LifecycleStage | null,
    status: row.status as AccountStatus,
    mrr: row.mrr,
    arr: row.arr,
    currency: row.currency,
    contractStart: row.contract_start,
    renewalDate: row.renewal_date,
    seats: row.seats,
    industry: row.industry,
    region: row.region,
    customFields: parseCustomFields(row.custom_fields),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export async function getAccount(db: Kysely<DB>, sqlite: Database.Database, id: number): Promise<Account | undefined> {
  const row = await db.selectFrom('accounts').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) return undefined;
  return toAccount(row, externalIdsFor(sqlite, 'account', [id]).get(id) ?? {});
}

/** Every account with all its fields, for the command line and exports. */
export async function listAccountsFull(db: Kysely<DB>, sqlite: Database.Database): Promise<Account[]> {
  const rows = await db.selectFrom('accounts').selectAll().orderBy('id').execute();
  const ids = allExternalIds(sqlite, 'account');
  return rows.map((row) => toAccount(row, ids.get(row.id) ?? {}));
}

type AccountColumns = Partial<Omit<Selectable<AccountsTable>, 'id'>>;

function patchToColumns(patch: AccountPatch): AccountColumns {
  const columns: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(patch) as [keyof AccountPatch, unknown][]) {
    if (value !== undefined) columns[ACCOUNT_FIELD_COLUMNS[field]] = value;
  }
  return columns as AccountColumns;
}

export async function insertAccount(db: Kysely<DB>, fields: AccountPatch & { name: string }, now: string): Promise<number> {
  const result = await db
    .insertInto('accounts')
    .values({ ...(patchToColumns(fields) as { name: string }), created_at: now, updated_at: now })
    .returning('id')
    .executeTakeFirstOrThrow();
  return result.id;
}

/**
 * Applies a patch and returns the values it replaced (for undo). Runs in the caller's
 * transaction so the read of the previous values and the write cannot interleave.
 */
export async function updateAccount(
  db: Kysely<DB>,
  id: number,
  patch: AccountPatch,
  now: string,
): Promise<AccountPatch | undefined> {
  const before = await db.selectFrom('accounts').selectAll().where('id', '=', id).executeTakeFirst();
  if (!before) return undefined;
  const previous: Record<string, unknown> = {};
  for (const field of Object.keys(patch) as (keyof AccountPatch)[]) {
    previous[field] = before[ACCOUNT_FIELD_COLUMNS[field]];
  }
  const columns = patchToColumns(patch);
  if (Object.keys(columns).length > 0) {
    await db
      .updateTable('accounts')
      .set({ ...columns, updated_at: now })
      .where('id', '=', id)
      .execute();
  }
  return previous as AccountPatch;
}
