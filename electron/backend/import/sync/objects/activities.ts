import { ACTIVITY_LABELS, ACTIVITY_TYPES, type ActivityType } from '../../../../../shared/api/vocabulary';
import type { MappedRecord } from '../../types';
import { allOf, resolveAccount } from './links';
import { naturalKey, storedBooleans } from './rules';
import type { LinkResult, SyncObject } from './types';

/**
 * Touches from the CRM (Salesforce Task and Event, HubSpot engagements). They land in the same
 * `activities` table as touches logged by hand, so they count as touches the same way: the
 * account's last touch and the cadence clocks read that table (db/repos/touchCondition.ts
 * TOUCH_CONDITION, shared/domain/touches.ts), and an outbound email known to be unanswered
 * does not count. Without a CRM id a touch is known by its account, time, type and subject.
 */
export const activitiesSync: SyncObject = {
  object: 'activities',
  entity: 'activity',
  table: 'activities',
  noun: 'activity',
  columns: {
    accountId: 'account_id',
    type: 'type',
    date: 'occurred_at',
    subject: 'subject',
    direction: 'direction',
    replied: 'replied',
  },
  requiredForNew: ['accountId', 'type', 'date', 'subject'],
  notNullFields: ['accountId', 'type', 'date', 'subject'],
  defaults: {},
  naturalKey: naturalKey(
    [
      { field: 'accountId', column: 'account_id' },
      { field: 'date', column: 'occurred_at' },
      { field: 'type', column: 'type' },
      { field: 'subject', column: 'subject' },
    ],
    'account, date, type and subject',
  ),
  resolveLinks: (sqlite, source, record, isNew) =>
    allOf(
      () => storedBooleans(record, ['replied']),
      () => subjectFromType(record),
      () => resolveAccount(sqlite, source, record, isNew, 'activity'),
    ),
  // Contacts linked to an imported touch by hand since: undo does not delete it from under them.
  dependents: [{ table: 'activity_contacts', column: 'activity_id' }],
};

/** A touch the CRM logged without a subject is still a touch: it is titled by its type ("Call"). */
function subjectFromType(record: MappedRecord): LinkResult | null {
  const subject = record.fields['subject'];
  const type = record.fields['type'];
  if ((typeof subject === 'string' && subject.trim() !== '') || !isActivityType(type)) return null;
  return { fields: { subject: ACTIVITY_LABELS[type] } };
}

function isActivityType(value: unknown): value is ActivityType {
  return typeof value === 'string' && (ACTIVITY_TYPES as readonly string[]).includes(value);
}
