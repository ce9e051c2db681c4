import { apiNameKey } from './headerKeys';
import { SALESFORCE_EVENT_SUBTYPES, SALESFORCE_TASK_SUBTYPES } from './picklists';
import type { CrmProfileSpec, SourceObjectSpec } from './types';

/**
 * Salesforce Data Export, Data Loader and Bulk API files: headers are API names in any letter
 * case. Objects the workbench does not import (Lead, User, Campaign, ...) are listed too, so a
 * Lead file is named as one instead of being taken for the nearest workbench object.
 */
const OBJECTS: readonly SourceObjectSpec[] = [
  {
    sourceObject: 'Account',
    object: 'accounts',
    markers: ['Name', 'Type', 'Industry', 'AnnualRevenue', 'NumberOfEmployees', 'BillingCity', 'Website', 'AccountNumber', 'ParentId', 'Ownership', 'Rating'],
    fileNames: ['account', 'accounts'],
    fields: [
      ['Id', 'externalId'],
      ['Name', 'name'],
      ['Website', 'domain'],
      ['OwnerId', 'owner'],
      ['CurrencyIsoCode', 'currency'],
      ['Industry', 'industry'],
      ['BillingCountry', 'region'],
    ],
  },
  {
    sourceObject: 'Contact',
    object: 'contacts',
    markers: ['AccountId', 'FirstName', 'LastName', 'Email', 'MailingCity', 'ReportsToId', 'Birthdate', 'Department'],
    fileNames: ['contact', 'contacts'],
    fields: [
      ['Id', 'externalId'],
      ['AccountId', 'accountExternalId'],
      ['FirstName', 'firstName'],
      ['LastName', 'lastName'],
      ['Email', 'email'],
      ['Title', 'title'],
      ['Phone', 'phone'],
      ['MobilePhone', 'phone'],
    ],
  },
  {
    sourceObject: 'Opportunity',
    object: 'opportunities',
    markers: ['AccountId', 'StageName', 'CloseDate', 'IsWon', 'IsClosed', 'Probability', 'ForecastCategory', 'NextStep'],
    fileNames: ['opportunity', 'opportunities'],
    // Type is each org's own picklist ("Opportunity", "Upsell", ...): kept as a custom field.
    fields: [
      ['Id', 'externalId'],
      ['AccountId', 'accountExternalId'],
      ['Name', 'name'],
      ['StageName', 'stage'],
      ['Amount', 'amount'],
      ['CurrencyIsoCode', 'currency'],
      ['CloseDate', 'closeDate'],
      ['IsClosed', 'isClosed'],
      ['IsWon', 'isWon'],
    ],
  },
  {
    sourceObject: 'Case',
    object: 'tickets',
    markers: ['CaseNumber', 'Priority', 'Status', 'Origin', 'Reason', 'ClosedDate', 'IsEscalated', 'SuppliedEmail'],
    fileNames: ['case', 'cases'],
    fields: [
      ['Id', 'externalId'],
      ['AccountId', 'accountExternalId'],
      ['Subject', 'subject'],
      ['CreatedDate', 'openedAt'],
      ['ClosedDate', 'closedAt'],
      ['Priority', 'priority'],
      ['Status', 'status'],
    ],
  },
  {
    sourceObject: 'Task',
    object: 'activities',
    markers: ['WhoId', 'WhatId', 'ActivityDate', 'Subject', 'TaskSubtype', 'CallType', 'IsHighPriority', 'CallDurationInSeconds'],
    fileNames: ['task', 'tasks'],
    fields: [
      ['Id', 'externalId'],
      ['AccountId', 'accountExternalId'],
      // Every task has a subtype; its Type (Call, Meeting, Other, ...) is often empty: kept as a custom field.
      ['TaskSubtype', 'type', SALESFORCE_TASK_SUBTYPES],
      ['ActivityDate', 'date'],
      ['CreatedDate', 'date'],
      ['Subject', 'subject'],
      ['CallType', 'direction'],
      // Salesforce counts completed tasks only: an open one is not a touch (sync/objects/activities.ts).
      ['IsClosed', 'done'],
      ['Status', 'status'],
    ],
  },
  {
    sourceObject: 'Event',
    object: 'activities',
    markers: ['WhoId', 'WhatId', 'ActivityDateTime', 'StartDateTime', 'EndDateTime', 'DurationInMinutes', 'IsAllDayEvent', 'EventSubtype', 'Location'],
    fileNames: ['event', 'events'],
    fields: [
      ['Id', 'externalId'],
      ['AccountId', 'accountExternalId'],
      ['EventSubtype', 'type', SALESFORCE_EVENT_SUBTYPES],
      ['ActivityDateTime', 'date'],
      ['StartDateTime', 'date'],
      ['ActivityDate', 'date'],
      ['Subject', 'subject'],
    ],
  },
  notImported('Lead', ['Company', 'IsConverted', 'ConvertedDate', 'ConvertedAccountId', 'ConvertedContactId', 'LeadSource', 'Status']),
  notImported('User', ['Username', 'ProfileId', 'UserRoleId', 'TimeZoneSidKey', 'LocaleSidKey', 'Alias']),
  notImported('Campaign', ['BudgetedCost', 'ActualCost', 'ExpectedResponse', 'NumberSent', 'NumberOfLeads', 'IsActive']),
  notImported('CampaignMember', ['CampaignId', 'LeadOrContactId', 'HasResponded', 'LeadId', 'ContactId', 'FirstRespondedDate']),
  notImported('OpportunityHistory', ['OpportunityId', 'OpportunityHistoryKey']),
];

