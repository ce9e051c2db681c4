import { CONTACT_FIELD_COLUMNS } from '../../../db/repos/contacts';
import { resolveAccount } from './links';
import { naturalKey } from './rules';
import type { SyncObject } from './types';

export const contactsSync: SyncObject = {
  object: 'contacts',
  entity: 'contact',
  table: 'contacts',
  noun: 'contact',
  columns: { accountId: 'account_id', ...CONTACT_FIELD_COLUMNS },
  requiredForNew: ['accountId'],
  notNullFields: ['accountId', 'firstName', 'lastName'],
  defaults: { firstName: '', lastName: '' },
  naturalKey: naturalKey([{ field: 'email', column: 'email' }]),
  resolveLinks: (sqlite, source, record, isNew) => resolveAccount(sqlite, source, record, isNew, 'contact'),
  dependents: [
    { table: 'activity_contacts', column: 'contact_id' },
    { table: 'nps_responses', column: 'contact_id' },
  ],
};
