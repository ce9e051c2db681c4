import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../../helpers/tempDir';
import { runInProcess, stderrLines } from '../../cli/run';
import { fixture } from './helpers/fixtures';
import { buildZip } from './helpers/zipWriter';

const temp = makeTempDir('csm-inspect-');
afterAll(() => temp.cleanup());

describe('csm inspect', () => {
  it('prints encoding, delimiter, header and the first rows of a CSV', async () => {
    const result = await runInProcess(['inspect', fixture('salesforce/datacloud-workshop/Opportunity.csv'), '--rows', '2']);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('encoding   UTF-8 (detected, confidence 100%)');
    expect(result.stdout).toContain('delimiter  ,');
    expect(result.stdout).toContain('header     35 columns: ["Id","IsDeleted","AccountId","Name"');
    expect(result.stdout).toContain('first 2 rows:');
    expect(result.stdout.match(/^ {4}line \d+: \[/gm)).toHaveLength(2);
  });

  it('gives JSON with the overrides applied, the detected profile and the column mapping', async () => {
    const file = fixture('salesforce/dataloader/accountData.csv');
    const result = await runInProcess(['inspect', file, '--json', '--rows', '3', '--encoding', 'windows-1252', '--delimiter', 'comma']);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(report).toMatchObject({
      file,
      format: 'csv',
      encoding: 'windows-1252',
      encodingOverridden: true,
      delimiter: ',',
      columns: 38,
      profile: 'salesforce',
      objects: ['accounts'],
    });
    expect(report.mapping).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ header: 'ID', field: 'externalId' }),
        expect.objectContaining({ header: 'NAME', field: 'name' }),
      ]),
    );
    expect(report.rows).toHaveLength(3);
    expect(report.rows[0]).toMatchObject({ rowNumber: 2, cells: expect.arrayContaining(['Gravity Investments']) });
  });

  it('shows one section per entry of a Data Export ZIP', async () => {
    const zipFile = path.join(temp.dir, 'export.zip');
    fs.writeFileSync(zipFile, buildZip([
      { name: 'Account.csv', data: 'Id,Name\n001A,Acme\n' },
      { name: 'Contact.csv', data: 'Id;LastName\n003A;Smith\n' },
    ]));
    const text = await runInProcess(['inspect', zipFile]);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('ZIP archive, 2 CSV entries');
    expect(text.stdout).toContain(`${zipFile}/Account.csv\n  object     Account`);
    expect(text.stdout).toContain(`${zipFile}/Contact.csv\n  object     Contact`);
    const json = JSON.parse((await runInProcess(['inspect', zipFile, '--json'])).stdout);
    expect(json.entries.map((entry: { object: string; delimiter: string }) => [entry.object, entry.delimiter])).toEqual([
      ['Account', ','],
      ['Contact', ';'],
    ]);
  });

  it('fails with one line for a missing file, a binary file, a broken quote and bad options', async () => {
    const missing = await runInProcess(['inspect', 'no-such-file.csv'], { cwd: temp.dir });
    expect(missing.code).toBe(1);
    expect(stderrLines(missing)).toEqual(['csm: no-such-file.csv: file not found']);

    const binary = path.join(temp.dir, 'image.csv');
    fs.writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
    const binaryResult = await runInProcess(['inspect', binary]);
    expect(binaryResult.code).toBe(1);
    expect(stderrLines(binaryResult)).toEqual([`csm: ${binary}: this is a PNG image, not a CSV file`]);

    const broken = path.join(temp.dir, 'broken.csv');
    fs.writeFileSync(broken, 'a,b\n1,"never closed\n2,x\n');
    const brokenResult = await runInProcess(['inspect', broken, '--rows', '10']);
    expect(brokenResult.code).toBe(1);
    expect(brokenResult.stdout).toBe('');
    expect(stderrLines(brokenResult)).toEqual([`csm: ${broken}: line 2, column 2: a quoted field is never closed (its closing " is missing)`]);

    expect(stderrLines(await runInProcess(['inspect']))).toEqual(['csm: inspect needs a FILE; run `csm help inspect`']);
    expect((await runInProcess(['inspect', broken, '--rows', 'many'])).code).toBe(2);
    expect(stderrLines(await runInProcess(['inspect', broken, '--delimiter', ';;']))[0]).toMatch(/--delimiter must be/);
  });
});
