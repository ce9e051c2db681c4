import type Database from 'better-sqlite3';
import type { ExternalEntity } from '../../../db/repos/externalIds';
import type { MappedRecord } from '../../types';
import type { LinkResult, SyncObject } from './types';

const SUBSCRIPTION_ENTITY: ExternalEntity = 'subscription';

/**
 * Revenue rows in their subscription form (startDate, endDate empty while active, mrr), one
 * per subscription, kept in `subscriptions`. A subscription has no natural key: it is matched
 * by its CRM id only, so a row without one is refused rather than duplicated on re-import.
 * The period+mrr form (revenue_history) is not synced yet: its `period` field is refused.
 */
export const revenueSync: SyncObject = {
  object: 'revenue',
  entity: SUBSCRIPTION_ENTITY,
  table: 'subscriptions',
  noun: 'subscription',
  columns: { accountId: 'account_id', startDate: 'start_date', endDate: 'end_date', mrr: 'mrr' },
  requiredForNew: ['accountId', 'startDate', 'mrr'],
  notNullFields: ['accountId', 'startDate', 'mrr'],
  defaults: { mrr: 0 },
  // No natural key: the engine's lookup on a NULL column finds no candidates, so only ids match.
  naturalKey: { field: '', column: 'NULL' },
  resolveLinks: (sqlite, source, record, isNew): LinkResult => {
    if (isNew && (record.externalId === null || record.externalId === '')) {
      return { error: 'a subscription needs its id in the source (externalId, e.g. subscription_id) so a re-import can match it' };
    }
    const backwards = endsBeforeItStarts(record);
    if (backwards !== null) return { error: backwards };
    const link = record.fields['accountExternalId'];
    if (link === undefined || link === null || link === '') {
      return isNew ? { error: 'a new subscription needs accountExternalId (its account in the same CRM)' } : { fields: {} };
    }
    const accountId = accountIdFor(sqlite, source, String(link));
    if (accountId === null) {
      return { error: `unknown account: no account has ${source} id ${String(link)} (import the accounts first)` };
    }
    return { fields: { accountId } };
  },
  dependents: [],
};

/** Dates are ISO text after mapping, so text order is date order. */
function endsBeforeItStarts(record: MappedRecord): string | null {
  const start = record.fields['startDate'];
  const end = record.fields['endDate'];
  if (typeof start !== 'string' || typeof end !== 'string' || end >= start) return null;
  return `endDate ${end} is before startDate ${start}`;
}

function accountIdFor(sqlite: Database.Database, source: string, externalId: string): number | null {
  const row = sqlite
    .prepare("SELECT entity_id AS id FROM external_ids WHERE entity = 'account' AND source = ? AND external_id = ?")
    .get(source, externalId) as { id: number } | undefined;
  return row?.id ?? null;
}
