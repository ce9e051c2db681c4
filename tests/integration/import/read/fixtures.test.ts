import { describe, expect, it } from 'vitest';
import { openTableSource } from '../../../../electron/backend/import/read';
import { allFixtureCsvs, fixture, readAllRows } from './helpers/fixtures';

/**
 * Records after the header, per fixture. Obtained once by hand with Python's csv module
 * (python3: len(list(csv.reader(open(f, newline='', encoding=E), delimiter=D))) - 1, with
 * E = cp1252 for accountData.csv, utf-16 for the UTF-16 files and utf-8-sig otherwise, and
 * D = ';' for the two report exports). Python found no blank records in any of them.
 */
const EXPECTED: Record<string, { records: number; columns: number }> = {
  'edge-cases/dataloader_csvEscapedQuotes.csv': { records: 2, columns: 2 },
  'edge-cases/dataloader_csvSeparator.csv': { records: 2, columns: 3 },
  'edge-cases/dataloader_csvtext_BOM_UTF16BE.csv': { records: 2, columns: 3 },
  'edge-cases/dataloader_csvtext_BOM_UTF16LE.csv': { records: 2, columns: 3 },
  'edge-cases/dataloader_csvtext_BOM_UTF8.csv': { records: 2, columns: 3 },
  'edge-cases/sf_ebikes_Account_compound_address_json.csv': { records: 4, columns: 61 },
  'hubspot/headers-only/HEADER_ONLY_all-contacts.csv': { records: 0, columns: 294 },
  'hubspot/headers-only/HEADER_ONLY_companies.csv': { records: 0, columns: 19 },
  'hubspot/headers-only/HEADER_ONLY_hubspot_contacts.csv': { records: 0, columns: 27 },
  'saas/ravenstack/ravenstack_accounts.csv': { records: 500, columns: 10 },
  'saas/ravenstack/ravenstack_churn_events.csv': { records: 600, columns: 9 },
  'saas/ravenstack/ravenstack_feature_usage.csv': { records: 25000, columns: 8 },
  'saas/ravenstack/ravenstack_subscriptions.csv': { records: 5000, columns: 14 },
  'saas/ravenstack/ravenstack_support_tickets.csv': { records: 2000, columns: 9 },
  'salesforce/datacloud-workshop/Account.csv': { records: 22, columns: 56 },
  'salesforce/datacloud-workshop/Branch__c.csv': { records: 5, columns: 14 },
  'salesforce/datacloud-workshop/Campaign.csv': { records: 8, columns: 34 },
  'salesforce/datacloud-workshop/CampaignMember.csv': { records: 68, columns: 38 },
  'salesforce/datacloud-workshop/Case.csv': { records: 40, columns: 50 },
  'salesforce/datacloud-workshop/Contact.csv': { records: 102, columns: 72 },
  'salesforce/datacloud-workshop/Lead.csv': { records: 60, columns: 55 },
  'salesforce/datacloud-workshop/Opportunity.csv': { records: 50, columns: 35 },
  'salesforce/datacloud-workshop/Task.csv': { records: 75, columns: 40 },
  'salesforce/dataloader/accountData.csv': { records: 423, columns: 38 },
  'salesforce/dataloader/opportunityData.csv': { records: 38, columns: 31 },
  'salesforce/devorg-excel/Account.csv': { records: 18, columns: 17 },
  'salesforce/devorg-excel/Contact.csv': { records: 25, columns: 17 },
  'salesforce/devorg-excel/Lead.csv': { records: 22, columns: 28 },
  'salesforce/devorg-excel/Opportunity.csv': { records: 36, columns: 19 },
  'salesforce/devorg-excel/OpportunityHistory.csv': { records: 48, columns: 13 },
  'salesforce/devorg-excel/OpportunityHistoryGroup.csv': { records: 10, columns: 3 },
  'salesforce/headers-only/HEADER_ONLY_Account.csv': { records: 0, columns: 110 },
  'salesforce/headers-only/HEADER_ONLY_Case.csv': { records: 0, columns: 40 },
  'salesforce/headers-only/HEADER_ONLY_Contact.csv': { records: 0, columns: 72 },
  'salesforce/headers-only/HEADER_ONLY_Lead.csv': { records: 0, columns: 67 },
  'salesforce/headers-only/HEADER_ONLY_User.csv': { records: 0, columns: 82 },
  'salesforce/headers-only/HEADER_ONLY_salesforce_leads.csv': { records: 0, columns: 23 },
  'salesforce/headers-only/HEADER_ONLY_salesforce_opportunities.csv': { records: 0, columns: 27 },
};

describe('every CSV fixture reads with the record count Python finds', () => {
  it('the expectations cover exactly the fixture files', () => {
    expect(allFixtureCsvs()).toEqual(Object.keys(EXPECTED).sort());
  });

  for (const [relative, expected] of Object.entries(EXPECTED)) {
    it(relative, async () => {
      const table = await openTableSource(fixture(relative));
      const rows = await readAllRows(table);
      expect(rows).toHaveLength(expected.records);
      expect(table.header).toHaveLength(expected.columns);
      for (const row of rows) expect(row.cells).toHaveLength(expected.columns);
      expect(table.warnings).toEqual([]);
    });
  }
});

