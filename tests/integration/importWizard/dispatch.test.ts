import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  ACCOUNT_CSV,
  CONTACT_CSV,
  WORKSHOP_ACCOUNTS,
  WORKSHOP_CONTACTS,
  choicesFrom,
  progressOf,
  recordEvents,
  rejectionOf,
  summaryOf,
  useWizardBackend,
} from './helpers';

describe('the Import wizard through dispatch (desktop: files registered where they are)', () => {
  const wizardBackend = useWizardBackend();

  it('registers, inspects, previews (writing nothing), commits with progress, lists the history and undoes', async () => {
    const { backend } = await wizardBackend();
    const events = recordEvents(backend);

    const account = await backend.dispatch('files.register', { path: ACCOUNT_CSV });
    const contact = await backend.dispatch('files.register', { path: CONTACT_CSV });
    expect(account).toEqual({ fileId: expect.any(String), name: 'Account.csv', size: fs.statSync(ACCOUNT_CSV).size });
    expect(contact.fileId).not.toBe(account.fileId);

    const { tables } = await backend.dispatch('imports.inspect', { fileIds: [contact.fileId, account.fileId] });
    expect(tables.map((t) => [t.tableKey, t.label, t.object, t.profile])).toEqual([
      [contact.fileId, 'Contact.csv', 'contacts', 'salesforce'],
      [account.fileId, 'Account.csv', 'accounts', 'salesforce'],
    ]);
    const accounts = tables[1]!;
    expect(accounts).toMatchObject({ encoding: 'UTF-8', delimiter: ',', sheet: null, sheets: [], savedMapping: null, sourceObject: 'Salesforce Account' });
    expect(accounts.mapping).toMatchObject({ object: 'accounts', source: 'salesforce', columns: { Id: 'externalId', Name: 'name' } });
    const name = accounts.columns.find((column) => column.header === 'Name')!;
    expect(name).toMatchObject({ field: 'name', type: 'text' });
    expect(name.samples.length).toBeGreaterThan(0);
    expect(name.samples.length).toBeLessThanOrEqual(20);
    expect(accounts.columns.find((column) => column.header === 'Fax')).toMatchObject({ field: null, type: null });
    expect(accounts.header).toHaveLength(accounts.columns.length);

    // Contacts are listed first: the run still imports the accounts they link to first.
    const preview = await backend.dispatch('imports.preview', { taskId: 'preview-1', tables: choicesFrom(tables) });
    expect(preview).toMatchObject({ dryRun: true, cancelled: false });
    expect(preview.tables.map((t) => t.object)).toEqual(['accounts', 'contacts']);
    expect(summaryOf(preview, 'accounts')).toMatchObject({ new: WORKSHOP_ACCOUNTS, batchId: null });
    expect(summaryOf(preview, 'contacts')).toMatchObject({ new: WORKSHOP_CONTACTS, batchId: null });
    expect((await backend.dispatch('accounts.list', {})).rows).toEqual([]);
    expect(await backend.dispatch('imports.history', {})).toEqual([]);
    expect(events.some((e) => e.name === 'accounts.changed')).toBe(false);

    const commit = await backend.dispatch('imports.commit', { taskId: 'commit-1', tables: choicesFrom(tables) });
    expect(commit).toMatchObject({ dryRun: false, cancelled: false });
    expect(summaryOf(commit, 'accounts')).toMatchObject({ new: WORKSHOP_ACCOUNTS, batchId: expect.any(Number) });
    expect((await backend.dispatch('accounts.list', {})).rows).toHaveLength(WORKSHOP_ACCOUNTS);

    const progress = progressOf(events, 'commit-1');
    expect(progress.length).toBeGreaterThan(0);
    expect(progress[0]).toMatchObject({ done: 0, total: 100 });
    expect(progress.at(-1)).toMatchObject({ done: 100, total: 100 });
    expect(progress.every((p, i) => i === 0 || p.done >= progress[i - 1]!.done)).toBe(true);
    expect(progressOf(events, 'preview-1').length).toBeGreaterThan(0);
    expect(events.filter((e) => e.name === 'accounts.changed')).toHaveLength(1);

    const history = await backend.dispatch('imports.history', {});
    expect(history.map((batch) => [batch.object, batch.file])).toEqual([
      ['contacts', 'Contact.csv'],
      ['accounts', 'Account.csv'],
    ]);
    await backend.dispatch('imports.undo', { batchId: history[0]!.id });
    await backend.dispatch('imports.undo', { batchId: history[1]!.id });
    expect((await backend.dispatch('accounts.list', {})).rows).toEqual([]);
  });

  it('refuses a second run while one is going (BUSY), and a workspace switch during it', async () => {
    const { backend, dir } = await wizardBackend();
    const file = await backend.dispatch('files.register', { path: ACCOUNT_CSV });
    const { tables } = await backend.dispatch('imports.inspect', { fileIds: [file.fileId] });

    const first = backend.dispatch('imports.commit', { taskId: 'first', tables: choicesFrom(tables) });
    const second = await rejectionOf(backend.dispatch('imports.preview', { taskId: 'second', tables: choicesFrom(tables) }));
    expect(second.code).toBe('BUSY');
    expect(second.message).toMatch(/already running \(task first\)/);
    const switched = await rejectionOf(backend.dispatch('workspace.create', { kind: 'empty', path: path.join(dir, 'other.csm') }));
    expect(switched.code).toBe('BUSY');
    expect(await backend.dispatch('imports.cancel', { taskId: 'second' })).toEqual({ cancelled: false });

    expect(summaryOf(await first, 'accounts').new).toBe(WORKSHOP_ACCOUNTS);
    // Free again once it ended.
    const again = await backend.dispatch('imports.preview', { taskId: 'third', tables: choicesFrom(tables) });
    expect(summaryOf(again, 'accounts')).toMatchObject({ new: 0, unchanged: WORKSHOP_ACCOUNTS });
    expect(await backend.dispatch('imports.cancel', { taskId: 'third' })).toEqual({ cancelled: false });
  });

  it('gives a clear error for a bad path, fileId or tableKey, before anything runs', async () => {
    const { backend, dir } = await wizardBackend();
    const relative = await rejectionOf(backend.dispatch('files.register', { path: 'Account.csv' }));
    expect([relative.code, relative.message]).toEqual(['BAD_INPUT', 'files.register needs an absolute path, not "Account.csv"']);
    const missing = await rejectionOf(backend.dispatch('files.register', { path: path.join(dir, 'gone.csv') }));
    expect(missing.code).toBe('NOT_FOUND');
    expect((await rejectionOf(backend.dispatch('files.register', { path: dir }))).message).toMatch(/is not a file/);
    const workspaceFile = await rejectionOf(backend.dispatch('files.register', { path: path.join(dir, 'workspace.csm') }));
    expect(workspaceFile.message).toMatch(/workspace\.csm: not a file the importer reads/);

    const unknown = await rejectionOf(backend.dispatch('imports.inspect', { fileIds: ['no-such-file'] }));
    expect(unknown.code).toBe('NOT_FOUND');
    expect(unknown.message).toMatch(/^Unknown file "no-such-file": .*add the file again$/);

    const file = await backend.dispatch('files.register', { path: ACCOUNT_CSV });
    const { tables } = await backend.dispatch('imports.inspect', { fileIds: [file.fileId] });
    const mapping = tables[0]!.mapping!;
    const run = (tableKey: string, extra: { sheet?: string } = {}) =>
      rejectionOf(backend.dispatch('imports.preview', { taskId: 't', tables: [{ tableKey, mapping, ...extra }] }));
    expect((await run('nope')).message).toMatch(/^Unknown file "nope"/);
    expect((await run(`${file.fileId}/Account.csv`)).message).toBe(`Account.csv is not a ZIP export: its table is "${file.fileId}", not "${file.fileId}/Account.csv"`);
    expect((await run(file.fileId, { sheet: 'Sheet1' })).message).toBe('Account.csv: a sheet can be chosen in XLSX workbooks only');
    const twice = await rejectionOf(
      backend.dispatch('imports.preview', { taskId: 't', tables: [{ tableKey: file.fileId, mapping }, { tableKey: file.fileId, mapping }] }),
    );
    expect(twice.message).toBe(`Table "${file.fileId}" is chosen twice`);
    const badMapping = await rejectionOf(
      backend.dispatch('imports.preview', { taskId: 't', tables: [{ tableKey: file.fileId, mapping: { ...mapping, columns: { Name: 'nmae' } } }] }),
    );
    expect(badMapping.code).toBe('BAD_INPUT');
    expect(badMapping.message).toMatch(/unknown field "nmae" for accounts/);
    // None of these left a run behind.
    expect(summaryOf(await backend.dispatch('imports.preview', { taskId: 'ok', tables: [{ tableKey: file.fileId, mapping }] }), 'accounts').new).toBe(
      WORKSHOP_ACCOUNTS,
    );
  });
});
