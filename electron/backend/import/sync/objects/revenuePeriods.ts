import type { MappedRecord } from '../../types';
import { resolveAccount } from './links';
import { naturalKey } from './rules';
import type { LinkResult, SyncObject } from './types';

/**
 * Revenue in its period+mrr form: one row per account and month in `revenue_history` (a unique
 * key), matched by the CRM id when the file has one, else by account and month. `period` is
 * YYYY-MM; a full date (2024-03-01) stands for its month. objects/index.ts picks this form
 * when the mapping feeds `period`.
 */
export const revenuePeriodsSync: SyncObject = {
  object: 'revenue',
  entity: 'revenue_month',
  table: 'revenue_history',
  noun: 'revenue month',
  columns: { accountId: 'account_id', period: 'period', mrr: 'mrr' },
  requiredForNew: ['accountId', 'period', 'mrr'],
  notNullFields: ['accountId', 'period', 'mrr'],
  defaults: {},
  naturalKey: naturalKey(
    [
      { field: 'accountId', column: 'account_id' },
      { field: 'period', column: 'period' },
    ],
    'account and period',
    { unique: true },
  ),
  resolveLinks: (sqlite, source, record, isNew) => {
    const period = monthOf(record);
    if (period !== null && 'error' in period) return period;
    const account = resolveAccount(sqlite, source, record, isNew, 'revenue month');
    if ('error' in account || period === null) return account;
    return { fields: { ...account.fields, ...period.fields } };
  },
  dependents: [],
};

const MONTH = /^(\d{4})-(\d{2})(?:-\d{2}(?:[T ].*)?)?$/;

function monthOf(record: MappedRecord): LinkResult | null {
  const value = record.fields['period'];
  if (value === undefined || value === null) return null;
  const text = String(value).trim();
  const match = MONTH.exec(text);
  const month = Number(match?.[2]);
  if (!match || month < 1 || month > 12) return { error: `period "${text}" is not a month (YYYY-MM)` };
  return { fields: { period: `${match[1]}-${match[2]}` } };
}
