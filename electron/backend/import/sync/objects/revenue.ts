import { resolveAccount } from './links';
import { BY_ID_ONLY, endsBeforeItStarts, needsExternalId } from './rules';
import type { SyncObject } from './types';

/**
 * Revenue rows in their subscription form (startDate, endDate empty while active, mrr), one
 * per subscription, kept in `subscriptions`. A subscription has no natural key: it is matched
 * by its CRM id only, so a row without one is refused rather than duplicated on re-import.
 * The period+mrr form is revenuePeriods.ts (objects/index.ts picks the form).
 */
export const revenueSync: SyncObject = {
  object: 'revenue',
  entity: 'subscription',
  table: 'subscriptions',
  noun: 'subscription',
  columns: { accountId: 'account_id', startDate: 'start_date', endDate: 'end_date', mrr: 'mrr' },
  requiredForNew: ['accountId', 'startDate', 'mrr'],
  notNullFields: ['accountId', 'startDate', 'mrr'],
  defaults: { mrr: 0 },
  naturalKey: BY_ID_ONLY,
  resolveLinks: (sqlite, source, record, isNew) =>
    needsExternalId(record, isNew, 'a subscription needs its id in the source (externalId, e.g. subscription_id)') ??
    endsBeforeItStarts(record, 'startDate', 'endDate') ??
    resolveAccount(sqlite, source, record, isNew, 'subscription'),
  // Usage rows name their subscription: undo keeps a subscription that usage still points at.
  dependents: [{ table: 'usage', column: 'subscription_id' }],
};