function notImported(sourceObject: string, markers: string[]): SourceObjectSpec {
  return { sourceObject, object: null, markers, fileNames: [sourceObject.toLowerCase()], fields: [] };
}

/** System and standard fields found on most objects: proof of an API-name header even when unmapped. */
const KNOWN = [
  'Id', 'IsDeleted', 'MasterRecordId', 'OwnerId', 'CreatedDate', 'CreatedById', 'LastModifiedDate', 'LastModifiedById',
  'SystemModstamp', 'LastActivityDate', 'LastViewedDate', 'LastReferencedDate', 'RecordTypeId', 'Description', 'Phone',
  'Fax', 'Title', 'Amount', 'ExpectedRevenue', 'Country', 'City', 'State', 'Street', 'PostalCode', 'Jigsaw', 'Salutation',
  'BillingStreet', 'BillingState', 'BillingPostalCode', 'BillingCountry', 'ShippingStreet', 'ShippingCity', 'ShippingState',
  'ShippingPostalCode', 'ShippingCountry', 'MobilePhone', 'HasOptedOutOfEmail', 'DoNotCall', 'FiscalQuarter', 'FiscalYear',
  'Fiscal', 'Pricebook2Id', 'CampaignId', 'HasOpportunityLineItem', 'IsArchived', 'IsRecurrence', 'CurrencyIsoCode',
  'EmailBouncedReason', 'EmailBouncedDate', 'IsEmailBounced', 'Site', 'TickerSymbol', 'Sic', 'SicDesc', 'AccountSource',
  'NaicsCode', 'NaicsDesc', 'YearStarted', 'DunsNumber', 'Tradestyle', 'JigsawCompanyId', 'JigsawContactId', 'PhotoUrl',
  'Name', 'StageName',
];

export const SALESFORCE: CrmProfileSpec = {
  profile: 'salesforce',
  headerKind: 'Salesforce API name',
  key: apiNameKey,
  objects: OBJECTS,
  knownHeaders: KNOWN,
  distinctive: ['Id', 'IsDeleted', 'SystemModstamp', 'CreatedById', 'LastModifiedById', 'OwnerId'],
  // Custom fields (Branch__c) and relationship-style names still read as API names.
  looksLike: (header) => /^[A-Za-z][A-Za-z0-9_]*__c$/i.test(header.trim()),
};
