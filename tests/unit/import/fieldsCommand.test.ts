import { describe, expect, it } from 'vitest';
import { FIELDS } from '../../../shared/domain/import/fields';
import { runInProcess } from '../../integration/cli/run';

describe('csm fields', () => {
  it('prints every object and its fields as JSON', async () => {
    const result = await runInProcess(['fields', '--json']);
    expect(result.code).toBe(0);
    const catalogue = JSON.parse(result.stdout) as Record<string, { name: string; type: string; values?: string[] }[]>;
    expect(Object.keys(catalogue)).toEqual(['accounts', 'contacts', 'opportunities', 'revenue', 'usage', 'tickets', 'nps', 'activities']);
    expect(catalogue.accounts?.map((f) => f.name)).toEqual([
      'externalId', 'name', 'domain', 'tier', 'segment', 'owner', 'stage', 'status', 'mrr', 'arr', 'currency', 'contractStart', 'renewalDate', 'seats', 'industry', 'region',
    ]);
    expect(catalogue.opportunities?.find((f) => f.name === 'type')).toMatchObject({ type: 'enum', values: ['new', 'renewal', 'expansion'] });
    expect(catalogue.accounts?.find((f) => f.name === 'status')).toMatchObject({ type: 'enum', values: ['active', 'churned'] });
    expect(catalogue.revenue?.map((f) => f.name)).toEqual(['externalId', 'accountExternalId', 'period', 'mrr', 'startDate', 'endDate']);
    expect(catalogue).toEqual(JSON.parse(JSON.stringify(FIELDS)));
  });

  it('prints a readable list, or one object', async () => {
    const all = await runInProcess(['fields']);
    expect(all.code).toBe(0);
    expect(all.stdout).toMatch(/^accounts\nFIELD\s+TYPE\s+MEANING/);
    expect(all.stdout).toContain('renewalDate');
    const one = await runInProcess(['fields', 'nps']);
    expect(one.stdout.split('\n')[0]).toBe('nps');
    expect(one.stdout).not.toContain('renewalDate');
    expect(one.stdout).toContain('contactEmail');
  });

  it('refuses an unknown object in one line', async () => {
    const result = await runInProcess(['fields', 'leads']);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('csm: unknown object "leads"; choose one of accounts, contacts, opportunities, revenue, usage, tickets, nps, activities\n');
  });
});
