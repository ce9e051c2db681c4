import { resolveAccount } from './links';
import { BY_ID_ONLY, endsBeforeItStarts, needsExternalId } from './rules';
import type { SyncObject } from './types';

/**
 * Support tickets (Salesforce Case, HubSpot tickets, a support desk's export). Every desk
 * exports its ticket ids and nothing else tells two tickets apart, so a ticket is matched by
 * its id only and a row without one is refused rather than duplicated on re-import.
 */
export const ticketsSync: SyncObject = {
  object: 'tickets',
  entity: 'ticket',
  table: 'support_tickets',
  noun: 'ticket',
  columns: {
    accountId: 'account_id',
    subject: 'subject',
    openedAt: 'opened_at',
    closedAt: 'closed_at',
    priority: 'priority',
    status: 'status',
  },
  requiredForNew: ['accountId', 'openedAt'],
  notNullFields: ['accountId', 'openedAt'],
  defaults: {},
  naturalKey: BY_ID_ONLY,
  resolveLinks: (sqlite, source, record, isNew) =>
    needsExternalId(record, isNew, 'a ticket needs its id in the source (externalId, e.g. Id or ticket_id)') ??
    endsBeforeItStarts(record, 'openedAt', 'closedAt') ??
    resolveAccount(sqlite, source, record, isNew, 'ticket'),
  dependents: [],
};
