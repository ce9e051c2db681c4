import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadMappingFile, MappingFileError } from '../../../../electron/backend/import/mapping';
import { makeTempDir } from '../../../helpers/tempDir';

const VALID = {
  object: 'accounts',
  source: 'billing-sheet',
  columns: { 'Client Code': 'externalId', 'Monthly Fee': 'mrr', Cancelled: { field: 'status', values: { Y: 'churned', N: 'active' } } },
  dateOrder: 'DMY',
};

describe('loadMappingFile', () => {
  let temp: ReturnType<typeof makeTempDir>;
  beforeEach(() => {
    temp = makeTempDir('csm-mapping-');
  });
  afterEach(() => temp.cleanup());

  function write(content: unknown): string {
    const file = path.join(temp.dir, 'mapping.json');
    fs.writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
    return file;
  }

  async function errorOf(content: unknown): Promise<string> {
    const error = await loadMappingFile(write(content)).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(MappingFileError);
    const message = (error as Error).message;
    expect(message).not.toContain('\n');
    expect(message.startsWith('mapping.json: ')).toBe(true);
    return message;
  }

  it('accepts the issue 3 form with optional encoding and delimiter', async () => {
    const spec = await loadMappingFile(write({ ...VALID, encoding: 'windows-1252', delimiter: ';' }));
    expect(spec).toEqual({ ...VALID, encoding: 'windows-1252', delimiter: ';' });
  });

  it('names each kind of mistake with its JSON path', async () => {
    expect(await errorOf({ ...VALID, object: 'customers' })).toMatch(/^mapping\.json: \$\.object: unknown object "customers"; expected one of accounts, /);
    expect(await errorOf({ ...VALID, columns: { 'Monthly Fee': 'mrrr' } })).toMatch(
      /^mapping\.json: \$\.columns\["Monthly Fee"\]: unknown field "mrrr" for accounts \(known: externalId, name/,
    );
    expect(await errorOf({ ...VALID, object: 'contacts' })).toContain('$.columns["Monthly Fee"]: unknown field "mrr" for contacts');
    expect(await errorOf({ ...VALID, columns: { Cancelled: { field: 'sttus' } } })).toContain('$.columns.Cancelled.field: unknown field "sttus"');
    expect(await errorOf({ ...VALID, dateOrder: 'DDMMYYYY' })).toBe('mapping.json: $.dateOrder: bad dateOrder "DDMMYYYY"; expected DMY, MDY or YMD');
    expect(await errorOf({ ...VALID, columns: { Cancelled: { field: 'status', values: { Y: 'gone' } } } })).toContain(
      '$.columns.Cancelled.values.Y: "gone" is not a status value (allowed: active, churned)',
    );
    expect(await errorOf({ ...VALID, columns: { A: 'name', B: 'name' } })).toContain('$.columns.B: field "name" is already fed by column "A"');
    expect(await errorOf({ ...VALID, columns: { A: 42 } })).toContain('$.columns.A: must be a field name');
    expect(await errorOf({ ...VALID, dateorder: 'DMY' })).toContain('unknown key "dateorder"');
    expect(await errorOf({ ...VALID, delimiter: ';;' })).toContain('$.delimiter: must be one character');
    expect(await errorOf({ object: 'accounts', columns: {} })).toContain('$.source: needs "source"');
  });

  it('says when the file is not JSON or is missing', async () => {
    expect(await errorOf('{"object": "accounts",')).toContain('mapping.json: not valid JSON');
    await expect(loadMappingFile(path.join(temp.dir, 'none.json'))).rejects.toThrow('none.json: mapping file not found');
  });
});
