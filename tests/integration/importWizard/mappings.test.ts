import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { MappingSpec } from '../../../shared/api';
import { headerSetKey } from '../../../electron/backend/db/repos/mappingProfiles';
import { rejectionOf, summaryOf, useWizardBackend } from './helpers';

const BILLING: MappingSpec = {
  object: 'accounts',
  source: 'billing-sheet',
  columns: { Kunde: 'name', Web: 'domain', Umsatz: { field: 'mrr' } },
};

describe('saved mapping profiles', () => {
  const wizardBackend = useWizardBackend();

  it('proposes a saved mapping when the same header set comes back, in any order and case', async () => {
    const { backend, dir } = await wizardBackend();
    const first = path.join(dir, 'billing-march.csv');
    fs.writeFileSync(first, 'Kunde,Umsatz,Web,Notiz\nAcme,1200,acme.example,gut\nBolt,800,bolt.example,\n');
    const march = await backend.dispatch('files.register', { path: first });
    const [unknown] = (await backend.dispatch('imports.inspect', { fileIds: [march.fileId] })).tables;
    expect(unknown).toMatchObject({ object: null, mapping: null, savedMapping: null, profile: 'generic' });

    const saved = await backend.dispatch('mappings.save', { name: '  Billing sheet  ', header: unknown!.header, mapping: BILLING });
    expect(saved).toEqual({ name: 'Billing sheet', header: ['Kunde', 'Umsatz', 'Web', 'Notiz'], mapping: BILLING, updatedAt: '2026-11-23T09:00:00.000Z' });
    expect(await backend.dispatch('mappings.list', {})).toEqual([saved]);

    const second = path.join(dir, 'billing-april.csv');
    fs.writeFileSync(second, 'NOTIZ,web,Kunde,Umsatz\n,acme.example,Acme,1300\n');
    const april = await backend.dispatch('files.register', { path: second });
    const [known] = (await backend.dispatch('imports.inspect', { fileIds: [april.fileId] })).tables;
    expect(known).toMatchObject({ object: 'accounts', mapping: BILLING, savedMapping: 'Billing sheet', warnings: [] });
    expect(known!.columns.map((column) => [column.header, column.field, column.type])).toEqual([
      ['NOTIZ', null, null],
      ['web', 'domain', 'text'],
      ['Kunde', 'name', 'text'],
      ['Umsatz', 'mrr', 'money'],
    ]);

    // A committed run names the profile it used in the history.
    const result = await backend.dispatch('imports.commit', { taskId: 'april', tables: [{ tableKey: april.fileId, mapping: known!.mapping! }] });
    expect(summaryOf(result, 'accounts').new).toBe(1);
    expect((await backend.dispatch('imports.history', {}))[0]).toMatchObject({ mappingName: 'Billing sheet', source: 'billing-sheet' });

    // A different header set is not offered it.
    const third = path.join(dir, 'billing-may.csv');
    fs.writeFileSync(third, 'Kunde,Umsatz,Web\nAcme,1,acme.example\n');
    const may = await backend.dispatch('files.register', { path: third });
    expect((await backend.dispatch('imports.inspect', { fileIds: [may.fileId] })).tables[0]!.savedMapping).toBeNull();

    expect(await backend.dispatch('mappings.delete', { name: 'Billing sheet' })).toEqual({ deleted: true });
    expect(await backend.dispatch('mappings.delete', { name: 'Billing sheet' })).toEqual({ deleted: false });
    expect((await backend.dispatch('imports.inspect', { fileIds: [april.fileId] })).tables[0]!.savedMapping).toBeNull();
  });

  it('replaces a profile saved under the same name', async () => {
    const { backend } = await wizardBackend();
    const header = ['Kunde', 'Umsatz', 'Web'];
    await backend.dispatch('mappings.save', { name: 'A', header, mapping: BILLING });
    await backend.dispatch('mappings.save', { name: 'A', header, mapping: { ...BILLING, source: 'billing-v2' } });
    expect((await backend.dispatch('mappings.list', {})).map((m) => [m.name, m.mapping.source])).toEqual([['A', 'billing-v2']]);
  });

  it('refuses a profile whose columns are not in its header, or with no header, with a clear error', async () => {
    const { backend } = await wizardBackend();
    const stray = await rejectionOf(backend.dispatch('mappings.save', { name: 'x', header: ['Kunde', 'Web'], mapping: BILLING }));
    expect([stray.code, stray.message]).toEqual(['BAD_INPUT', 'mapping.columns: "Umsatz" is not a column of the header']);
    const empty = await rejectionOf(backend.dispatch('mappings.save', { name: 'x', header: [], mapping: BILLING }));
    expect(empty.message).toBe('header: list the columns of the file the mapping is for');
    const unnamed = await rejectionOf(backend.dispatch('mappings.save', { name: '   ', header: ['Kunde'], mapping: BILLING }));
    expect(unnamed.message).toMatch(/name the mapping/);
    expect(await backend.dispatch('mappings.list', {})).toEqual([]);
  });

  it('keys a header set by its columns in any order, ignoring case and outer spaces, counting repeats', () => {
    expect(headerSetKey(['Name', ' Web ', 'Umsatz'])).toBe(headerSetKey(['umsatz', 'NAME', 'web']));
    expect(headerSetKey(['Lead Owner', 'Lead owner'])).not.toBe(headerSetKey(['Lead Owner']));
    expect(headerSetKey(['Name', 'Web'])).not.toBe(headerSetKey(['Name', 'Website']));
  });
});
