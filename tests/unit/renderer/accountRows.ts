import type { AccountRow } from '../../../shared/api';

/** A portfolio row with harmless defaults, for the renderer's pure tests. */
export function accountRow(id: number, overrides: Partial<AccountRow> = {}): AccountRow {
  return {
    id,
    name: `Account ${id}`,
    tier: null,
    segment: null,
    owner: null,
    stage: null,
    status: 'active',
    mrr: 0,
    arr: 0,
    currency: 'USD',
    renewalDate: null,
    lastTouch: null,
    contactsCount: 0,
    ...overrides,
  };
}
