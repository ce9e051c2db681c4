import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { NO_OBJECT_WARNING } from '../../../electron/backend/import/wizard/inspectTables';
import { sheetNames } from '../../../electron/backend/import/wizard/xlsxSheets';
import { buildZip } from '../import/read/helpers/zipWriter';
import {
  ACCOUNT_CSV,
  CONTACT_CSV,
  WORKSHOP,
  WORKSHOP_ACCOUNTS,
  WORKSHOP_CONTACTS,
  choicesFrom,
  rejectionOf,
  summaryOf,
  useWizardBackend,
} from './helpers';

function writeExportZip(dir: string): string {
  const file = path.join(dir, 'WE_00D000000000001_1.zip');
  fs.writeFileSync(
    file,
    buildZip([
      { name: 'Account.csv', data: fs.readFileSync(ACCOUNT_CSV) },
      { name: 'Contact.csv', data: fs.readFileSync(CONTACT_CSV), store: true },
      { name: 'Branch__c.csv', data: fs.readFileSync(path.join(WORKSHOP, 'Branch__c.csv')) },
      { name: 'Broken.csv', data: Buffer.alloc(0) },
      { name: 'README.txt', data: 'not a table' },
    ]),
  );
  return file;
}

async function writeWorkbook(dir: string): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const companies = workbook.addWorksheet('Companies & Co');
  companies.addRow(['Record ID', 'Company name', 'Company Domain Name', 'Annual Revenue']);
  companies.addRow([101, 'Zoë Café', 'zoe.example', 1250000]);
  companies.addRow([102, 'Bolt GmbH', 'bolt.example', 990000]);
  const notes = workbook.addWorksheet('Notes');
  notes.addRow(['Kunde', 'Bemerkung']);
  notes.addRow(['Zoë Café', 'call back']);
  const file = path.join(dir, 'hubspot-companies.xlsx');
  await workbook.xlsx.writeFile(file);
  return file;
}

