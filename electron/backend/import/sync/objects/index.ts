import { AppError } from '../../../../../shared/api/errors';
import type { ObjectName } from '../../../../../shared/domain/import/fields';
import { accountsSync } from './accounts';
import { contactsSync } from './contacts';
import { revenueSync } from './revenue';
import type { SyncObject } from './types';

/** The objects the sync engine knows; the others arrive one file at a time. */
const SYNC_OBJECTS: Partial<Record<ObjectName, SyncObject>> = {
  accounts: accountsSync,
  contacts: contactsSync,
  revenue: revenueSync,
};

export const ALL_SYNC_OBJECTS: readonly SyncObject[] = Object.values(SYNC_OBJECTS);

export function syncObjectFor(object: ObjectName): SyncObject {
  const found = SYNC_OBJECTS[object];
  if (!found) {
    const known = Object.keys(SYNC_OBJECTS).join(', ');
    throw new AppError('BAD_INPUT', `Importing ${object} is not supported yet (supported: ${known})`, { object });
  }
  return found;
}

export function syncObjectForEntity(entity: string): SyncObject {
  const found = Object.values(SYNC_OBJECTS).find((candidate) => candidate.entity === entity);
  if (!found) throw new AppError('BAD_INPUT', `Unknown entity in a sync record: ${entity}`, { entity });
  return found;
}
