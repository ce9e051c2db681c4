import { describe, expect, it } from 'vitest';
import type { ImportRunResult } from '../../../shared/api';
import type { Backend } from '../../../electron/backend';
import type { RunImportFn } from '../../../electron/backend/import/wizard/importRunner';
import { CHUNK_RECORDS, runImport } from '../../../electron/backend/import/run';
import { writeSalesforceExport } from '../../helpers/salesforceExport';
import { readWorkspaceContent } from '../../helpers/workspaceContent';
import { ACCOUNT_CSV, CONTACT_CSV, WORKSHOP_ACCOUNTS, choicesFrom, isProgressOf, rejectionOf, summaryOf, useWizardBackend } from './helpers';

function deferred<T = void>() {
  let resolve: (value: T) => void = () => undefined;
  const promise = new Promise<T>((done) => (resolve = done));
  return { promise, resolve };
}

async function stageBoth(backend: Backend) {
  const fileIds = [(await backend.dispatch('files.register', { path: ACCOUNT_CSV })).fileId, (await backend.dispatch('files.register', { path: CONTACT_CSV })).fileId];
  return choicesFrom((await backend.dispatch('imports.inspect', { fileIds })).tables);
}

/**
 * An import engine that does what a streaming run does: takes the write lock on the connection
 * it is given, writes a first chunk, reports progress, and waits (an await inside its
 * transaction) until told to go on or cancelled.
 */
function lockHoldingRun(gates: { holding: () => void; proceed: Promise<void> }): RunImportFn {
  return async (workspace, _tables, options) => {
    const { sqlite } = workspace;
    sqlite.prepare('BEGIN IMMEDIATE').run();
    sqlite.prepare("INSERT INTO accounts (name, created_at, updated_at) VALUES ('Written by the import', 'x', 'x')").run();
    options.onProgress?.({ label: 'Account.csv', tableIndex: 0, tableCount: 1, rows: 1, fraction: 0.5 });
    gates.holding();
    const aborted = new Promise<void>((resolve) => options.signal?.addEventListener('abort', () => resolve(), { once: true }));
    await Promise.race([gates.proceed, aborted]);
    const result: ImportRunResult = { dryRun: options.dryRun, cancelled: options.signal?.aborted ?? false, tables: [] };
    sqlite.prepare(result.cancelled || options.dryRun ? 'ROLLBACK' : 'COMMIT').run();
    return result;
  };
}

