import { labelKey } from './headerKeys';
import type { CrmProfileSpec, SourceObjectSpec } from './types';

/**
 * Salesforce report exports: field labels instead of API names ("Account Name", "Close Date"),
 * often `;`-delimited from European locales. A report carries names, not always ids, so an
 * account is linked by "Account ID" only when the report includes it.
 */
const OBJECTS: readonly SourceObjectSpec[] = [
  {
    sourceObject: 'Opportunities report',
    object: 'opportunities',
    markers: ['Opportunity Name', 'Opportunity ID', 'Opportunity Owner', 'Stage', 'Close Date', 'Probability (%)', 'Fiscal Period', 'Stage Duration'],
    fileNames: ['opportunities', 'opportunity', 'salesforce_opportunities'],
    fields: [
      ['Opportunity ID', 'externalId'],
      ['Account ID', 'accountExternalId'],
      ['Opportunity Name', 'name'],
      ['Stage', 'stage'],
      ['Amount', 'amount'],
      ['Amount Currency', 'currency'],
      ['Opportunity Currency', 'currency'],
      ['Close Date', 'closeDate'],
      ['Closed', 'isClosed'],
      ['Won', 'isWon'],
    ],
  },
  {
    sourceObject: 'Accounts report',
    object: 'accounts',
    markers: ['Account Name', 'Account Owner', 'Account ID', 'Billing City', 'Billing Country', 'Type', 'Industry', 'Annual Revenue', 'Website'],
    fileNames: ['accounts', 'account'],
    fields: [
      ['Account ID', 'externalId'],
      ['Account Name', 'name'],
      ['Website', 'domain'],
      ['Account Owner', 'owner'],
      ['Account Currency', 'currency'],
      ['Industry', 'industry'],
      ['Billing Country', 'region'],
    ],
  },
  {
    sourceObject: 'Contacts report',
    object: 'contacts',
    markers: ['Contact ID', 'Contact Owner', 'First Name', 'Last Name', 'Email', 'Title', 'Mailing City', 'Account ID'],
    fileNames: ['contacts', 'contact'],
    fields: [
      ['Contact ID', 'externalId'],
      ['Account ID', 'accountExternalId'],
      ['First Name', 'firstName'],
      ['Last Name', 'lastName'],
      ['Email', 'email'],
      ['Title', 'title'],
      ['Phone', 'phone'],
    ],
  },
  {
    sourceObject: 'Cases report',
    object: 'tickets',
    markers: ['Case Number', 'Case ID', 'Case Owner', 'Status', 'Priority', 'Date/Time Opened', 'Date/Time Closed', 'Opened Date', 'Closed Date'],
    fileNames: ['cases', 'case'],
    fields: [
      ['Case ID', 'externalId'],
      ['Account ID', 'accountExternalId'],
      ['Subject', 'subject'],
      ['Date/Time Opened', 'openedAt'],
      ['Opened Date', 'openedAt'],
      ['Date/Time Closed', 'closedAt'],
      ['Closed Date', 'closedAt'],
      ['Priority', 'priority'],
      ['Status', 'status'],
    ],
  },
  {
    sourceObject: 'Activities report',
    object: 'activities',
    markers: ['Activity ID', 'Subject', 'Assigned', 'Task/Event', 'Call Type', 'Activity Type', 'Date'],
    fileNames: ['activities', 'tasks', 'events'],
    fields: [
      ['Activity ID', 'externalId'],
      ['Account ID', 'accountExternalId'],
      ['Activity Type', 'type'],
      ['Type', 'type'],
      ['Date', 'date'],
      ['Subject', 'subject'],
      ['Call Type', 'direction'],
    ],
  },
  {
    sourceObject: 'Leads report',
    object: null,
    markers: ['Lead Owner', 'Lead Status', 'Company / Account', 'Lead Source', 'Converted', 'Lead ID'],
    fileNames: ['leads', 'lead', 'salesforce_leads'],
    fields: [],
  },
];

export const SALESFORCE_REPORT: CrmProfileSpec = {
  profile: 'salesforce-report',
  headerKind: 'Salesforce report label',
  key: labelKey,
  objects: OBJECTS,
  knownHeaders: [
    'Created Date', 'Create Date', 'Age', 'City', 'Country', 'Street', 'Description', 'Lead Source', 'Rating', 'Phone',
    'Amount (converted)', 'Amount (converted) Currency', 'Last Activity', 'Last Modified Date', 'Created By', 'Next Step',
    'Expected Revenue', 'Fiscal Year', 'Fiscal Quarter',
  ],
  distinctive: ['Opportunity Owner', 'Account Owner', 'Lead Owner', 'Opportunity ID', 'Account ID', 'Contact ID', 'Case Owner', 'Fiscal Period', 'Stage Duration', 'Probability (%)', 'Company / Account', 'Amount Currency'],
};
