import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Backend } from '../../../../electron/backend';
import { ACCOUNT_CSV, CONTACT_CSV, csvSubset, rejectionOf, useWizardBackend } from '../../importWizard/helpers';
import { importFile, query, steppingClock } from './helpers';

interface AccountRow {
  id: number;
  name: string;
  industry: string | null;
  owner: string | null;
  updated_at: string;
}

const readAccounts = (dbPath: string) => query<AccountRow>(dbPath, 'SELECT id, name, industry, owner, updated_at FROM accounts ORDER BY id');
const byName = (rows: AccountRow[], name: string) => rows.find((row) => row.name === name)!;

/** The workshop Account export with the CRM's Industry changed for the named accounts. */
function withIndustry(dir: string, file: string, industries: Record<string, string>): string {
  return csvSubset(ACCOUNT_CSV, path.join(dir, file), (cells, header) => {
    const industry = industries[cells[header.indexOf('Name')]!];
    if (industry !== undefined) cells[header.indexOf('Industry')] = industry;
    return true;
  });
}

async function setUp(wizardBackend: ReturnType<typeof useWizardBackend>) {
  const time = steppingClock('2026-11-01T09:00:00.000Z');
  const { backend, dir, dbPath } = await wizardBackend({ clock: time.clock });
  await importFile(backend, ACCOUNT_CSV, 'accounts');
  const [first, second] = readAccounts(dbPath);
  return { backend, dir, dbPath, time, first: first!, second: second! };
}

const undo = (backend: Backend, batchId: number | null) => backend.dispatch('imports.undo', { batchId: batchId! });

describe('undo of an import that updated records, field by field', () => {
  const wizardBackend = useWizardBackend();

  it('restores the fields the batch wrote and keeps a later local edit to another field', { timeout: 120_000 }, async () => {
    const { backend, dir, dbPath, time, first, second } = await setUp(wizardBackend);
    time.advance();
    const update = await importFile(backend, withIndustry(dir, 'Account-2.csv', { [first.name]: 'Aerospace', [second.name]: 'Mining' }), 'accounts');
    expect(update).toMatchObject({ updated: 2, conflicts: 0 });
    time.advance();
    const edited = await backend.dispatch('accounts.update', { id: first.id, patch: { owner: 'Edited by me' } });
    const editedAt = edited.account.updatedAt;

    time.advance();
    await undo(backend, update.batchId);
    const after = readAccounts(dbPath);
    // The batch's field is back; the local edit, and the time it was made, stay.
    expect(byName(after, first.name)).toEqual({ ...first, owner: 'Edited by me', updated_at: editedAt });
    // A record nobody edited is restored whole, its updated_at too.
    expect(byName(after, second.name)).toEqual(second);
  });

  it('refuses, naming the record and the field, when a local edit changed a field the batch wrote', { timeout: 120_000 }, async () => {
    const { backend, dir, dbPath, time, first, second } = await setUp(wizardBackend);
    time.advance();
    const update = await importFile(backend, withIndustry(dir, 'Account-2.csv', { [first.name]: 'Aerospace', [second.name]: 'Mining' }), 'accounts');
    time.advance();
    await backend.dispatch('accounts.update', { id: second.id, patch: { industry: 'Fixed by hand' } });
    const before = readAccounts(dbPath);

    const refused = await rejectionOf(undo(backend, update.batchId));
    expect(refused.message).toBe(
      `Cannot undo import batch ${update.batchId}: the industry of account "${second.name}" was edited here after the import wrote it; undoing would lose that edit`,
    );
    expect(refused.details).toMatchObject({ edits: [{ entity: 'account', entityId: second.id, field: 'industry' }] });
    // Nothing half-undone.
    expect(readAccounts(dbPath)).toEqual(before);
    expect((await backend.dispatch('imports.history', {})).find((batch) => batch.id === update.batchId)?.undoneAt).toBeNull();
  });

  it('does not count a save that leaves a field as it was as an edit of that field', { timeout: 120_000 }, async () => {
    const { backend, dir, dbPath, time, first } = await setUp(wizardBackend);
    time.advance();
    const update = await importFile(backend, withIndustry(dir, 'Account-2.csv', { [first.name]: 'Aerospace' }), 'accounts');
    time.advance();
    // A form that sends every field back: industry unchanged, owner changed.
    await backend.dispatch('accounts.update', { id: first.id, patch: { industry: 'Aerospace', owner: 'Someone else' } });
    await undo(backend, update.batchId);
    expect(byName(readAccounts(dbPath), first.name)).toMatchObject({ industry: first.industry, owner: 'Someone else' });
  });

  it('holds contacts to the same rule', { timeout: 120_000 }, async () => {
    const time = steppingClock('2026-11-01T09:00:00.000Z');
    const { backend, dir, dbPath } = await wizardBackend({ clock: time.clock });
    await importFile(backend, ACCOUNT_CSV, 'accounts');
    await importFile(backend, CONTACT_CSV, 'contacts');
    const [contact] = query<{ id: number; email: string; title: string | null; phone: string | null }>(
      dbPath,
      'SELECT id, email, title, phone FROM contacts WHERE email IS NOT NULL ORDER BY id LIMIT 1',
    );
    time.advance();
    const changed = csvSubset(CONTACT_CSV, path.join(dir, 'Contact-2.csv'), (cells, header) => {
      if (cells[header.indexOf('Email')] === contact!.email) cells[header.indexOf('Title')] = 'Chief Customer Officer';
      return true;
    });
    const update = await importFile(backend, changed, 'contacts');
    expect(update).toMatchObject({ updated: 1 });
    time.advance();
    await backend.dispatch('contacts.update', { id: contact!.id, patch: { title: 'VP Customer Success' } });
    expect((await rejectionOf(undo(backend, update.batchId))).message).toMatch(/the title of contact ".+" was edited here after the import wrote it/);

    await backend.dispatch('contacts.update', { id: contact!.id, patch: { title: 'Chief Customer Officer', phone: '+1 555 0100' } });
    // Still refused: the title was edited since the batch, even if it reads the same again.
    await expect(undo(backend, update.batchId)).rejects.toThrow(/the title of contact/);
  });
});

describe('undo of an import that created records', () => {
  const wizardBackend = useWizardBackend();

  it('is still refused after any edit to one of them (undo would delete the record)', { timeout: 120_000 }, async () => {
    const time = steppingClock('2026-11-01T09:00:00.000Z');
    const { backend, dbPath } = await wizardBackend({ clock: time.clock });
    const created = await importFile(backend, ACCOUNT_CSV, 'accounts');
    const [first] = readAccounts(dbPath);
    time.advance();
    await backend.dispatch('accounts.update', { id: first!.id, patch: { owner: 'Edited by me' } });
    expect((await rejectionOf(undo(backend, created.batchId))).message).toBe(
      `Cannot undo import batch ${created.batchId}: 1 account it wrote was edited here since (${first!.name}); undoing would lose those edits`,
    );
  });
});