describe('cancelling an import, and the UI writing while one runs', () => {
  const wizardBackend = useWizardBackend();

  it('cancel stops a commit with nothing written: the workspace content is as before', async () => {
    const { backend, dbPath } = await wizardBackend();
    await backend.dispatch('accounts.create', { name: 'Already here' });
    const tables = await stageBoth(backend);
    const before = readWorkspaceContent(dbPath);

    const cancelling: Promise<{ cancelled: boolean }>[] = [];
    const stop = backend.events.subscribe((event) => {
      if (isProgressOf(event, 'to-cancel') && cancelling.length === 0) {
        cancelling.push(backend.dispatch('imports.cancel', { taskId: 'to-cancel' }));
      }
    });
    const result = await backend.dispatch('imports.commit', { taskId: 'to-cancel', tables });
    stop();
    expect(result).toEqual({ dryRun: false, cancelled: true, tables: [] });
    expect(await cancelling[0]).toEqual({ cancelled: true });
    expect(readWorkspaceContent(dbPath)).toEqual(before);
    expect(await backend.dispatch('imports.history', {})).toEqual([]);

    // The runner is free again and the same tables import in full.
    const again = await backend.dispatch('imports.commit', { taskId: 'again', tables });
    expect(summaryOf(again, 'accounts').new).toBe(WORKSHOP_ACCOUNTS);
  });

  it('a UI edit made while the import holds the write lock fails with BUSY, and no saved edit is lost to its cancel', async () => {
    const holding = deferred();
    const proceed = deferred();
    const { backend } = await wizardBackend({ runImport: lockHoldingRun({ holding: holding.resolve, proceed: proceed.promise }) });
    const local = await backend.dispatch('accounts.create', { name: 'Local account', industry: 'Before' });
    const tables = await stageBoth(backend);

    const running = backend.dispatch('imports.commit', { taskId: 'held', tables });
    await holding.promise;
    // The UI keeps reading the last committed state: the run's first chunk is not visible.
    expect((await backend.dispatch('accounts.list', {})).rows.map((row) => row.name)).toEqual(['Local account']);
    // Writes do not join the run's transaction (where its cancel would undo them): they are refused.
    const edit = await rejectionOf(backend.dispatch('accounts.update', { id: local.id, patch: { industry: 'During the import' } }));
    expect(edit.code).toBe('BUSY');
    expect(edit.message).toMatch(/import is being written/);
    expect((await rejectionOf(backend.dispatch('accounts.create', { name: 'Typed during the import' }))).code).toBe('BUSY');

    expect(await backend.dispatch('imports.cancel', { taskId: 'held' })).toEqual({ cancelled: true });
    expect(await running).toMatchObject({ cancelled: true });
    const names = (await backend.dispatch('accounts.list', {})).rows.map((row) => row.name);
    expect(names).toEqual(['Local account']);
    expect((await backend.dispatch('accounts.get', { id: local.id })).account.industry).toBe('Before');

    // Once the run ended, edits save (and wait again for other programs) as usual.
    await backend.dispatch('accounts.update', { id: local.id, patch: { industry: 'After the import' } });
    expect((await backend.dispatch('accounts.get', { id: local.id })).account.industry).toBe('After the import');
  });

  it('an import that goes on to commit keeps the edits saved before it took the lock, and its own rows', async () => {
    const holding = deferred();
    const proceed = deferred();
    const { backend } = await wizardBackend({ runImport: lockHoldingRun({ holding: holding.resolve, proceed: proceed.promise }) });
    const local = await backend.dispatch('accounts.create', { name: 'Local account' });
    const tables = await stageBoth(backend);
    const running = backend.dispatch('imports.commit', { taskId: 'held', tables });
    await holding.promise;
    proceed.resolve();
    expect(await running).toMatchObject({ cancelled: false });
    expect(await backend.dispatch('imports.cancel', { taskId: 'held' })).toEqual({ cancelled: false });
    expect((await backend.dispatch('accounts.list', {})).rows.map((row) => row.name).sort()).toEqual(['Local account', 'Written by the import']);
    await backend.dispatch('accounts.update', { id: local.id, patch: { industry: 'Saved' } });
    expect((await backend.dispatch('accounts.get', { id: local.id })).account.industry).toBe('Saved');
  });

  it('closing the back-end stops a running import first, with nothing of it written', async () => {
    const holding = deferred();
    const { backend, dbPath } = await wizardBackend({ runImport: lockHoldingRun({ holding: holding.resolve, proceed: new Promise(() => undefined) }) });
    const tables = await stageBoth(backend);
    const running = backend.dispatch('imports.commit', { taskId: 'at-close', tables });
    await holding.promise;
    await backend.close();
    expect(await running).toMatchObject({ cancelled: true });
    expect(readWorkspaceContent(dbPath).counts['accounts']).toBe(0);
  });

  it('with the real engine holding its transaction between chunks, a cancel loses no edit the UI was told is saved', async () => {
    let onFirstChunk: (() => void) | null = null;
    // The real engine, watched: its progress after a chunk comes from inside its open transaction.
    const watched: RunImportFn = (workspace, tables, options) =>
      runImport(workspace, tables, {
        ...options,
        onProgress: (step) => {
          options.onProgress?.(step);
          const act = step.rows > 0 ? onFirstChunk : null;
          onFirstChunk = null;
          act?.();
        },
      });
    const { backend, dir, dbPath } = await wizardBackend({ runImport: watched });
    const local = await backend.dispatch('accounts.create', { name: 'Local account', industry: 'Before' });
    // Several chunks, so the run is still going when the first one is reported.
    const { account } = writeSalesforceExport(dir, { accounts: 3 * CHUNK_RECORDS });
    const staged = await backend.dispatch('files.register', { path: account });
    const tables = choicesFrom((await backend.dispatch('imports.inspect', { fileIds: [staged.fileId] })).tables);
    const before = readWorkspaceContent(dbPath);

    const outcomes: Promise<unknown>[] = [];
    onFirstChunk = () => {
      const edit = backend.dispatch('accounts.update', { id: local.id, patch: { industry: 'During the import' } });
      outcomes.push(edit.then(() => 'saved', (error: { code: string }) => error.code));
      outcomes.push(backend.dispatch('imports.cancel', { taskId: 'big' }));
    };
    const result = await backend.dispatch('imports.commit', { taskId: 'big', tables });
    const [edit, cancel] = await Promise.all(outcomes);
    expect(result.cancelled).toBe(true);
    expect(cancel).toEqual({ cancelled: true });
    expect((await backend.dispatch('accounts.list', {})).rows.map((row) => row.name)).toEqual(['Local account']);
    if (edit === 'saved') {
      expect((await backend.dispatch('accounts.get', { id: local.id })).account.industry).toBe('During the import');
    } else {
      expect(edit).toBe('BUSY');
      expect(readWorkspaceContent(dbPath)).toEqual(before);
    }
  });
});
