import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MappingSpec } from '../../../../electron/backend/import/mapping';
import { makeTempDir } from '../../../helpers/tempDir';
import { mapFile, recordAt, writeFile } from './helpers/mapFile';

const SPEC: MappingSpec = {
  object: 'accounts',
  source: 'crm-sheet',
  columns: { Code: 'externalId', Company: 'name', Renewal: 'renewalDate', MRR: 'mrr', Seats: 'seats', Tier: 'tier' },
};

describe('mapTable: bad cells', () => {
  let temp: ReturnType<typeof makeTempDir>;
  beforeEach(() => {
    temp = makeTempDir('csm-mapping-');
  });
  afterEach(() => temp.cleanup());

  it('reports one RowError per bad cell with file, row and column, and leaves those rows out whole', async () => {
    const csv = [
      'Code,Company,Renewal,MRR,Seats,Tier,Notes',
      'A1,Acme,17/07/2025,"1.200,50",10,Strategic,fine',
      'A2,Bolt,13/45/2024,"2.000,00",5,mid touch,bad date',
      'A3,Corp,01/02/2025,lots,many,tech-touch,bad number and seats',
      'A4,Dyne,31/12/2025,"300,00",3,platinum,bad tier',
      'A5,Echo,,,,,empty is fine',
    ].join('\n');
    const batch = await mapFile(writeFile(temp.dir, 'accounts.csv', csv), SPEC);

    expect(batch.records.map((r) => r.externalId)).toEqual(['A1', 'A5']);
    expect(batch.invalid).toEqual([
      { file: 'accounts.csv', row: 3, column: 'Renewal', reason: expect.stringContaining('"13/45/2024" is not a date (DMY)') },
      { file: 'accounts.csv', row: 4, column: 'MRR', reason: expect.stringContaining('"lots" is not a number') },
      { file: 'accounts.csv', row: 4, column: 'Seats', reason: expect.stringContaining('"many" is not a number') },
      { file: 'accounts.csv', row: 5, column: 'Tier', reason: expect.stringContaining('"platinum" is not a tier value') },
    ]);
    expect(recordAt(batch, 2)).toEqual({
      rowNumber: 2,
      externalId: 'A1',
      fields: { externalId: 'A1', name: 'Acme', renewalDate: '2025-07-17', mrr: 1200.5, seats: 10, tier: 'strategic' },
      custom: { Notes: 'fine' },
    });
    expect(recordAt(batch, 6).fields).toEqual({ externalId: 'A5', name: 'Echo', renewalDate: null, mrr: null, seats: null, tier: null });
    expect(batch.decisions.find((d) => d.column === 'Renewal')?.message).toContain('17/07/2025');
    expect(batch.decisions.find((d) => d.column === 'MRR')).toMatchObject({ value: ',', ambiguous: false });
  });

  it('uses the mapping dateOrder over the data and says when the data disagrees', async () => {
    const csv = ['Code,Company,Renewal', 'A1,Acme,07/17/2025', 'A2,Bolt,03/04/2025'].join('\n');
    const batch = await mapFile(writeFile(temp.dir, 'forced.csv', csv), { ...SPEC, dateOrder: 'DMY' });
    expect(recordAt(batch, 3).fields.renewalDate).toBe('2025-04-03');
    expect(batch.invalid).toEqual([expect.objectContaining({ row: 2, column: 'Renewal', reason: expect.stringContaining('"07/17/2025" is not a date (DMY)') })]);
    expect(batch.decisions.find((d) => d.column === 'Renewal')).toMatchObject({ value: 'DMY', ambiguous: true });
  });

  it('warns about mapping columns the file lacks and skips blank rows', async () => {
    const csv = ['code,Company', 'A1,Acme', ',', 'A2,Bolt'].join('\n');
    const batch = await mapFile(writeFile(temp.dir, 'short.csv', csv), SPEC);
    // "Code" matches "code" ignoring case; the other four mapped columns are missing.
    expect(batch.records.map((r) => r.externalId)).toEqual(['A1', 'A2']);
    expect(batch.warnings).toHaveLength(4);
    expect(batch.warnings[0]).toContain('"Renewal"');
  });
});