describe('inspecting and importing ZIP exports, XLSX workbooks and other encodings', () => {
  const wizardBackend = useWizardBackend();

  it('gives one table per CSV of a ZIP export, unreadable and unknown ones included, and imports chosen entries', async () => {
    const { backend, dir } = await wizardBackend();
    const zip = await backend.dispatch('files.register', { path: writeExportZip(dir) });
    const { tables } = await backend.dispatch('imports.inspect', { fileIds: [zip.fileId] });
    expect(tables.map((t) => [t.tableKey, t.label, t.object])).toEqual([
      [`${zip.fileId}/Account.csv`, 'WE_00D000000000001_1.zip/Account.csv', 'accounts'],
      [`${zip.fileId}/Contact.csv`, 'WE_00D000000000001_1.zip/Contact.csv', 'contacts'],
      [`${zip.fileId}/Branch__c.csv`, 'WE_00D000000000001_1.zip/Branch__c.csv', null],
      [`${zip.fileId}/Broken.csv`, 'WE_00D000000000001_1.zip/Broken.csv', null],
    ]);
    expect(tables[0]!.warnings).toContain('not imported (not CSV): README.txt');
    const branch = tables[2]!;
    expect(branch).toMatchObject({ mapping: null, sourceObject: 'Salesforce custom object Branch__c' });
    expect(branch.warnings).toContain(NO_OBJECT_WARNING);
    expect(branch.columns.every((column) => column.field === null && column.samples.length <= 20)).toBe(true);
    expect(tables[3]!.warnings).toEqual([expect.stringMatching(/Broken\.csv: .*empty/)]);

    const bad = await rejectionOf(backend.dispatch('imports.preview', { taskId: 't', tables: [{ tableKey: zip.fileId, mapping: tables[0]!.mapping! }] }));
    expect(bad.message).toBe(`WE_00D000000000001_1.zip is a ZIP export: choose its tables ("${zip.fileId}/<entry>"), not the whole file`);
    const absent = await rejectionOf(
      backend.dispatch('imports.preview', { taskId: 't', tables: [{ tableKey: `${zip.fileId}/Lead.csv`, mapping: tables[0]!.mapping! }] }),
    );
    expect([absent.code, absent.message]).toEqual(['NOT_FOUND', 'WE_00D000000000001_1.zip holds no table "Lead.csv"']);

    const result = await backend.dispatch('imports.commit', { taskId: 'zip', tables: choicesFrom(tables.slice(0, 2)) });
    expect(summaryOf(result, 'accounts')).toMatchObject({ new: WORKSHOP_ACCOUNTS, file: 'WE_00D000000000001_1.zip/Account.csv' });
    expect(summaryOf(result, 'contacts').new).toBe(WORKSHOP_CONTACTS);
  });

  it('names the sheets of a workbook, reads another sheet on request and imports the chosen one', async () => {
    const { backend, dir } = await wizardBackend();
    const book = await backend.dispatch('files.register', { path: await writeWorkbook(dir) });
    const [first] = (await backend.dispatch('imports.inspect', { fileIds: [book.fileId] })).tables;
    expect(first).toMatchObject({ sheet: 'Companies & Co', sheets: ['Companies & Co', 'Notes'], encoding: null, delimiter: null, profile: 'hubspot', object: 'accounts' });
    expect(first!.columns.map((c) => [c.header, c.field, c.samples])).toEqual([
      ['Record ID', 'externalId', ['101', '102']],
      ['Company name', 'name', ['Zoë Café', 'Bolt GmbH']],
      ['Company Domain Name', 'domain', ['zoe.example', 'bolt.example']],
      // Kept as a custom field: annual revenue is not the workbench's ARR.
      ['Annual Revenue', null, ['1250000', '990000']],
    ]);

    const [notes] = (await backend.dispatch('imports.inspect', { fileIds: [book.fileId], read: { [book.fileId]: { sheet: 'Notes' } } })).tables;
    expect(notes).toMatchObject({ sheet: 'Notes', header: ['Kunde', 'Bemerkung'], object: null, mapping: null });

    const result = await backend.dispatch('imports.commit', {
      taskId: 'xlsx',
      tables: [{ tableKey: book.fileId, mapping: first!.mapping!, sheet: 'Companies & Co' }],
    });
    expect(summaryOf(result, 'accounts')).toMatchObject({ new: 2, invalid: 0 });
    expect((await backend.dispatch('accounts.list', {})).rows.map((row) => row.name).sort()).toEqual(['Bolt GmbH', 'Zoë Café']);
  });

  it('reports the detected encoding and delimiter, and reads with others when asked', async () => {
    const { backend, dir } = await wizardBackend();
    const cp1252 = path.join(dir, 'kunden.csv');
    fs.writeFileSync(cp1252, iconv.encode('Name;Stadt\r\nCafé Zoë;Köln\r\nMüller & Söhne;Zürich\r\n', 'windows-1252'));
    const file = await backend.dispatch('files.register', { path: cp1252 });
    const [detected] = (await backend.dispatch('imports.inspect', { fileIds: [file.fileId] })).tables;
    expect(detected).toMatchObject({ encoding: expect.stringMatching(/1252|8859-1/i), delimiter: ';', header: ['Name', 'Stadt'] });
    expect(detected!.columns.map((column) => column.samples)).toEqual([
      ['Café Zoë', 'Müller & Söhne'],
      ['Köln', 'Zürich'],
    ]);
    const [forced] = (
      await backend.dispatch('imports.inspect', { fileIds: [file.fileId], read: { [file.fileId]: { encoding: 'utf-8', delimiter: ',' } } })
    ).tables;
    expect(forced).toMatchObject({ delimiter: ',', header: ['Name;Stadt'] });
    expect(forced!.encoding?.toLowerCase()).toMatch(/^utf-?8$/);
    expect(forced!.columns[0]!.samples[0]).toContain('\uFFFD');
  });

  it('reads sheet names from workbook XML, prefixed or not, with entities decoded', () => {
    const xml =
      '<workbook><sheets><sheet name="Q1 &amp; Q2" sheetId="1" r:id="rId1"/><x:sheet sheetId="2" name="&#x41C;&#1080;&quot;x&quot;"/></sheets></workbook>';
    expect(sheetNames(xml)).toEqual(['Q1 & Q2', 'Ми"x"']);
  });
});
