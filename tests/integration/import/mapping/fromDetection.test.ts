import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mappingFromDetection } from '../../../../electron/backend/import/mapping';
import { salesforceIdSuffix } from '../../../../shared/domain/import/values';
import { detectProfile } from '../../../../shared/domain/import/profiles';
import { makeTempDir } from '../../../helpers/tempDir';
import { mapFile, recordAt, writeFile } from './helpers/mapFile';

describe('mappingFromDetection', () => {
  it('names the source after the CRM and keeps only mapped columns', () => {
    const spec = mappingFromDetection(detectProfile(['Id', 'Name', 'Industry', 'Rating__c'], 'Account.csv'));
    expect(spec).toEqual({ object: 'accounts', source: 'salesforce', columns: { Id: 'externalId', Name: 'name', Industry: 'industry' } });
    expect(mappingFromDetection(detectProfile(['Id', 'Name'], 'Account.csv'), 'sandbox').source).toBe('sandbox');
  });

  it('refuses a file with no workbench object in one line', () => {
    expect(() => mappingFromDetection(detectProfile(['Foo', 'Bar']))).toThrow(/no workbench object to import into/);
  });
});

describe('id columns', () => {
  let temp: ReturnType<typeof makeTempDir>;
  beforeEach(() => {
    temp = makeTempDir('csm-mapping-');
  });
  afterEach(() => temp.cleanup());

  it('normalises 15-character Salesforce ids to 18 and leaves other ids alone', async () => {
    const sf15 = '001bm00001ZL8UC';
    const csv = ['Account,Name', `${sf15},Acme`, '001bm00001ZL8UEAA1,Bolt'].join('\n');
    const spec = { object: 'accounts' as const, source: 'sheet', columns: { Account: 'externalId', Name: 'name' } };
    const batch = await mapFile(writeFile(temp.dir, 'ids.csv', csv), spec);
    expect(recordAt(batch, 2).externalId).toBe(sf15 + salesforceIdSuffix(sf15));
    expect(recordAt(batch, 3).externalId).toBe('001bm00001ZL8UEAA1');

    const plain = await mapFile(writeFile(temp.dir, 'plain.csv', ['Account,Name', `${sf15},Acme`, 'ACC-2,Bolt'].join('\n')), spec);
    expect(recordAt(plain, 2).externalId).toBe(sf15);
    expect(plain.decisions.some((d) => d.kind === 'salesforceId')).toBe(false);
  });
});
