import { AppError } from '../../../../../shared/api/errors';
import type { ObjectName } from '../../../../../shared/domain/import/fields';
import { accountsSync } from './accounts';
import { activitiesSync } from './activities';
import { contactsSync } from './contacts';
import { npsSync } from './nps';
import { opportunitiesSync } from './opportunities';
import { revenueSync } from './revenue';
import { revenuePeriodsSync } from './revenuePeriods';
import { ticketsSync } from './tickets';
import { usageSync } from './usage';
import type { SyncObject } from './types';

/** Each importable object; revenue in its subscription form (the period form is picked by its fields). */
const SYNC_OBJECTS: Readonly<Record<ObjectName, SyncObject>> = {
  accounts: accountsSync,
  contacts: contactsSync,
  opportunities: opportunitiesSync,
  revenue: revenueSync,
  usage: usageSync,
  tickets: ticketsSync,
  nps: npsSync,
  activities: activitiesSync,
};

export const ALL_SYNC_OBJECTS: readonly SyncObject[] = [...Object.values(SYNC_OBJECTS), revenuePeriodsSync];

const SUBSCRIPTION_FIELDS = ['startDate', 'endDate'];

/**
 * The sync object for a batch. Revenue comes in two forms, told apart by the fields the mapping
 * feeds: `period` (+ mrr, one row per account and month) or startDate/endDate (+ mrr, one row
 * per subscription).
 */
export function syncObjectFor(object: ObjectName, mappedFields: readonly string[] = []): SyncObject {
  const found = SYNC_OBJECTS[object] as SyncObject | undefined;
  if (!found) {
    const known = Object.keys(SYNC_OBJECTS).join(', ');
    throw new AppError('BAD_INPUT', `Importing ${String(object)} is not supported (supported: ${known})`, { object });
  }
  if (object !== 'revenue' || !mappedFields.includes('period')) return found;
  const mixed = SUBSCRIPTION_FIELDS.filter((field) => mappedFields.includes(field));
  if (mixed.length > 0) {
    throw new AppError(
      'BAD_INPUT',
      `Revenue rows are either period + mrr (one per account and month) or startDate/endDate + mrr (one per subscription); this mapping feeds period and ${mixed.join(' and ')}`,
      { object, fields: [...mappedFields] },
    );
  }
  return revenuePeriodsSync;
}

export function syncObjectForEntity(entity: string): SyncObject {
  const found = ALL_SYNC_OBJECTS.find((candidate) => candidate.entity === entity);
  if (!found) throw new AppError('BAD_INPUT', `Unknown entity in a sync record: ${entity}`, { entity });
  return found;
}
