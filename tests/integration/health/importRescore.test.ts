import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { ACCOUNT_CSV, choicesFrom, useWizardBackend, WORKSHOP_ACCOUNTS } from '../importWizard/helpers';
import { runInProcess } from '../cli/run';

function snapshotCount(file: string): number {
  const sqlite = new Database(file, { readonly: true });
  try {
    return sqlite.prepare('SELECT count(*) FROM health_snapshots').pluck().get() as number;
  } finally {
    sqlite.close();
  }
}

describe('an import rescores the book', () => {
  const wizardBackend = useWizardBackend();

  it('after a commit in the wizard, not after a preview', async () => {
    const { backend, dbPath } = await wizardBackend();
    const account = await backend.dispatch('files.register', { path: ACCOUNT_CSV });
    const { tables } = await backend.dispatch('imports.inspect', { fileIds: [account.fileId] });
    await backend.dispatch('imports.preview', { taskId: 'preview', tables: choicesFrom(tables) });
    expect(snapshotCount(dbPath)).toBe(0);
    await backend.dispatch('imports.commit', { taskId: 'commit', tables: choicesFrom(tables) });
    expect(snapshotCount(dbPath)).toBe(WORKSHOP_ACCOUNTS);
    const rows = (await backend.dispatch('accounts.list', {})).rows;
    expect(rows.every((row) => row.healthBand !== null)).toBe(true);
  });

  it('after csm import, not after csm import --dry-run', async () => {
    const { backend, dbPath } = await wizardBackend();
    await backend.close();
    expect((await runInProcess(['import', ACCOUNT_CSV, '--workspace', dbPath, '--dry-run'])).code).toBe(0);
    expect(snapshotCount(dbPath)).toBe(0);
    expect((await runInProcess(['import', ACCOUNT_CSV, '--workspace', dbPath])).code).toBe(0);
    expect(snapshotCount(dbPath)).toBe(WORKSHOP_ACCOUNTS);
  });
});
