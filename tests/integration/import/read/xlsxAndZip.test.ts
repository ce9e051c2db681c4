import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { afterAll, describe, expect, it } from 'vitest';
import { ImportReadError, openTableSource, openZipExport } from '../../../../electron/backend/import/read';
import { makeTempDir } from '../../../helpers/tempDir';
import { fixture, readAllRows } from './helpers/fixtures';
import { buildZip } from './helpers/zipWriter';

const temp = makeTempDir('csm-read-xz-');
afterAll(() => temp.cleanup());

async function writeWorkbook(name: string): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const notes = workbook.addWorksheet('Notes');
  notes.addRow(['just a note']);
  const companies = workbook.addWorksheet('Companies');
  companies.addRow(['Record ID', 'Company name', 'Annual Revenue', 'Create Date', 'Is Customer', 'Company name', '']);
  companies.addRow([101, 'Zoë Café', 1250000.5, new Date(Date.UTC(2024, 4, 7)), true, 'dup']);
  companies.addRow([]);
  companies.addRow([102, { richText: [{ text: 'Rich ' }, { text: 'Text' }] }, { formula: 'C2*2', result: 2500001 }, new Date(Date.UTC(2024, 4, 7, 10, 26)), false]);
  const file = path.join(temp.dir, name);
  await workbook.xlsx.writeFile(file);
  return file;
}

describe('XLSX', () => {
  it('reads the first sheet by default and a chosen one by name or number', async () => {
    const file = await writeWorkbook('book.xlsx');
    const first = await openTableSource(file);
    expect(first).toMatchObject({ format: 'xlsx', sheetName: 'Notes', header: ['just a note'], delimiter: null });
    const byNumber = await openTableSource(file, { sheet: 2 });
    const byName = await openTableSource(file, { sheet: 'companies' });
    expect(byNumber.sheetName).toBe('Companies');
    expect(byName.header).toEqual(['Record ID', 'Company name', 'Annual Revenue', 'Create Date', 'Is Customer', 'Company name (2)']);
    expect(await readAllRows(byName)).toEqual([
      { rowNumber: 2, cells: ['101', 'Zoë Café', '1250000.5', '2024-05-07', 'TRUE', 'dup'] },
      { rowNumber: 4, cells: ['102', 'Rich Text', '2500001', '2024-05-07T10:26:00Z', 'FALSE', ''] },
    ]);
  });

  it('names the sheets when the chosen one does not exist', async () => {
    const file = await writeWorkbook('book2.xlsx');
    const error = await openTableSource(file, { sheet: 'Deals' }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ImportReadError);
    expect((error as Error).message).toBe(`${file}: no sheet "Deals"; the sheets are "Notes", "Companies"`);
  });
});

describe('Salesforce Data Export ZIP', () => {
  const accountBytes = fs.readFileSync(fixture('salesforce/datacloud-workshop/Account.csv'));
  const zipFile = path.join(temp.dir, 'WE_00D000000000001_1.zip');
  fs.writeFileSync(
    zipFile,
    buildZip([
      { name: 'Account.csv', data: accountBytes },
      { name: 'Contact.csv', data: fs.readFileSync(fixture('salesforce/datacloud-workshop/Contact.csv')), store: true },
      { name: 'Opportunity.csv', data: fs.readFileSync(fixture('salesforce/datacloud-workshop/Opportunity.csv')) },
      { name: 'Task.csv', data: fs.readFileSync(fixture('salesforce/datacloud-workshop/Task.csv')) },
      { name: 'Event.csv', data: 'Id,Subject,ActivityDate\n00U1,Kickoff,2024-01-22\n' },
      { name: 'Case.csv', data: fs.readFileSync(fixture('salesforce/datacloud-workshop/Case.csv')) },
      { name: 'Attachments/', data: '' , store: true },
      { name: 'Attachments/logo.png', data: Buffer.from([0x89, 0x50, 0x4e, 0x47]), store: true },
      { name: 'Legacy__c.csv', data: iconv.encode('Id,Name\na01,Société Générale\n', 'windows-1252') },
    ]),
  );

  it('lists the CSV entries with the object each routes to', async () => {
    const zip = await openZipExport(zipFile);
    try {
      expect(zip.entries.map((entry) => [entry.name, entry.object, entry.isCoreObject])).toEqual([
        ['Account.csv', 'Account', true],
        ['Contact.csv', 'Contact', true],
        ['Opportunity.csv', 'Opportunity', true],
        ['Task.csv', 'Task', true],
        ['Event.csv', 'Event', true],
        ['Case.csv', 'Case', true],
        ['Legacy__c.csv', 'Legacy__c', false],
      ]);
      expect(zip.skipped).toEqual(['Attachments/logo.png']);
      expect(zip.entries[0]!.uncompressedSize).toBe(accountBytes.length);
    } finally {
      zip.close();
    }
  });

  it('reads each entry as a table, deflated or stored, with the same counts as the loose files', async () => {
    const zip = await openZipExport(zipFile);
    try {
      const counts: Record<string, number> = {};
      for (const entry of zip.entries) counts[entry.name] = (await readAllRows(await zip.open(entry.name))).length;
      // Loose-file counts from fixtures.test.ts (Python's csv module).
      expect(counts).toEqual({ 'Account.csv': 22, 'Contact.csv': 102, 'Opportunity.csv': 50, 'Task.csv': 75, 'Event.csv': 1, 'Case.csv': 40, 'Legacy__c.csv': 1 });
      const account = await zip.open('Account.csv');
      expect(account.header[0]).toBe('Id');
      const legacy = await zip.open('Legacy__c.csv');
      expect(legacy.encoding).not.toBe('UTF-8');
      expect((await readAllRows(legacy))[0]!.cells).toEqual(['a01', 'Société Générale']);
    } finally {
      zip.close();
    }
  });

  it('refuses an unknown entry and a broken archive with one line', async () => {
    const zip = await openZipExport(zipFile);
    try {
      await expect(zip.open('Lead.csv')).rejects.toThrow(`${zipFile}: no CSV entry "Lead.csv" in the archive`);
    } finally {
      zip.close();
    }
    const broken = path.join(temp.dir, 'broken.zip');
    fs.writeFileSync(broken, Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(64, 1)]));
    await expect(openZipExport(broken)).rejects.toThrow(/broken\.zip: not a readable ZIP archive/);
  });
});
