import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadMappingFile } from '../../../../electron/backend/import/mapping';
import { makeTempDir } from '../../../helpers/tempDir';
import { mapFile, recordAt, writeFile } from './helpers/mapFile';

/** The mapping file of issue 3, word for word. */
const ISSUE_3_MAPPING = `{"object": "accounts", "source": "billing-sheet", "columns": {"Client Code": "externalId", "Client": "name", "Monthly Fee": "mrr", "Cancelled": {"field": "status", "values": {"Y": "churned", "N": "active"}}}, "dateOrder": "DMY"}`;

describe('the issue 3 mapping on a billing sheet', () => {
  let temp: ReturnType<typeof makeTempDir>;
  beforeEach(() => {
    temp = makeTempDir('csm-mapping-');
  });
  afterEach(() => temp.cleanup());

  it('maps codes, names, fees and Y/N status, and keeps the other columns as custom fields', async () => {
    const spec = await loadMappingFile(writeFile(temp.dir, 'billing.json', ISSUE_3_MAPPING));
    expect(spec).toMatchObject({ object: 'accounts', source: 'billing-sheet', dateOrder: 'DMY' });
    const sheet = [
      'Client Code;Client;Monthly Fee;Cancelled;Since',
      'C-001;Müller GmbH;1.250,00;N;03.04.2021',
      'C-002;Søren & Co; 99,50 ;y;17.11.2019',
      'C-003;Zeta;abc;X;01.01.2020',
    ].join('\r\n');
    const batch = await mapFile(writeFile(temp.dir, 'billing.csv', sheet), spec);
    expect(batch).toMatchObject({ source: 'billing-sheet', object: 'accounts', mappingName: 'billing-sheet', full: false });
    expect(recordAt(batch, 2)).toEqual({
      rowNumber: 2,
      externalId: 'C-001',
      fields: { externalId: 'C-001', name: 'Müller GmbH', mrr: 1250, status: 'active' },
      custom: { Since: '03.04.2021' },
    });
    expect(recordAt(batch, 3).fields).toMatchObject({ name: 'Søren & Co', mrr: 99.5, status: 'churned' });
    expect(batch.records).toHaveLength(2);
    expect(batch.invalid.map((e) => [e.row, e.column])).toEqual([
      [4, 'Monthly Fee'],
      [4, 'Cancelled'],
    ]);
  });
});
