import { describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/api/errors';
import { useTempBackend } from '../../helpers/backend';

async function rejection(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe('accounts, contacts and activities through dispatch', () => {
  const tempBackend = useTempBackend();

  it('creates, lists, edits an account and undoes the edit with the returned previous values', async () => {
    const { backend } = await tempBackend();
    const created = await backend.dispatch('accounts.create', { name: 'Globex', tier: 'strategic', mrr: 1000, arr: 12000 });
    const { account, previous } = await backend.dispatch('accounts.update', {
      id: created.id,
      patch: { owner: 'Dana Scully', renewalDate: '2027-03-01', mrr: 1500 },
    });
    expect(account).toMatchObject({ owner: 'Dana Scully', renewalDate: '2027-03-01', mrr: 1500, tier: 'strategic' });
    expect(previous).toEqual({ owner: null, renewalDate: null, mrr: 1000 });

    const undone = await backend.dispatch('accounts.update', { id: created.id, patch: previous });
    expect(undone.account).toMatchObject({ owner: null, renewalDate: null, mrr: 1000 });
    const { rows } = await backend.dispatch('accounts.list', {});
    expect(rows).toEqual([
      expect.objectContaining({ id: created.id, name: 'Globex', owner: null, mrr: 1000, contactsCount: 0, lastTouch: null }),
    ]);
  });

  it('rejects bad input with a readable message that names the field, and writes nothing', async () => {
    const { backend } = await tempBackend();
    const created = await backend.dispatch('accounts.create', { name: 'Initech' });
    const error = await rejection(
      backend.dispatch('accounts.update', { id: created.id, patch: { renewalDate: '03/01/2027' } }),
    );
    expect(error.code).toBe('BAD_INPUT');
    expect(error.message).toContain('patch.renewalDate');
    expect(error.message).toContain('YYYY-MM-DD');
    const emptyName = await rejection(backend.dispatch('accounts.update', { id: created.id, patch: { name: '  ' } }));
    expect(emptyName.message).toContain('name cannot be empty');
    const unknownField = await rejection(backend.dispatch('accounts.update', { id: created.id, patch: { colour: 'red' } }));
    expect(unknownField.code).toBe('BAD_INPUT');
    const detail = await backend.dispatch('accounts.get', { id: created.id });
    expect(detail.account.name).toBe('Initech');
    expect(detail.account.renewalDate).toBeNull();
  });

  it('lists the first rows by name with the whole book\'s total, for a fast first screen', async () => {
    const { backend } = await tempBackend();
    for (const name of ['delta', 'Alpha', 'charlie', 'Bravo', 'echo']) await backend.dispatch('accounts.create', { name });
    const first = await backend.dispatch('accounts.list', { limit: 2 });
    expect(first.rows.map((r) => r.name)).toEqual(['Alpha', 'Bravo']);
    expect(first.total).toBe(5);
    const all = await backend.dispatch('accounts.list', {});
    expect(all.rows.map((r) => r.name)).toEqual(['Alpha', 'Bravo', 'charlie', 'delta', 'echo']);
    expect(all.total).toBe(5);
    expect((await rejection(backend.dispatch('accounts.list', { limit: 0 }))).code).toBe('BAD_INPUT');
  });

  it('answers NOT_FOUND and UNKNOWN_METHOD as values', async () => {
    const { backend } = await tempBackend();
    expect((await rejection(backend.dispatch('accounts.get', { id: 999 }))).code).toBe('NOT_FOUND');
    expect((await rejection(backend.dispatchUnknown('accounts.explode', {}))).code).toBe('UNKNOWN_METHOD');
  });

  it('adds, edits and removes contacts; removal returns the contact so it can be re-created', async () => {
    const { backend } = await tempBackend();
    const account = await backend.dispatch('accounts.create', { name: 'Umbrella' });
    const contact = await backend.dispatch('contacts.create', {
      accountId: account.id,
      firstName: 'Alice',
      lastName: 'Abernathy',
      email: 'alice@umbrella.test',
      role: 'champion',
    });
    const edited = await backend.dispatch('contacts.update', { id: contact.id, patch: { role: 'decision_maker', title: 'VP Ops' } });
    expect(edited).toMatchObject({ role: 'decision_maker', title: 'VP Ops', email: 'alice@umbrella.test' });
    expect((await backend.dispatch('accounts.list', {})).rows[0]?.contactsCount).toBe(1);

    const removed = await backend.dispatch('contacts.delete', { id: contact.id });
    expect(removed.firstName).toBe('Alice');
    expect((await backend.dispatch('accounts.get', { id: account.id })).contacts).toEqual([]);
    const badEmail = await rejection(
      backend.dispatch('contacts.create', { accountId: account.id, firstName: 'B', lastName: 'C', email: 'not-an-email' }),
    );
    expect(badEmail.message).toContain('email');
  });

  it('logs activities onto a newest-first timeline and updates last touch', async () => {
    const { backend } = await tempBackend();
    const account = await backend.dispatch('accounts.create', { name: 'Hooli' });
    const gavin = await backend.dispatch('contacts.create', { accountId: account.id, firstName: 'Gavin', lastName: 'Belson' });
    await backend.dispatch('activities.log', {
      accountId: account.id,
      type: 'call',
      occurredAt: '2026-11-02T10:00:00Z',
      subject: 'Kickoff call',
      contactIds: [gavin.id],
    });
    await backend.dispatch('activities.log', {
      accountId: account.id,
      type: 'qbr',
      occurredAt: '2026-11-20T15:30:00Z',
      subject: 'Q4 QBR',
      summary: 'Reviewed goals',
    });
    // An unanswered outbound email is logged but does not reset the contact clock.
    await backend.dispatch('activities.log', {
      accountId: account.id,
      type: 'email',
      occurredAt: '2026-11-22T08:00:00Z',
      subject: 'Follow-up',
      direction: 'outbound',
      replied: false,
    });
    // A meeting booked for next week has not happened yet: it is no touch until then (the clock is 2026-11-23).
    await backend.dispatch('activities.log', { accountId: account.id, type: 'meeting', occurredAt: '2026-12-01T10:00:00Z', subject: 'Renewal prep' });
    const timeline = await backend.dispatch('activities.list', { accountId: account.id });
    expect(timeline.map((a) => a.subject)).toEqual(['Renewal prep', 'Follow-up', 'Q4 QBR', 'Kickoff call']);
    expect(timeline[3]?.contactIds).toEqual([gavin.id]);
    const row = (await backend.dispatch('accounts.list', {})).rows[0];
    expect(row?.lastTouch).toBe('2026-11-20T15:30:00Z');
  });

  it("refuses an activity naming another account's contact, and writes nothing", async () => {
    const { backend } = await tempBackend();
    const a = await backend.dispatch('accounts.create', { name: 'A' });
    const b = await backend.dispatch('accounts.create', { name: 'B' });
    const stranger = await backend.dispatch('contacts.create', { accountId: b.id, firstName: 'S', lastName: 'T' });
    const error = await rejection(
      backend.dispatch('activities.log', {
        accountId: a.id,
        type: 'call',
        occurredAt: '2026-11-02T10:00:00Z',
        subject: 'x',
        contactIds: [stranger.id],
      }),
    );
    expect(error.code).toBe('BAD_INPUT');
    expect(await backend.dispatch('activities.list', { accountId: a.id })).toEqual([]);
  });

  it('emits accounts.changed after an edit', async () => {
    const { backend } = await tempBackend();
    const account = await backend.dispatch('accounts.create', { name: 'Evented' });
    const seen: unknown[] = [];
    backend.events.subscribe((event) => seen.push(event));
    await backend.dispatch('accounts.update', { id: account.id, patch: { segment: 'SMB' } });
    expect(seen).toEqual([{ name: 'accounts.changed', payload: { ids: [account.id] } }]);
  });
});
