import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { MappingSpec } from '../../../../electron/backend/import/mapping';
import { fixture, mapFile, recordAt } from './helpers/mapFile';

describe('mapTable on the real fixtures', () => {
  it('maps the Data Loader account export by its automatic profile, accents intact', async () => {
    const file = fixture('salesforce/dataloader/accountData.csv');
    const batch = await mapFile(file);
    expect(batch.object).toBe('accounts');
    expect(batch.source).toBe('salesforce');
    expect(batch.fileHash).toBe(createHash('sha256').update(fs.readFileSync(file)).digest('hex'));
    expect(batch.records.length + new Set(batch.invalid.map((e) => e.row)).size).toBe(423);
    expect(batch.records.length).toBeGreaterThan(400);
    // Line 87 and line 375 hold the file's two accented names (cp1252 bytes).
    expect(recordAt(batch, 87).fields.name).toBe('Crédito Inmobiliario Terras');
    expect(recordAt(batch, 375).fields.name).toBe('Pébéo of America');
    const first = recordAt(batch, 2);
    expect(first.externalId).toBe('001x0000002xLCVAA2');
    expect(first.fields).toMatchObject({ name: 'Gravity Investments', region: 'US', owner: '005x0000000fNSiAAM' });
    expect(first.custom).toMatchObject({ BILLINGCITY: 'FORT COLLINS', CREATEDDATE: '2006-04-15T03:23:15.000Z', TYPE: null });
    expect(first.custom).not.toHaveProperty('NAME');
    expect(batch.decisions.some((d) => d.kind === 'salesforceId' && d.column === 'ID')).toBe(true);
  });

  it('reads the dev org opportunities M/D/YY dates as the right days', async () => {
    const batch = await mapFile(fixture('salesforce/devorg-excel/Opportunity.csv'));
    expect(batch.object).toBe('opportunities');
    expect(batch.invalid).toEqual([]);
    expect(batch.records).toHaveLength(36);
    // Line 2: "02/03/24" in a month-first column is 3 February 2024.
    expect(recordAt(batch, 2).fields).toMatchObject({ closeDate: '2024-02-03', amount: 15000, isWon: false, isClosed: false });
    expect(recordAt(batch, 2).externalId).toBe('006bm00000LKJNNAA5');
    // Line 33: "03/31/26" is 31 March 2026, and proves the column month-first.
    expect(recordAt(batch, 33).fields).toMatchObject({ closeDate: '2026-03-31', amount: null });
    expect(recordAt(batch, 4).fields).toMatchObject({ isWon: true, accountExternalId: '001bm00001ZL8UFAA1' });
    const closeDate = batch.decisions.find((d) => d.column === 'CloseDate');
    expect(closeDate).toMatchObject({ kind: 'dateOrder', value: 'MDY', ambiguous: false });
    expect(closeDate?.message).toContain('03/31/26');
  });

  it('maps the RavenStack subscriptions to revenue with a hand-written mapping', async () => {
    const spec: MappingSpec = {
      object: 'revenue',
      source: 'ravenstack',
      columns: { account_id: 'accountExternalId', start_date: 'startDate', end_date: 'endDate', mrr_amount: 'mrr' },
    };
    const batch = await mapFile(fixture('saas/ravenstack/ravenstack_subscriptions.csv'), spec);
    expect(batch.invalid).toEqual([]);
    expect(batch.records).toHaveLength(5000);
    // Line 2: S-8cec59,A-3c1a3f,2023-12-23,2024-04-12,Enterprise,14,2786,...
    const first = recordAt(batch, 2);
    expect(first.externalId).toBeNull();
    expect(first.fields).toEqual({ accountExternalId: 'A-3c1a3f', startDate: '2023-12-23', endDate: '2024-04-12', mrr: 2786 });
    expect(first.custom).toMatchObject({ subscription_id: 'S-8cec59', plan_tier: 'Enterprise', seats: '14' });
    // Line 3 is still active: no end date.
    expect(recordAt(batch, 3).fields.endDate).toBeNull();
    expect(batch.decisions.some((d) => d.kind === 'salesforceId')).toBe(false);
  });
});
