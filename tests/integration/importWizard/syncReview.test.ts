import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openWorkspace } from '../../../electron/backend/db/workspace';
import { createRecordLabeler } from '../../../electron/backend/db/repos/recordLabels';
import { fixedClock, makeTempDir } from '../../helpers/tempDir';
import { ACCOUNT_CSV, WORKSHOP_ACCOUNTS, csvSubset, recordEvents, summaryOf, useWizardBackend } from './helpers';
import type { Backend } from '../../../electron/backend';

/** Registers, inspects and commits one file with the mapping inspect proposed. */
async function importFile(backend: Backend, file: string, full: boolean) {
  const staged = await backend.dispatch('files.register', { path: file });
  const { tables } = await backend.dispatch('imports.inspect', { fileIds: [staged.fileId] });
  return backend.dispatch('imports.commit', { taskId: `import ${file}`, full, tables: [{ tableKey: staged.fileId, mapping: tables[0]!.mapping! }] });
}

describe('the Sync review screen: missing records and conflicts, named in words', () => {
  const wizardBackend = useWizardBackend();

  it('lists the records a full export no longer holds, by name, and dismisses their flags', async () => {
    const { backend, dir } = await wizardBackend();
    expect(summaryOf(await importFile(backend, ACCOUNT_CSV, true), 'accounts').new).toBe(WORKSHOP_ACCOUNTS);
    const names = (await backend.dispatch('accounts.list', {})).rows.map((row) => row.name).sort();
    const gone = names.slice(0, 2);
    const smaller = csvSubset(ACCOUNT_CSV, path.join(dir, 'Account.csv'), (cells, header) => !gone.includes(cells[header.indexOf('Name')]!));

    const second = summaryOf(await importFile(backend, smaller, true), 'accounts');
    expect(second).toMatchObject({ missing: 2, unchanged: WORKSHOP_ACCOUNTS - 2 });
    const missing = await backend.dispatch('missing.list', {});
    expect(missing.map((record) => record.label).sort()).toEqual(gone);
    expect(missing.every((record) => record.entity === 'account' && record.source === 'salesforce' && record.batchId === second.batchId)).toBe(true);

    const events = recordEvents(backend);
    const [first, other] = missing;
    expect(await backend.dispatch('missing.dismiss', { records: [{ entity: first!.entity, entityId: first!.entityId, source: first!.source }] })).toEqual({
      dismissed: 1,
    });
    expect(events).toEqual([{ name: 'accounts.changed', payload: { ids: [first!.entityId] } }]);
    expect(await backend.dispatch('missing.list', {})).toEqual([other]);
    // Twice (another window already did it) is harmless.
    expect(await backend.dispatch('missing.dismiss', { records: [{ entity: first!.entity, entityId: first!.entityId, source: first!.source }] })).toEqual({
      dismissed: 0,
    });
    // Dismissed, never deleted.
    expect((await backend.dispatch('accounts.list', {})).rows).toHaveLength(WORKSHOP_ACCOUNTS);
  });

  it('names the record of each conflict', async () => {
    const { backend, dir } = await wizardBackend();
    await importFile(backend, ACCOUNT_CSV, false);
    const target = (await backend.dispatch('accounts.list', {})).rows[0]!;
    await backend.dispatch('accounts.update', { id: target.id, patch: { industry: 'Edited locally' } });
    const changed = path.join(dir, 'Account.csv');
    csvSubset(ACCOUNT_CSV, changed, (cells, header) => {
      if (cells[header.indexOf('Name')] === target.name) cells[header.indexOf('Industry')] = 'Changed in the CRM';
      return true;
    });
    expect(summaryOf(await importFile(backend, changed, false), 'accounts').conflicts).toBe(1);
    expect(await backend.dispatch('conflicts.list', {})).toEqual([
      expect.objectContaining({ entity: 'account', entityId: target.id, label: target.name, field: 'industry', incoming: 'Changed in the CRM' }),
    ]);
  });

  it('labels contacts, subscriptions and records that are gone', async () => {
    const { dir, cleanup } = makeTempDir('csm-labels-');
    const workspace = await openWorkspace(path.join(dir, 'labels.csm'), { ifMissing: 'create', clock: fixedClock() });
    try {
      const now = '2026-11-23T09:00:00.000Z';
      const { sqlite } = workspace;
      const acme = Number(sqlite.prepare('INSERT INTO accounts (name, created_at, updated_at) VALUES (?, ?, ?)').run('Acme Corp', now, now).lastInsertRowid);
      const insertContact = sqlite.prepare(
        'INSERT INTO contacts (account_id, first_name, last_name, email, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)',
      );
      const jane = Number(insertContact.run(acme, 'Jane', 'Doe', 'jane@acme.example', now, now).lastInsertRowid);
      const nameless = Number(insertContact.run(acme, '', '', 'info@acme.example', now, now).lastInsertRowid);
      const subscription = Number(
        sqlite
          .prepare('INSERT INTO subscriptions (account_id, start_date, end_date, mrr, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)')
          .run(acme, '2024-01-01', null, 1200, now, now).lastInsertRowid,
      );
      const label = createRecordLabeler(sqlite);
      expect(label({ entity: 'account', entityId: acme })).toBe('Acme Corp');
      expect(label({ entity: 'contact', entityId: jane })).toBe('Jane Doe <jane@acme.example>, Acme Corp');
      expect(label({ entity: 'contact', entityId: nameless })).toBe('info@acme.example, Acme Corp');
      expect(label({ entity: 'subscription', entityId: subscription })).toBe('Acme Corp: subscription from 2024-01-01');
      expect(label({ entity: 'account', entityId: 999 })).toBe('account #999 (no longer in the workspace)');
      expect(label({ entity: 'widget', entityId: 1 })).toBe('widget #1 (no longer in the workspace)');
    } finally {
      await workspace.close();
      cleanup();
    }
  });
});
