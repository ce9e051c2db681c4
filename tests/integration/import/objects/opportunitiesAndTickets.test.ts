import { describe, expect, it } from 'vitest';
import { undoBatch } from '../../../../electron/backend/import/sync';
import type { CustomValue } from '../../../../shared/api/dto';
import { dump, rec, T2 } from '../sync/helpers';
import { importRecords, reasons, rowsOf, useAccountsWorkspace } from './helpers';

const t = useAccountsWorkspace();

const renewal = (fields: Record<string, CustomValue> = {}) =>
  rec(2, 'O1', {
    externalId: 'O1',
    accountExternalId: 'A1',
    name: 'Acme renewal 2027',
    type: 'renewal',
    stage: 'Negotiation',
    amount: 12000,
    closeDate: '2027-01-31',
    isClosed: false,
    isWon: false,
    ...fields,
  });

describe('opportunities sync', () => {
  it('creates, re-imports as unchanged, takes the CRM closing it as won (booleans as 0/1), and undoes', () => {
    const first = importRecords(t.ws, 'opportunities', [renewal()]);
    expect(first).toMatchObject({ new: 1, invalid: 0 });
    expect(rowsOf(t.ws, 'opportunities')[0]).toMatchObject({
      account_id: t.acmeId,
      name: 'Acme renewal 2027',
      type: 'renewal',
      amount: 12000,
      currency: 'USD',
      is_closed: 0,
      is_won: 0,
    });
    const before = dump(t.ws);
    expect(importRecords(t.ws, 'opportunities', [renewal()])).toMatchObject({ new: 0, updated: 0, unchanged: 1, conflicts: 0 });
    expect(dump(t.ws)).toEqual(before);

    const won = importRecords(t.ws, 'opportunities', [renewal({ stage: 'Closed Won', isClosed: true, isWon: true })], {}, T2);
    expect(won).toMatchObject({ updated: 1, conflicts: 0 });
    expect(rowsOf(t.ws, 'opportunities')[0]).toMatchObject({ stage: 'Closed Won', is_closed: 1, is_won: 1 });

    undoBatch(t.ws, won.batchId!);
    expect(rowsOf(t.ws, 'opportunities')[0]).toMatchObject({ stage: 'Negotiation', is_closed: 0, is_won: 0 });
    undoBatch(t.ws, first.batchId!);
    expect(rowsOf(t.ws, 'opportunities')).toEqual([]);
  });

  it('keeps a local edit and raises a conflict only when both sides changed a field', () => {
    importRecords(t.ws, 'opportunities', [renewal()]);
    t.ws.sqlite.prepare("UPDATE opportunities SET stage = 'Verbal yes'").run();
    expect(importRecords(t.ws, 'opportunities', [renewal({ amount: 13000 })])).toMatchObject({ updated: 1, conflicts: 0 });
    expect(rowsOf(t.ws, 'opportunities')[0]).toMatchObject({ stage: 'Verbal yes', amount: 13000 });
    expect(importRecords(t.ws, 'opportunities', [renewal({ amount: 13000, stage: 'Closed Lost' })])).toMatchObject({ conflicts: 1 });
    expect(rowsOf(t.ws, 'opportunities')[0]).toMatchObject({ stage: 'Verbal yes' });
  });

  it('matches rows without an id by account and name, case-insensitively, and refuses an unknown account', () => {
    const noId = (row: number, name: string, account = 'A1') =>
      rec(row, null, { accountExternalId: account, name, stage: 'Discovery', amount: 500 });
    expect(importRecords(t.ws, 'opportunities', [noId(2, 'Upsell seats'), noId(3, 'Upsell seats', 'A2')])).toMatchObject({ new: 2 });
    const again = importRecords(t.ws, 'opportunities', [noId(2, 'UPSELL SEATS'), noId(3, 'Upsell seats', 'A2'), noId(4, 'x', 'A9')]);
    // Matched whatever the case; the CRM's new spelling is then taken like any other change.
    expect(again).toMatchObject({ new: 0, updated: 1, unchanged: 1, invalid: 1 });
    expect(again.matches[0]!.rule).toBe(`matched by account and name "${t.acmeId} / upsell seats" (case-insensitive; no salesforce id)`);
    expect(reasons(again)).toEqual([[4, 'unknown account: no account has salesforce id A9 (import the accounts first)']]);
    expect(rowsOf(t.ws, 'opportunities').map((row) => row['name'])).toEqual(['UPSELL SEATS', 'Upsell seats']);
  });
});

describe('tickets sync', () => {
  const ticket = (row: number, id: string | null, fields: Record<string, CustomValue> = {}) =>
    rec(row, id, {
      ...(id ? { externalId: id } : {}),
      accountExternalId: 'A2',
      subject: 'SSO login fails',
      openedAt: '2026-10-01T08:00:00.000Z',
      closedAt: null,
      priority: 'High',
      status: 'New',
      ...fields,
    });

  it('creates tickets, closes one on re-import, and refuses rows without an id or closed before they opened', () => {
    const first = importRecords(t.ws, 'tickets', [
      ticket(2, 'C1'),
      ticket(3, null),
      ticket(4, 'C2', { closedAt: '2026-09-30T08:00:00.000Z' }),
      ticket(5, 'C3', { accountExternalId: null }),
    ]);
    expect(first).toMatchObject({ new: 1, invalid: 3 });
    expect(reasons(first)).toEqual([
      [3, 'a ticket needs its id in the source (externalId, e.g. Id or ticket_id) so a re-import can match it'],
      [4, 'closedAt 2026-09-30T08:00:00.000Z is before openedAt 2026-10-01T08:00:00.000Z'],
      [5, 'a new ticket needs accountExternalId (its account in the same CRM)'],
    ]);
    expect(rowsOf(t.ws, 'support_tickets')[0]).toMatchObject({
      account_id: t.globexId,
      subject: 'SSO login fails',
      opened_at: '2026-10-01T08:00:00.000Z',
      closed_at: null,
      priority: 'High',
      created_at: '2026-11-02T09:00:00.000Z',
    });
    const closed = importRecords(t.ws, 'tickets', [ticket(2, 'C1', { closedAt: '2026-10-02T08:00:00.000Z', status: 'Closed' })], {}, T2);
    expect(closed).toMatchObject({ updated: 1 });
    expect(rowsOf(t.ws, 'support_tickets')[0]).toMatchObject({ closed_at: '2026-10-02T08:00:00.000Z', status: 'Closed', updated_at: T2 });
  });

  it('refuses to undo the account batch while imported tickets still point at its accounts', () => {
    const accounts = t.ws.sqlite.prepare('SELECT id FROM import_batches WHERE object = ?').pluck().get('accounts') as number;
    importRecords(t.ws, 'tickets', [ticket(2, 'C1')]);
    expect(() => undoBatch(t.ws, accounts)).toThrow(/now has support_tickets \(1\)/);
  });
});
