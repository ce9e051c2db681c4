import type Database from 'better-sqlite3';
import { CONTACT_FIELD_COLUMNS } from '../../../db/repos/contacts';
import type { LinkResult, SyncObject } from './types';

export const contactsSync: SyncObject = {
  object: 'contacts',
  entity: 'contact',
  table: 'contacts',
  noun: 'contact',
  columns: { accountId: 'account_id', ...CONTACT_FIELD_COLUMNS },
  requiredForNew: ['accountId'],
  notNullFields: ['accountId', 'firstName', 'lastName'],
  defaults: { firstName: '', lastName: '' },
  naturalKey: { field: 'email', column: 'email' },
  resolveLinks: (sqlite, source, record, isNew): LinkResult => {
    const link = record.fields['accountExternalId'];
    if (link === undefined || link === null || link === '') {
      return isNew ? { error: 'a new contact needs accountExternalId (its account in the same CRM)' } : { fields: {} };
    }
    const accountId = accountIdFor(sqlite, source, String(link));
    if (accountId === null) {
      return { error: `unknown account: no account has ${source} id ${String(link)} (import the accounts first)` };
    }
    return { fields: { accountId } };
  },
  dependents: [
    { table: 'activity_contacts', column: 'contact_id' },
    { table: 'nps_responses', column: 'contact_id' },
  ],
};

function accountIdFor(sqlite: Database.Database, source: string, externalId: string): number | null {
  const row = sqlite
    .prepare("SELECT entity_id AS id FROM external_ids WHERE entity = 'account' AND source = ? AND external_id = ?")
    .get(source, externalId) as { id: number } | undefined;
  return row?.id ?? null;
}
