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
 * does not count, nor does a task that is not done (see doneFromStatus). Without a CRM id a
 * touch is known by its account, time, type and subject.
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
    status: 'status',
    done: 'done',
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
      () => doneFromStatus(record),
      () => subjectFromType(record),
      () => resolveAccount(sqlite, source, record, isNew, 'activity'),
    ),
  // Contacts linked to an imported touch by hand since: undo does not delete it from under them.
  dependents: [{ table: 'activity_contacts', column: 'activity_id' }],
};

/**
 * The CRM's own statuses that mean the touch took place: Salesforce's default closed task status
 * ("Completed"), HubSpot's task status, call status and meeting outcome ("COMPLETED"), and the
 * plain words for it. Any other status (Not Started, In Progress, Deferred, SCHEDULED, NO_SHOW,
 * BUSY, NO_ANSWER, CANCELED) means it did not (yet): a call nobody picked up is no touch.
 */
const DONE_STATUSES = new Set(['completed', 'complete', 'done', 'closed', 'held']);

/**
 * Whether the touch is done: the CRM's closed flag (Salesforce IsClosed) when it says so,
 * otherwise its status read against DONE_STATUSES; null (counts, like a touch logged by hand)
 * when the file says neither. Stored as 1/0.
 */
function doneFromStatus(record: MappedRecord): LinkResult | null {
  const done = record.fields['done'];
  if (typeof done === 'boolean') return { fields: { done: done ? 1 : 0 } };
  const status = record.fields['status'];
  if (typeof status !== 'string' || status.trim() === '') return null;
  return { fields: { done: DONE_STATUSES.has(status.trim().toLowerCase().replace(/[\s_-]+/g, ' ')) ? 1 : 0 } };
}

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
