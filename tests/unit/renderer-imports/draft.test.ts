import { describe, expect, it } from 'vitest';
import {
  defaultSource,
  distinctSamples,
  draftFromTable,
  readSettings,
  rereadDraft,
  runTables,
  specFromDraft,
  withColumnField,
  withObject,
  withValueMapping,
} from '../../../renderer/features/imports/wizard/draft';
import { inspectedTable } from './tables';

describe('draftFromTable', () => {
  it('starts from the proposed mapping: named columns feed fields, the rest stay custom', () => {
    const draft = draftFromTable(inspectedTable());
    expect(draft.object).toBe('accounts');
    expect(draft.source).toBe('salesforce');
    expect(draft.include).toBe(true);
    expect(draft.columns.map((c) => [c.header, c.field])).toEqual([
      ['Id', 'externalId'],
      ['Name', 'name'],
      ['Churned', null],
      ['Notes', null],
    ]);
  });

  it('keeps a saved mapping’s value translations and read settings', () => {
    const draft = draftFromTable(
      inspectedTable({
        mapping: {
          object: 'accounts',
          source: 'billing',
          columns: { Churned: { field: 'status', values: { Yes: 'churned' } } },
          encoding: 'windows-1252',
          dateOrder: 'DMY',
        },
        savedMapping: 'Billing sheet',
      }),
    );
    expect(draft.columns.find((c) => c.header === 'Churned')).toEqual({ header: 'Churned', field: 'status', values: { Yes: 'churned' } });
    expect(draft.encoding).toBe('windows-1252');
    expect(draft.dateOrder).toBe('DMY');
    expect(draft.source).toBe('billing');
  });

  it('without a mapping, uses each column’s proposal and leaves an unknown table out', () => {
    const table = inspectedTable({ mapping: null, object: null, profile: 'generic', label: 'Billing Sheet (2).xlsx' });
    const draft = draftFromTable(table);
    expect(draft.include).toBe(false);
    expect(draft.object).toBeNull();
    expect(draft.source).toBe('billing-sheet-2');
  });
});

describe('defaultSource', () => {
  it('names both Salesforce forms "salesforce", HubSpot "hubspot", and anything else by its file', () => {
    expect(defaultSource({ profile: 'salesforce-report', label: 'x.csv' })).toBe('salesforce');
    expect(defaultSource({ profile: 'hubspot', label: 'x.csv' })).toBe('hubspot');
    expect(defaultSource({ profile: 'generic', label: 'export.zip/Subscriptions.csv' })).toBe('subscriptions');
    expect(defaultSource({ profile: 'generic', label: '___.csv' })).toBe('file');
  });
});

describe('changing the draft', () => {
  it('another object turns targets it lacks into custom fields', () => {
    const draft = withObject(draftFromTable(inspectedTable()), 'usage');
    expect(draft.columns.find((c) => c.header === 'Name')?.field).toBeNull();
    expect(draft.columns.find((c) => c.header === 'Id')?.field).toBe('externalId');
  });

  it('choosing an object for an unrecognised table includes it; "not imported" leaves it out', () => {
    const unknown = draftFromTable(inspectedTable({ mapping: null, object: null }));
    expect(withObject(unknown, 'contacts').include).toBe(true);
    expect(withObject(withObject(unknown, 'contacts'), null).include).toBe(false);
  });

  it('one column per field: aiming a column at a taken field frees the other column', () => {
    const draft = withColumnField(draftFromTable(inspectedTable()), 'Notes', 'name');
    expect(draft.columns.find((c) => c.header === 'Notes')?.field).toBe('name');
    expect(draft.columns.find((c) => c.header === 'Name')?.field).toBeNull();
  });

  it('value translations are set, removed with "", and dropped when the field changes', () => {
    let draft = withColumnField(draftFromTable(inspectedTable()), 'Churned', 'status');
    draft = withValueMapping(draft, 'Churned', 'Yes', 'churned');
    draft = withValueMapping(draft, 'Churned', 'No', 'active');
    draft = withValueMapping(draft, 'Churned', 'No', '');
    expect(draft.columns.find((c) => c.header === 'Churned')?.values).toEqual({ Yes: 'churned' });
    draft = withColumnField(draft, 'Churned', 'segment');
    expect(draft.columns.find((c) => c.header === 'Churned')?.values).toEqual({});
  });
});

