import type Database from 'better-sqlite3';
import type { CustomValue } from '../../../../../shared/api/dto';
import type { MappedRecord } from '../../types';
import { contactAtAccount, resolveAccount } from './links';
import { naturalKey } from './rules';
import type { SyncObject } from './types';

/**
 * NPS responses. The respondent is linked by contactEmail to the account's contact with that
 * email when there is one (re-imports link it once the contact arrives); the email is kept
 * either way. Survey exports often lack response ids: then a response is known by its account,
 * date and email.
 */
export const npsSync: SyncObject = {
  object: 'nps',
  entity: 'nps_response',
  table: 'nps_responses',
  noun: 'NPS response',
  columns: {
    accountId: 'account_id',
    contactId: 'contact_id',
    contactEmail: 'contact_email',
    score: 'score',
    comment: 'comment',
    date: 'responded_at',
  },
  requiredForNew: ['accountId', 'score', 'date'],
  notNullFields: ['accountId', 'score', 'date'],
  defaults: {},
  naturalKey: naturalKey(
    [
      { field: 'accountId', column: 'account_id' },
      { field: 'date', column: 'responded_at' },
      { field: 'contactEmail', column: 'contact_email', optional: true },
    ],
    'account, date and contactEmail',
  ),
  resolveLinks: (sqlite, source, record, isNew) => {
    const scoreError = badScore(record);
    if (scoreError !== null) return { error: scoreError };
    const account = resolveAccount(sqlite, source, record, isNew, 'NPS response');
    if ('error' in account) return account;
    return { fields: { ...account.fields, ...respondent(sqlite, record, account.fields['accountId']) } };
  },
  dependents: [],
};

function badScore(record: MappedRecord): string | null {
  const score = record.fields['score'];
  if (typeof score !== 'number' || (Number.isInteger(score) && score >= 0 && score <= 10)) return null;
  return `score ${score} is not an NPS score (a whole number from 0 to 10)`;
}

/** The respondent among the account's contacts, by email (contactId null when there is none). */
function respondent(sqlite: Database.Database, record: MappedRecord, accountId: CustomValue | undefined): Record<string, CustomValue> {
  if (typeof accountId !== 'number' || !('contactEmail' in record.fields)) return {};
  const email = record.fields['contactEmail'];
  return { contactId: typeof email === 'string' && email.trim() !== '' ? contactAtAccount(sqlite, accountId, email) : null };
}
