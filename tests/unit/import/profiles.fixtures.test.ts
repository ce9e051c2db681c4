import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ObjectName } from '../../../shared/domain/import/fields';
import { detectProfile, type ProfileDetection, type ProfileName } from '../../../shared/domain/import/profiles';
import { fixtureCsvFiles, readHeader } from './fixtureHeaders';

/** Every CSV fixture and what its header line must be detected as: [profile, object, sourceObject]. */
const EXPECTED: Record<string, [ProfileName, ObjectName | null, string | null]> = {
  'edge-cases/dataloader_csvEscapedQuotes.csv': ['generic', null, null],
  'edge-cases/dataloader_csvSeparator.csv': ['generic', null, null],
  'edge-cases/dataloader_csvtext_BOM_UTF16BE.csv': ['generic', null, null],
  'edge-cases/dataloader_csvtext_BOM_UTF16LE.csv': ['generic', null, null],
  'edge-cases/dataloader_csvtext_BOM_UTF8.csv': ['generic', null, null],
  'edge-cases/sf_ebikes_Account_compound_address_json.csv': ['salesforce', 'accounts', 'Salesforce Account'],
  'hubspot/headers-only/HEADER_ONLY_all-contacts.csv': ['hubspot', 'contacts', 'HubSpot contacts'],
  'hubspot/headers-only/HEADER_ONLY_companies.csv': ['hubspot', 'accounts', 'HubSpot companies'],
  'hubspot/headers-only/HEADER_ONLY_hubspot_contacts.csv': ['hubspot', 'contacts', 'HubSpot contacts'],
  'saas/ravenstack/ravenstack_accounts.csv': ['generic', 'accounts', 'accounts table'],
  'saas/ravenstack/ravenstack_churn_events.csv': ['generic', null, 'churn events table'],
  'saas/ravenstack/ravenstack_feature_usage.csv': ['generic', 'usage', 'usage table'],
  'saas/ravenstack/ravenstack_subscriptions.csv': ['generic', 'revenue', 'subscriptions table'],
  'saas/ravenstack/ravenstack_support_tickets.csv': ['generic', 'tickets', 'support tickets table'],
  'salesforce/datacloud-workshop/Account.csv': ['salesforce', 'accounts', 'Salesforce Account'],
  'salesforce/datacloud-workshop/Branch__c.csv': ['salesforce', null, 'Salesforce custom object Branch__c'],
  'salesforce/datacloud-workshop/Campaign.csv': ['salesforce', null, 'Salesforce Campaign'],
  'salesforce/datacloud-workshop/CampaignMember.csv': ['salesforce', null, 'Salesforce CampaignMember'],
  'salesforce/datacloud-workshop/Case.csv': ['salesforce', 'tickets', 'Salesforce Case'],
  'salesforce/datacloud-workshop/Contact.csv': ['salesforce', 'contacts', 'Salesforce Contact'],
  'salesforce/datacloud-workshop/Lead.csv': ['salesforce', null, 'Salesforce Lead'],
  'salesforce/datacloud-workshop/Opportunity.csv': ['salesforce', 'opportunities', 'Salesforce Opportunity'],
  'salesforce/datacloud-workshop/Task.csv': ['salesforce', 'activities', 'Salesforce Task'],
  'salesforce/dataloader/accountData.csv': ['salesforce', 'accounts', 'Salesforce Account'],
  'salesforce/dataloader/opportunityData.csv': ['salesforce', 'opportunities', 'Salesforce Opportunity'],
  'salesforce/devorg-excel/Account.csv': ['salesforce', 'accounts', 'Salesforce Account'],
  'salesforce/devorg-excel/Contact.csv': ['salesforce', 'contacts', 'Salesforce Contact'],
  'salesforce/devorg-excel/Lead.csv': ['salesforce', null, 'Salesforce Lead'],
  'salesforce/devorg-excel/Opportunity.csv': ['salesforce', 'opportunities', 'Salesforce Opportunity'],
  'salesforce/devorg-excel/OpportunityHistory.csv': ['salesforce', null, 'Salesforce OpportunityHistory'],
  // An Excel pivot of stage counts: API-name headers, but no Salesforce object.
  'salesforce/devorg-excel/OpportunityHistoryGroup.csv': ['salesforce', null, null],
  'salesforce/headers-only/HEADER_ONLY_Account.csv': ['salesforce', 'accounts', 'Salesforce Account'],
  'salesforce/headers-only/HEADER_ONLY_Case.csv': ['salesforce', 'tickets', 'Salesforce Case'],
  'salesforce/headers-only/HEADER_ONLY_Contact.csv': ['salesforce', 'contacts', 'Salesforce Contact'],
  'salesforce/headers-only/HEADER_ONLY_Lead.csv': ['salesforce', null, 'Salesforce Lead'],
  'salesforce/headers-only/HEADER_ONLY_User.csv': ['salesforce', null, 'Salesforce User'],
  'salesforce/headers-only/HEADER_ONLY_salesforce_leads.csv': ['salesforce-report', null, 'Salesforce Leads report'],
  'salesforce/headers-only/HEADER_ONLY_salesforce_opportunities.csv': ['salesforce-report', 'opportunities', 'Salesforce Opportunities report'],
};