describe('what makes the fixtures hard', () => {
  it('decodes the cp1252 accented names of the Data Loader account export', async () => {
    const table = await openTableSource(fixture('salesforce/dataloader/accountData.csv'));
    expect(['windows-1252', 'ISO-8859-1']).toContain(table.encoding); // identical for these bytes
    const names = (await readAllRows(table)).map((row) => row.cells[table.header.indexOf('NAME')]);
    expect(names).toContain('Pébéo of America');
    expect(names).toContain('Crédito Inmobiliario Terras');
    expect(names.join('')).not.toContain('\uFFFD');
  });

  it('keeps the UTF-8 BOM of the workshop export out of the first header', async () => {
    const table = await openTableSource(fixture('salesforce/datacloud-workshop/Account.csv'));
    expect(table.encoding).toBe('UTF-8');
    expect(table.header[0]).toBe('Id');
    expect(table.header[3]).toBe('Name');
  });

  it.each(['LE', 'BE'])('decodes the UTF-16 %s file with BOM', async (endian) => {
    const table = await openTableSource(fixture(`edge-cases/dataloader_csvtext_BOM_UTF16${endian}.csv`));
    expect(table.encoding).toBe(`UTF-16${endian}`);
    expect(table.header).toEqual(['column1', 'column2', 'column3']);
    expect(await readAllRows(table)).toEqual([
      { rowNumber: 2, cells: ['row1-1', 'row1-2', 'row1-3'] },
      { rowNumber: 3, cells: ['row2-1', 'row2-2', 'row2-3'] },
    ]);
  });

  it('detects the Dutch report export as ;-delimited and keeps "Lead Owner" and "Lead owner" apart', async () => {
    const table = await openTableSource(fixture('salesforce/headers-only/HEADER_ONLY_salesforce_leads.csv'));
    expect(table.delimiter).toBe(';');
    expect(table.header).toContain('Lead Owner');
    expect(table.header).toContain('Lead owner');
    const opportunities = await openTableSource(fixture('salesforce/headers-only/HEADER_ONLY_salesforce_opportunities.csv'));
    expect(opportunities.delimiter).toBe(';');
    expect(opportunities.header[0]).toBe('Opportunity Owner');
  });

  it('keeps the duplicate HubSpot headers apart', async () => {
    const table = await openTableSource(fixture('hubspot/headers-only/HEADER_ONLY_hubspot_contacts.csv'));
    for (const name of ['Phone Number', 'Last Activity Date', 'Create Date', 'Country/Region']) {
      expect(table.header.filter((header) => header === name)).toHaveLength(1);
      expect(table.header).toContain(`${name} (2)`);
    }
    expect(table.header).toContain('Company Name');
    expect(table.header).toContain('Company name'); // differs in case: a different column
    expect(new Set(table.header).size).toBe(table.header.length);
  });

  it('decodes the Cyrillic custom property and the quoted quotes of the full HubSpot contact export', async () => {
    const table = await openTableSource(fixture('hubspot/headers-only/HEADER_ONLY_all-contacts.csv'));
    expect(table.header).toContain('Сонирхож буй орон сууцны төрөл');
    expect(table.header).toContain('Date entered "Customer (Lifecycle Stage Pipeline)"');
    expect(table.header).toContain('Billing Contact (2)');
    expect(table.header).toContain('Billing Contact IDs (2)');
  });

  it('reads doubled quotes and JSON strings as their text', async () => {
    const quotes = await readAllRows(await openTableSource(fixture('edge-cases/dataloader_csvEscapedQuotes.csv')));
    expect(quotes.map((row) => row.cells[0])).toEqual(['"The Best" Account', 'The "Best" Account']);
    const ebikes = await openTableSource(fixture('edge-cases/sf_ebikes_Account_compound_address_json.csv'));
    const addresses = (await readAllRows(ebikes)).map((row) => row.cells[ebikes.header.indexOf('BillingAddress')]!);
    expect(addresses[0]).toBe('');
    expect(JSON.parse(addresses[1]!)).toMatchObject({ city: 'Belmont', street: '480 Trapelo Road' });
  });

  it('reads ravenstack CRLF lines without a stray carriage return', async () => {
    const table = await openTableSource(fixture('saas/ravenstack/ravenstack_accounts.csv'));
    expect(table.header.at(-1)).toBe('churn_flag');
    const rows = await readAllRows(table);
    expect(rows[0]).toEqual({ rowNumber: 2, cells: ['A-2e4581', 'Company_0', 'EdTech', 'US', '2024-10-16', 'partner', 'Basic', '9', 'False', 'False'] });
    expect(rows.at(-1)!.rowNumber).toBe(501);
  });
});
