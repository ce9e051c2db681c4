import type { InspectedTable } from '../../../shared/api';

/** An inspected table as imports.inspect answers it, with only what a test sets differing. */
export function inspectedTable(overrides: Partial<InspectedTable> = {}): InspectedTable {
  const header = overrides.header ?? ['Id', 'Name', 'Churned', 'Notes'];
  return {
    tableKey: 'file-1',
    fileId: 'file-1',
    label: 'Account.csv',
    encoding: 'UTF-8',
    delimiter: ',',
    sheet: null,
    sheets: [],
    profile: 'salesforce',
    object: 'accounts',
    sourceObject: 'Account',
    header,
    columns: header.map((h, index) => ({ index, header: h, samples: [], field: null, type: null })),
    mapping: { object: 'accounts', source: 'salesforce', columns: { Id: 'externalId', Name: 'name' } },
    savedMapping: null,
    warnings: [],
    ...overrides,
  };
}
