import { labelKey } from './headerKeys';
import { HUBSPOT_ACTIVITY_TYPES, HUBSPOT_EMAIL_DIRECTIONS } from './picklists';
import type { CrmProfileSpec, SourceObjectSpec } from './types';

/**
 * HubSpot CSV/XLSX exports of companies, contacts, deals, tickets and activities (engagements).
 * Exports that add an associated object's columns name the ids "Record ID - Contact" and
 * "Record ID - Company".
 */
const OBJECTS: readonly SourceObjectSpec[] = [
  {
    sourceObject: 'companies',
    object: 'accounts',
    markers: ['Company name', 'Company Domain Name', 'Company owner', 'Company Type', 'Number of Employees', 'Website URL', 'Annual Revenue', 'Industry'],
    fileNames: ['companies', 'company'],
    fields: [
      ['Record ID', 'externalId'],
      ['Record ID - Company', 'externalId'],
      ['Company name', 'name'],
      ['Company Domain Name', 'domain'],
      ['Company owner', 'owner'],
      // HubSpot's lifecycle stages (lead, customer, evangelist) are a sales funnel, not the
      // journey's stages (onboarding, adoption, ...): they stay a custom field, never refused rows.
      ['Industry', 'industry'],
      ['Country/Region', 'region'],
    ],
  },
  {
    sourceObject: 'contacts',
    object: 'contacts',
    markers: ['Record ID - Contact', 'First Name', 'Last Name', 'Email', 'Contact owner', 'Job Title', 'Contact type', 'Associated Company', 'Mobile Phone Number'],
    fileNames: ['contacts', 'contact', 'all-contacts', 'hubspot_contacts'],
    fields: [
      ['Record ID - Contact', 'externalId'],
      ['Record ID', 'externalId'],
      ['Record ID - Company', 'accountExternalId'],
      ['Associated Company IDs', 'accountExternalId'],
      ['Associated Company ID', 'accountExternalId'],
      ['Company ID', 'accountExternalId'],
      ['First Name', 'firstName'],
      ['Last Name', 'lastName'],
      ['Email', 'email'],
      ['Job Title', 'title'],
      ['Phone Number', 'phone'],
      ['Mobile Phone Number', 'phone'],
    ],
  },
  {
    sourceObject: 'deals',
    object: 'opportunities',
    markers: ['Deal Name', 'Deal Stage', 'Pipeline', 'Close Date', 'Amount', 'Deal owner', 'Deal Type', 'Is Closed Won'],
    fileNames: ['deals', 'deal'],
    fields: [
      ['Record ID', 'externalId'],
      ['Record ID - Deal', 'externalId'],
      ['Associated Company IDs', 'accountExternalId'],
      ['Associated Company ID', 'accountExternalId'],
      ['Record ID - Company', 'accountExternalId'],
      ['Deal Name', 'name'],
      ['Deal Stage', 'stage'],
      ['Amount', 'amount'],
      ['Currency', 'currency'],
      ['Close Date', 'closeDate'],
      ['Is Deal Closed?', 'isClosed'],
      ['Is Closed Won', 'isWon'],
    ],
  },
  {
    sourceObject: 'tickets',
    object: 'tickets',
    markers: ['Ticket name', 'Ticket status', 'Ticket owner', 'Priority', 'Pipeline', 'Source'],
    fileNames: ['tickets', 'ticket'],
    fields: [
      ['Ticket ID', 'externalId'],
      ['Record ID', 'externalId'],
      ['Associated Company IDs', 'accountExternalId'],
      ['Associated Company ID', 'accountExternalId'],
      ['Ticket name', 'subject'],
      ['Create date', 'openedAt'],
      ['Close date', 'closedAt'],
      ['Priority', 'priority'],
      ['Ticket status', 'status'],
    ],
  },
  {
    sourceObject: 'activities',
    object: 'activities',
    markers: ['Activity date', 'Activity type', 'Activity assigned to', 'Call direction', 'Email subject', 'Meeting name', 'Note body', 'Call outcome', 'Engagement ID'],
    fileNames: ['activities', 'engagements', 'calls', 'meetings', 'emails', 'notes'],
    fields: [
      ['Engagement ID', 'externalId'],
      ['Activity ID', 'externalId'],
      ['Record ID', 'externalId'],
      ['Associated Company IDs', 'accountExternalId'],
      ['Associated Company ID', 'accountExternalId'],
      ['Activity type', 'type', HUBSPOT_ACTIVITY_TYPES],
      ['Activity date', 'date'],
      ['Email subject', 'subject'],
      ['Meeting name', 'subject'],
      ['Call title', 'subject'],
      ['Call direction', 'direction'],
      ['Email direction', 'direction', HUBSPOT_EMAIL_DIRECTIONS],
      // Only a completed task, call or meeting is a touch (sync/objects/activities.ts).
      ['Task status', 'status'],
      ['Meeting outcome', 'status'],
      ['Call status', 'status'],
    ],
  },
];

export const HUBSPOT: CrmProfileSpec = {
  profile: 'hubspot',
  headerKind: 'HubSpot column',
  key: labelKey,
  objects: OBJECTS,
  knownHeaders: [
    'Create Date', 'Last Activity Date', 'Last Engagement Date', 'City', 'Country/Region', 'State/Region', 'Postal Code',
    'Street Address', 'Street Address 2', 'Description', 'Phone Number', 'Company Name', 'Lifecycle Stage', 'Lead Status',
    'Last Modified Date', 'Website URL', 'Company size',
  ],
  distinctive: ['Record ID', 'Record ID - Contact', 'Record ID - Company', 'Company Domain Name', 'Lifecycle Stage', 'Deal Stage', 'Associated Company', 'Company owner', 'Contact owner', 'Deal owner', 'Ticket owner', 'Last Engagement Date', 'Country/Region', 'State/Region'],
};