describe('specFromDraft', () => {
  it('builds the mapping the back-end takes, with translations and read settings', () => {
    let draft = withColumnField(draftFromTable(inspectedTable()), 'Churned', 'status');
    draft = withValueMapping(draft, 'Churned', 'Yes', 'churned');
    draft = { ...draft, encoding: 'windows-1251', delimiter: ';', dateOrder: 'MDY' };
    expect(specFromDraft(draft, 'Account.csv')).toEqual({
      ok: true,
      spec: {
        object: 'accounts',
        source: 'salesforce',
        columns: { Id: 'externalId', Name: 'name', Churned: { field: 'status', values: { Yes: 'churned' } } },
        encoding: 'windows-1251',
        delimiter: ';',
        dateOrder: 'MDY',
      },
    });
  });

  it('names what is missing: the object, the source, a field fed twice', () => {
    const base = draftFromTable(inspectedTable());
    const twice = { ...base, source: ' ', columns: base.columns.map((c) => (c.header === 'Notes' ? { ...c, field: 'name' } : c)) };
    const result = specFromDraft(twice, 'Account.csv');
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problems).toEqual([
        'Account.csv: name the source its records come from',
        'Account.csv: "name" is fed by both "Name" and "Notes"',
      ]);
    }
    const noObject = specFromDraft(withObject(base, null), 'Lead.csv');
    expect(noObject.ok).toBe(false);
    if (!noObject.ok) expect(noObject.problems[0]).toContain('Lead.csv: choose what the table holds');
  });
});

describe('runTables', () => {
  it('sends only the included tables, with their sheet', () => {
    const a = { ...draftFromTable(inspectedTable()), sheet: 'Q3' };
    const b = { ...draftFromTable(inspectedTable({ tableKey: 'file-2' })), include: false };
    const result = runTables([a, b], new Map());
    expect(result.ok && result.tables.map((t) => [t.tableKey, t.sheet])).toEqual([['file-1', 'Q3']]);
  });

  it('refuses an empty run and reports every table’s problems', () => {
    expect(runTables([], new Map())).toEqual({ ok: false, problems: ['Include at least one table to import.'] });
    const bad = { ...draftFromTable(inspectedTable()), source: '' };
    const result = runTables([bad], new Map([['file-1', 'export.zip/Account.csv']]));
    expect(result).toEqual({ ok: false, problems: ['export.zip/Account.csv: name the source its records come from'] });
  });
});

describe('reading a table again', () => {
  it('keeps the user’s mapping when the header is the same', () => {
    const mine = withColumnField(draftFromTable(inspectedTable()), 'Notes', 'segment');
    const again = rereadDraft(mine, inspectedTable({ encoding: 'windows-1252' }), { encoding: 'windows-1252' });
    expect(again.columns.find((c) => c.header === 'Notes')?.field).toBe('segment');
    expect(again.encoding).toBe('windows-1252');
    expect(again.detected).toEqual({ encoding: 'UTF-8', delimiter: ',' });
  });

  it('starts from the new proposal when the header changed (the right delimiter split it)', () => {
    const mine = draftFromTable(inspectedTable({ header: ['Id;Name'], mapping: null, object: null }));
    const table = inspectedTable({ delimiter: ';' });
    const again = rereadDraft(mine, table, { delimiter: ';' });
    expect(again.columns.map((c) => c.header)).toEqual(['Id', 'Name', 'Churned', 'Notes']);
    expect(again.object).toBe('accounts');
    expect(again.delimiter).toBe(';');
  });

  it('passes only what the user set', () => {
    expect(readSettings({ encoding: '', delimiter: ';', sheet: '' })).toEqual({ delimiter: ';' });
  });
});

describe('distinctSamples', () => {
  it('trims, drops empties and repeats, keeps first-seen order', () => {
    expect(distinctSamples(['Yes', ' No ', 'Yes', '', 'No'])).toEqual(['Yes', 'No']);
  });
});