function detect(file: string, withFileName = true): ProfileDetection {
  return detectProfile(readHeader(file), withFileName ? path.basename(file) : undefined);
}

/** header -> field for the mapped columns. */
function mapped(detection: ProfileDetection): Record<string, string> {
  return Object.fromEntries(detection.columns.flatMap((c) => (c.field ? [[c.header, c.field]] : [])));
}

describe('profiles of the shared fixtures', () => {
  const files = fixtureCsvFiles();

  it('knows what every fixture CSV is (a new fixture needs a line in EXPECTED)', () => {
    expect(files.length).toBeGreaterThan(30);
    expect(files).toEqual(Object.keys(EXPECTED).sort());
  });

  it.each(files)('%s', (file) => {
    const [profile, object, sourceObject] = EXPECTED[file] ?? [];
    const detection = detect(file);
    expect({ profile: detection.profile, object: detection.object, sourceObject: detection.sourceObject }).toEqual({ profile, object, sourceObject });
    expect(detection.columns.map((c) => c.header)).toEqual(readHeader(file));
    for (const column of detection.columns) expect(column.reason).not.toBe('');
  });

  it('needs the file name only for the custom object, not for any workbench object', () => {
    for (const file of files) {
      const withName = detect(file);
      const without = detect(file, false);
      expect([file, without.profile, without.object]).toEqual([file, withName.profile, withName.object]);
    }
  });

  it('decodes the UTF-16 and BOM edge cases to plain header names', () => {
    for (const file of ['edge-cases/dataloader_csvtext_BOM_UTF16LE.csv', 'edge-cases/dataloader_csvtext_BOM_UTF16BE.csv', 'edge-cases/dataloader_csvtext_BOM_UTF8.csv']) {
      expect(readHeader(file)).toEqual(['column1', 'column2', 'column3']);
    }
  });

  it('maps a Salesforce Account export by API name', () => {
    const detection = detect('salesforce/datacloud-workshop/Account.csv');
    expect(mapped(detection)).toMatchObject({ Id: 'externalId', Name: 'name', OwnerId: 'owner', Website: 'domain', Industry: 'industry' });
    expect(detection.columns.find((c) => c.header === 'OwnerId')?.reason).toBe('Salesforce API name OwnerId');
    const custom = detection.columns.find((c) => c.header === 'AnnualRevenue');
    expect(custom?.field).toBeNull();
    expect(custom?.reason).toContain('kept as custom field "AnnualRevenue"');
  });

  it('maps Data Loader UPPERCASE API names and says how they were written', () => {
    const detection = detect('salesforce/dataloader/opportunityData.csv');
    expect(mapped(detection)).toMatchObject({
      ID: 'externalId',
      ACCOUNTID: 'accountExternalId',
      STAGENAME: 'stage',
      AMOUNT: 'amount',
      CLOSEDATE: 'closeDate',
      ISWON: 'isWon',
      ISCLOSED: 'isClosed',
    });
    expect(detection.columns.find((c) => c.header === 'ACCOUNTID')?.reason).toBe('Salesforce API name AccountId (written "ACCOUNTID")');
  });

  it('maps a Salesforce Opportunity export with extra Excel columns', () => {
    const detection = detect('salesforce/devorg-excel/Opportunity.csv');
    expect(mapped(detection)).toEqual({
      Id: 'externalId',
      AccountId: 'accountExternalId',
      Name: 'name',
      StageName: 'stage',
      Amount: 'amount',
      CloseDate: 'closeDate',
      IsClosed: 'isClosed',
      IsWon: 'isWon',
    });
    expect(detection.columns.find((c) => c.header === 'Opportunity Lifecycle (Days)')?.field).toBeNull();
  });

  it('maps Salesforce contacts, cases and tasks', () => {
    expect(mapped(detect('salesforce/headers-only/HEADER_ONLY_Contact.csv'))).toMatchObject({
      Id: 'externalId', AccountId: 'accountExternalId', FirstName: 'firstName', LastName: 'lastName', Email: 'email', Title: 'title', Phone: 'phone',
    });
    expect(mapped(detect('salesforce/headers-only/HEADER_ONLY_Case.csv'))).toMatchObject({
      Id: 'externalId', AccountId: 'accountExternalId', CreatedDate: 'openedAt', ClosedDate: 'closedAt', Priority: 'priority', Status: 'status',
    });
    expect(mapped(detect('salesforce/datacloud-workshop/Task.csv'))).toMatchObject({
      Id: 'externalId', AccountId: 'accountExternalId', ActivityDate: 'date', Subject: 'subject', CallType: 'direction',
    });
  });

  it('maps the Dutch-locale opportunity report by its labels', () => {
    const detection = detect('salesforce/headers-only/HEADER_ONLY_salesforce_opportunities.csv');
    expect(mapped(detection)).toEqual({
      'Opportunity ID': 'externalId',
      'Opportunity Name': 'name',
      Stage: 'stage',
      Amount: 'amount',
      'Amount Currency': 'currency',
      'Close Date': 'closeDate',
    });
    // "Amount (converted)" is the same money in another currency: kept, never a second amount.
    expect(detection.columns.find((c) => c.header === 'Amount (converted)')?.field).toBeNull();
    expect(detection.columns.find((c) => c.header === 'Stage')?.reason).toBe('Salesforce report label Stage');
  });

  it('keeps both "Lead Owner" and "Lead owner" of the leads report, the second as a repeat', () => {
    const detection = detect('salesforce/headers-only/HEADER_ONLY_salesforce_leads.csv');
    const owners = detection.columns.filter((c) => c.header.toLowerCase() === 'lead owner');
    expect(owners).toHaveLength(2);
    expect(owners[1]?.reason).toContain('repeats the header of column 9');
  });

  it('maps HubSpot companies and contacts', () => {
    expect(mapped(detect('hubspot/headers-only/HEADER_ONLY_companies.csv'))).toMatchObject({
      'Record ID': 'externalId',
      'Company name': 'name',
      'Company Domain Name': 'domain',
      'Company owner': 'owner',
    });
    const contacts = detect('hubspot/headers-only/HEADER_ONLY_hubspot_contacts.csv');
    expect(mapped(contacts)).toMatchObject({
      'Record ID - Contact': 'externalId',
      'Record ID - Company': 'accountExternalId',
      'First Name': 'firstName',
      'Last Name': 'lastName',
      Email: 'email',
      'Job Title': 'title',
    });
    const createDates = contacts.columns.filter((c) => c.header === 'Create Date');
    expect(createDates.map((c) => c.field)).toEqual([null, null]);
    expect(createDates[1]?.reason).toContain('repeats the header of column 9');
  });

  it('maps the RavenStack tables', () => {
    expect(mapped(detect('saas/ravenstack/ravenstack_subscriptions.csv'))).toEqual({
      subscription_id: 'externalId',
      account_id: 'accountExternalId',
      start_date: 'startDate',
      end_date: 'endDate',
      mrr_amount: 'mrr',
    });
    expect(mapped(detect('saas/ravenstack/ravenstack_support_tickets.csv'))).toEqual({
      ticket_id: 'externalId',
      account_id: 'accountExternalId',
      submitted_at: 'openedAt',
      closed_at: 'closedAt',
      priority: 'priority',
    });
    expect(mapped(detect('saas/ravenstack/ravenstack_accounts.csv'))).toMatchObject({ account_id: 'externalId', account_name: 'name', seats: 'seats' });
  });
});
