import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Workspace } from '../../../../electron/backend/db/workspace';
import type { ObjectName } from '../../../../shared/domain/import/fields';
import { commitImport, planImport } from '../../../../electron/backend/import/sync';
import { fixedClock } from '../../../helpers/tempDir';
import { T1, T2, acme, batchOf, rec, tempWorkspace } from './helpers';

let ws: Workspace;
let done: () => Promise<void>;
beforeEach(async () => ({ ws, done } = await tempWorkspace()));
afterEach(async () => done());
const clock = fixedClock(T1);

describe('matching', () => {
  it('matches accounts without ids by domain, case-insensitively, and says so', () => {
    const first = commitImport(ws, batchOf('accounts', [acme()]), { clock });
    const id = first.matches[0]!.recordId;
    const noIds = batchOf('accounts', [rec(2, null, { name: 'Acme', domain: 'ACME.COM', mrr: 1200 })], { source: 'hubspot' });
    const summary = commitImport(ws, noIds, { clock: fixedClock(T2) });
    expect(summary.matches).toEqual([{ row: 2, recordId: id, rule: 'matched by domain "acme.com" (case-insensitive; no hubspot id)' }]);
    expect(ws.sqlite.prepare('SELECT count(*) AS n FROM accounts').get()).toEqual({ n: 1 });
  });

  it('matches contacts without ids by email and links them to their account by its external id', () => {
    commitImport(ws, batchOf('accounts', [acme()]), { clock });
    const contact = (row: number, externalId: string | null, fields: Record<string, string>) =>
      rec(row, externalId, { accountExternalId: 'A1', firstName: 'Jo', lastName: 'Lee', ...fields });
    const created = commitImport(ws, batchOf('contacts', [contact(2, 'C1', { email: 'jo@acme.com' })]), { clock });
    expect(created).toMatchObject({ new: 1, invalid: 0 });
    const contactRow = ws.sqlite.prepare('SELECT * FROM contacts').get() as { id: number; account_id: number };
    expect(contactRow.account_id).toBe(1);

    const plan = planImport(ws, batchOf('contacts', [contact(5, null, { email: 'JO@Acme.com', title: 'CTO' })]));
    expect(plan).toMatchObject({ updated: 1, new: 0 });
    expect(plan.matches).toEqual([
      { row: 5, recordId: contactRow.id, rule: 'matched by email "jo@acme.com" (case-insensitive; no salesforce id)' },
    ]);
  });

  it('refuses a contact whose account is unknown, with the reason', () => {
    commitImport(ws, batchOf('accounts', [acme()]), { clock });
    const batch = batchOf('contacts', [
      rec(2, 'C1', { accountExternalId: 'NOPE', email: 'x@y.z' }),
      rec(3, 'C2', { email: 'no-account@y.z' }),
    ]);
    const summary = commitImport(ws, batch, { clock });
    expect(summary).toMatchObject({ new: 0, invalid: 2 });
    expect(summary.errors.map((e) => [e.row, e.reason])).toEqual([
      [2, 'unknown account: no account has salesforce id NOPE (import the accounts first)'],
      [3, 'a new contact needs accountExternalId (its account in the same CRM)'],
    ]);
    expect(summary.matches[0]).toEqual({ row: 2, recordId: null, rule: expect.stringContaining('invalid: unknown account') as string });
    expect(ws.sqlite.prepare('SELECT count(*) AS n FROM contacts').get()).toEqual({ n: 0 });
  });

  it('reports duplicates, ambiguous matches, unknown fields and mapping errors as invalid rows', () => {
    ws.sqlite.exec("INSERT INTO accounts (name, domain, created_at, updated_at) VALUES ('One', 'twin.com', 'x', 'x'), ('Two', 'TWIN.com', 'x', 'x')");
    const batch = batchOf(
      'accounts',
      [
        acme(),
        rec(3, 'A1', { name: 'Acme again' }),
        rec(4, null, { name: 'Twin', domain: 'twin.com' }),
        rec(5, 'A9', { name: 'Odd', colour: 'red' }),
        rec(6, 'A8', { domain: 'noname.com' }),
      ],
      { invalid: [{ file: 'accounts.csv', row: 7, column: 'MRR', reason: 'not a number: "12,5,0"' }] },
    );
    const summary = planImport(ws, batch);
    expect(summary).toMatchObject({ new: 1, invalid: 5 });
    expect(summary.errors.map((e) => [e.row, e.reason])).toEqual([
      [7, 'not a number: "12,5,0"'],
      [3, 'duplicate of row 2: same salesforce id A1'],
      [4, 'ambiguous: 2 accounts have domain "twin.com" (no salesforce id)'],
      [5, 'colour is not a field of accounts'],
      [6, 'a new account needs name'],
    ]);
  });

  it('refuses an object it does not know with a readable error', () => {
    expect(() => planImport(ws, batchOf('leads' as ObjectName, []))).toThrow(/^Importing leads is not supported \(supported: accounts, contacts, /);
  });
});
