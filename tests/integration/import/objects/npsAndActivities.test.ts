import { describe, expect, it } from 'vitest';
import { listAccountRows } from '../../../../electron/backend/db/repos/accounts';
import { undoBatch } from '../../../../electron/backend/import/sync';
import type { CustomValue } from '../../../../shared/api/dto';
import { dump, rec, T2 } from '../sync/helpers';
import { importRecords, reasons, rowsOf, useAccountsWorkspace } from './helpers';

const t = useAccountsWorkspace();

const contact = (row: number, id: string, account: string, email: string) =>
  rec(row, id, { externalId: id, accountExternalId: account, firstName: id, lastName: 'X', email });

const response = (row: number, id: string | null, fields: Record<string, CustomValue>) =>
  rec(row, id, { ...(id ? { externalId: id } : {}), accountExternalId: 'A1', score: 9, comment: null, date: '2026-10-10', ...fields });

describe('nps sync', () => {
  it("links the respondent by email among the account's own contacts, and keeps the email either way", () => {
    importRecords(t.ws, 'contacts', [contact(2, 'C1', 'A1', 'Jo@Acme.com'), contact(3, 'C2', 'A2', 'pat@globex.io')]);
    const [jo] = rowsOf(t.ws, 'contacts');
    const summary = importRecords(t.ws, 'nps', [
      response(2, 'R1', { contactEmail: 'jo@acme.com', comment: 'Love it' }),
      response(3, 'R2', { contactEmail: 'pat@globex.io', score: 3 }),
      response(4, 'R3', { contactEmail: 'pat@globex.io', accountExternalId: 'A2', score: 11 }),
      response(5, 'R4', { contactEmail: null, score: 7.5 }),
    ]);
    expect(summary).toMatchObject({ new: 2, invalid: 2 });
    expect(reasons(summary)).toEqual([
      [4, 'score 11 is not an NPS score (a whole number from 0 to 10)'],
      [5, 'score 7.5 is not an NPS score (a whole number from 0 to 10)'],
    ]);
    expect(rowsOf(t.ws, 'nps_responses').map((row) => [row['account_id'], row['contact_id'], row['contact_email'], row['score'], row['responded_at']])).toEqual([
      [t.acmeId, jo!['id'], 'jo@acme.com', 9, '2026-10-10'],
      [t.acmeId, null, 'pat@globex.io', 3, '2026-10-10'], // Pat is Globex's contact, not Acme's
    ]);
  });

  it('links a response on re-import once its contact has arrived, and matches rows without ids by account, date and email', () => {
    const rows = [response(2, null, { contactEmail: 'new@acme.com' }), response(3, null, { contactEmail: null, score: 4 })];
    expect(importRecords(t.ws, 'nps', rows)).toMatchObject({ new: 2 });
    const before = dump(t.ws);
    expect(importRecords(t.ws, 'nps', rows)).toMatchObject({ new: 0, unchanged: 2 });
    expect(dump(t.ws)).toEqual(before);

    importRecords(t.ws, 'contacts', [contact(2, 'C9', 'A1', 'NEW@acme.com')]);
    const relinked = importRecords(t.ws, 'nps', rows, {}, T2);
    expect(relinked).toMatchObject({ new: 0, updated: 1, unchanged: 1 });
    expect(relinked.matches[0]!.rule).toBe(
      `matched by account, date and contactEmail "${t.acmeId} / 2026-10-10 / new@acme.com" (case-insensitive; no salesforce id)`,
    );
    expect(rowsOf(t.ws, 'nps_responses')[0]!['contact_id']).toBe(rowsOf(t.ws, 'contacts')[0]!['id']);
    const duplicate = importRecords(t.ws, 'nps', [response(2, null, { contactEmail: 'a@acme.com', date: '2026-12-01' }), response(3, null, { contactEmail: 'A@acme.com', date: '2026-12-01' })]);
    expect(reasons(duplicate)).toEqual([[3, `duplicate of row 2: same account, date and contactEmail "${t.acmeId} / 2026-12-01 / a@acme.com" and no salesforce id`]]);
  });
});

describe('activities sync', () => {
  const touch = (row: number, id: string | null, fields: Record<string, CustomValue>) =>
    rec(row, id, { ...(id ? { externalId: id } : {}), accountExternalId: 'A1', type: 'call', date: '2026-10-05T10:00:00.000Z', subject: 'Kickoff', ...fields });
  const lastTouchOf = (accountId: number) => listAccountRows(t.ws.sqlite).find((row) => row.id === accountId)?.lastTouch ?? null;

  it('counts imported touches like logged ones: an unanswered outbound email does not reset the clock, a reply does', () => {
    expect(lastTouchOf(t.acmeId)).toBeNull();
    importRecords(t.ws, 'activities', [
      touch(2, 'T1', {}),
      touch(3, 'T2', { type: 'email', date: '2026-10-20T09:00:00.000Z', subject: 'Renewal terms', direction: 'outbound', replied: false }),
    ]);
    expect(lastTouchOf(t.acmeId)).toBe('2026-10-05T10:00:00.000Z');
    expect(rowsOf(t.ws, 'activities')[1]).toMatchObject({ type: 'email', direction: 'outbound', replied: 0, summary: '' });

    const replied = importRecords(t.ws, 'activities', [
      touch(2, 'T1', {}),
      touch(3, 'T2', { type: 'email', date: '2026-10-20T09:00:00.000Z', subject: 'Renewal terms', direction: 'outbound', replied: true }),
    ], {}, T2);
    expect(replied).toMatchObject({ updated: 1, unchanged: 1, conflicts: 0 });
    expect(lastTouchOf(t.acmeId)).toBe('2026-10-20T09:00:00.000Z');
    undoBatch(t.ws, replied.batchId!);
    expect(lastTouchOf(t.acmeId)).toBe('2026-10-05T10:00:00.000Z');
  });

  it('titles a touch without a subject by its type and matches rows without ids by account, time, type and subject', () => {
    const rows = [touch(2, null, { subject: null, type: 'meeting' }), touch(3, null, { subject: 'QBR prep', type: 'note' })];
    expect(importRecords(t.ws, 'activities', rows)).toMatchObject({ new: 2 });
    expect(rowsOf(t.ws, 'activities').map((row) => row['subject'])).toEqual(['Meeting', 'QBR prep']);
    expect(importRecords(t.ws, 'activities', rows)).toMatchObject({ new: 0, unchanged: 2 });
    expect(importRecords(t.ws, 'activities', [touch(2, null, { type: null })])).toMatchObject({ invalid: 1 });
  });

  it('does not undo an imported touch that contacts were linked to since', () => {
    const first = importRecords(t.ws, 'activities', [touch(2, 'T1', {})]);
    importRecords(t.ws, 'contacts', [contact(2, 'C1', 'A1', 'jo@acme.com')]);
    t.ws.sqlite.prepare('INSERT INTO activity_contacts (activity_id, contact_id) SELECT a.id, c.id FROM activities a, contacts c').run();
    expect(() => undoBatch(t.ws, first.batchId!)).toThrow(/activity \d+ it created now has activity_contacts \(1\)/);
  });
});
