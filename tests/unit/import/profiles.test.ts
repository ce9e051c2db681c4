import { describe, expect, it } from 'vitest';
import { FIELDS, OBJECT_NAMES } from '../../../shared/domain/import/fields';
import { detectProfile, PROFILES, type ProfileDetection } from '../../../shared/domain/import/profiles';

function mapped(detection: ProfileDetection): Record<string, string> {
  return Object.fromEntries(detection.columns.flatMap((c) => (c.field ? [[c.header, c.field]] : [])));
}

describe('detectProfile', () => {
  it('reads a HubSpot deals export', () => {
    const detection = detectProfile(['Record ID', 'Deal Name', 'Deal Stage', 'Pipeline', 'Amount', 'Close Date', 'Deal owner', 'Associated Company IDs', 'Create Date']);
    expect(detection).toMatchObject({ profile: 'hubspot', object: 'opportunities', sourceObject: 'HubSpot deals' });
    expect(mapped(detection)).toEqual({
      'Record ID': 'externalId',
      'Deal Name': 'name',
      'Deal Stage': 'stage',
      Amount: 'amount',
      'Close Date': 'closeDate',
      'Associated Company IDs': 'accountExternalId',
    });
    expect(detection.confidence).toBeGreaterThan(0.7);
  });

  it('reads a HubSpot companies export with the lifecycle stage', () => {
    const detection = detectProfile(['Record ID', 'Company name', 'Company Domain Name', 'Lifecycle Stage', 'Annual Revenue']);
    expect(detection).toMatchObject({ profile: 'hubspot', object: 'accounts' });
    expect(mapped(detection)).toMatchObject({ 'Company Domain Name': 'domain' });
    // A sales-funnel stage, not a journey stage: kept as a custom field.
    expect(mapped(detection)['Lifecycle Stage']).toBeUndefined();
    expect(detection.columns.find((c) => c.header === 'Annual Revenue')?.field).toBeNull();
  });

  it('reads a Salesforce Event export as activities, in lower case too', () => {
    const header = ['id', 'whoid', 'whatid', 'accountid', 'subject', 'activitydatetime', 'startdatetime', 'enddatetime', 'durationinminutes', 'isalldayevent', 'ownerid'];
    const detection = detectProfile(header);
    expect(detection).toMatchObject({ profile: 'salesforce', object: 'activities', sourceObject: 'Salesforce Event' });
    expect(mapped(detection)).toEqual({ id: 'externalId', accountid: 'accountExternalId', subject: 'subject', activitydatetime: 'date' });
  });

  it('reads a Salesforce accounts report by its labels', () => {
    const detection = detectProfile(['Account Name', 'Account Owner', 'Type', 'Industry', 'Billing City', 'Account ID']);
    expect(detection).toMatchObject({ profile: 'salesforce-report', object: 'accounts' });
    expect(mapped(detection)).toEqual({ 'Account ID': 'externalId', 'Account Name': 'name', 'Account Owner': 'owner', Industry: 'industry' });
  });

  it('reads a file the workbench wrote with its own field names', () => {
    const header = FIELDS.usage.map((field) => field.name);
    const detection = detectProfile(header, 'usage.csv');
    expect(detection).toMatchObject({ profile: 'generic', object: 'usage' });
    expect(detection.columns.map((c) => c.field)).toEqual(header);
    expect(detection.columns[0]?.reason).toBe('common column name accountExternalId');
  });

  it('lets the file name break a tie between objects', () => {
    const header = ['account_id', 'seats'];
    expect(detectProfile(header).object).toBeNull();
    expect(detectProfile(['account_id', 'active_users', 'logins', 'mrr_amount', 'start_date'], 'usage_weekly.csv').object).toBe('usage');
    expect(detectProfile(['account_id', 'active_users', 'logins', 'mrr_amount', 'start_date'], 'billing.csv').object).toBe('revenue');
  });

  it('keeps unknown, repeated and empty columns out of the mapping, with reasons', () => {
    const detection = detectProfile(['Id', 'Name', 'Industry', 'Name', 'Favourite_Colour__c', '', 'Website']);
    expect(detection.object).toBe('accounts');
    expect(detection.columns.map((c) => c.field)).toEqual(['externalId', 'name', 'industry', null, null, null, 'domain']);
    expect(detection.columns[3]?.reason).toBe('repeats the header of column 2; kept as custom field "Name"');
    expect(detection.columns[4]?.reason).toBe('no workbench field for Salesforce API name Favourite_Colour__c; kept as custom field "Favourite_Colour__c"');
    expect(detection.columns[5]?.reason).toContain('empty header');
  });

  it('strips a byte-order mark and stray quotes from headers', () => {
    const detection = detectProfile(['\uFEFFId', '"Name"', 'StageName', 'CloseDate', 'AccountId', 'IsWon']);
    expect(detection.object).toBe('opportunities');
    expect(detection.columns.map((c) => c.field)).toEqual(['externalId', 'name', 'stage', 'closeDate', 'accountExternalId', 'isWon']);
  });

  it('falls back to generic with no object for headers nobody knows', () => {
    expect(detectProfile(['foo', 'bar'])).toMatchObject({ profile: 'generic', object: null, sourceObject: null, confidence: 0 });
    expect(detectProfile([])).toMatchObject({ profile: 'generic', object: null, columns: [] });
  });

  it('maps only to fields the catalogue has for the object', () => {
    for (const profile of PROFILES) {
      for (const spec of profile.objects) {
        if (spec.object === null) continue;
        const names = FIELDS[spec.object].map((f) => f.name);
        for (const [, field] of spec.fields) expect([profile.profile, spec.sourceObject, names.includes(field) ? field : `missing ${field}`]).toEqual([profile.profile, spec.sourceObject, field]);
      }
    }
    expect(OBJECT_NAMES).toHaveLength(8);
  });
});
