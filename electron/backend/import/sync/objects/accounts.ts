import { ACCOUNT_FIELD_COLUMNS } from '../../../db/repos/accounts';
import { naturalKey } from './rules';
import type { SyncObject } from './types';

export const accountsSync: SyncObject = {
  object: 'accounts',
  entity: 'account',
  table: 'accounts',
  noun: 'account',
  columns: ACCOUNT_FIELD_COLUMNS,
  requiredForNew: ['name'],
  notNullFields: ['name', 'status', 'mrr', 'arr', 'currency'],
  defaults: { status: 'active', mrr: 0, arr: 0, currency: 'USD' },
  naturalKey: naturalKey([{ field: 'domain', column: 'domain' }]),
  dependents: [
    { table: 'contacts', column: 'account_id' },
    { table: 'subscriptions', column: 'account_id' },
    { table: 'revenue_history', column: 'account_id' },
    { table: 'opportunities', column: 'account_id' },
    { table: 'usage', column: 'account_id' },
    { table: 'support_tickets', column: 'account_id' },
    { table: 'nps_responses', column: 'account_id' },
    { table: 'activities', column: 'account_id' },
    { table: 'notes', column: 'account_id' },
    { table: 'tasks', column: 'account_id' },
  ],
};
