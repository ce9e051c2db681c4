import { allOf, resolveAccount } from './links';
import { naturalKey, storedBooleans } from './rules';
import type { SyncObject } from './types';

const BOOLEAN_FIELDS = ['isClosed', 'isWon'];

/**
 * Renewals and expansions (Salesforce Opportunity, HubSpot deals). Without a CRM id an
 * opportunity is known by its account and name ("Acme renewal 2026"), so a spreadsheet of them
 * re-imports onto the same rows.
 */
export const opportunitiesSync: SyncObject = {
  object: 'opportunities',
  entity: 'opportunity',
  table: 'opportunities',
  noun: 'opportunity',
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
  requiredForNew: ['accountId', 'name'],
  notNullFields: ['accountId', 'name', 'currency', 'isClosed', 'isWon'],
  defaults: { currency: 'USD', isClosed: 0, isWon: 0 },
  naturalKey: naturalKey(
    [
      { field: 'accountId', column: 'account_id' },
      { field: 'name', column: 'name' },
    ],
    'account and name',
  ),
  resolveLinks: (sqlite, source, record, isNew) =>
    allOf(
      () => storedBooleans(record, BOOLEAN_FIELDS),
      () => resolveAccount(sqlite, source, record, isNew, 'opportunity'),
    ),
  dependents: [],
};
