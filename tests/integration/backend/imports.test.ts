import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/api/errors';
import { useTempBackend } from '../../helpers/backend';
import { REPO_ROOT, runInProcess } from '../cli/run';

const ACCOUNT_CSV = path.resolve(REPO_ROOT, '..', 'shared', 'fixtures', 'salesforce', 'datacloud-workshop', 'Account.csv');

/** A copy of the real export with one account's Industry changed, as the CRM would after an edit there. */
function withIndustry(dir: string, accountName: string, industry: string): string {
  const rows = parse(fs.readFileSync(ACCOUNT_CSV), { bom: true }) as string[][];
  const header = rows[0]!;
  const row = rows.find((cells) => cells[header.indexOf('Name')] === accountName);
  expect(row).toBeDefined();
  row![header.indexOf('Industry')] = industry;
  const quote = (cell: string) => `"${cell.replace(/"/g, '""')}"`;
  const file = path.join(dir, 'Account.csv');
  fs.writeFileSync(file, rows.map((cells) => cells.map(quote).join(',')).join('\r\n') + '\r\n');
  return file;
}

describe('imports and conflicts through dispatch', () => {
  const tempBackend = useTempBackend();

  it('lists the history, resolves a conflict by taking the CRM value, undoes a batch, and refuses an undo that would lose local edits', async () => {
    const { backend, dir } = await tempBackend();
    const workspace = path.join(dir, 'workspace.csm');
    await backend.close();
    expect((await runInProcess(['import', ACCOUNT_CSV, '--workspace', workspace])).code).toBe(0);

    const { createBackend } = await import('../../../electron/backend');
    const reopened = await createBackend({ dbPath: workspace, ifMissing: 'fail' });
    try {
      const [first] = await reopened.dispatch('imports.history', {});
      expect(first).toMatchObject({ object: 'accounts', source: 'salesforce', undoneAt: null, counts: { new: 22 } });

      const { rows } = await reopened.dispatch('accounts.list', {});
      const target = rows[0]!;
      await reopened.dispatch('accounts.update', { id: target.id, patch: { industry: 'Edited locally' } });
      await reopened.close();

      const changed = withIndustry(dir, target.name, 'Changed in the CRM');
      const second = await runInProcess(['import', changed, '--workspace', workspace, '--json']);
      expect(JSON.parse(second.stdout).imports[0]).toMatchObject({ conflicts: 1, updated: 0 });
    } finally {
      await reopened.close();
    }

    const again = await createBackend({ dbPath: workspace, ifMissing: 'fail' });
    try {
      const conflicts = await again.dispatch('conflicts.list', {});
      expect(conflicts).toEqual([
        expect.objectContaining({ field: 'industry', local: 'Edited locally', incoming: 'Changed in the CRM', status: 'open' }),
      ]);
      const before = (await again.dispatch('accounts.list', {})).rows[0]!;
      expect((await again.dispatch('accounts.get', { id: before.id })).account.industry).toBe('Edited locally');

      await again.dispatch('conflicts.resolve', { ids: [conflicts[0]!.id], resolution: 'take_incoming' });
      expect((await again.dispatch('accounts.get', { id: before.id })).account.industry).toBe('Changed in the CRM');
      expect(await again.dispatch('conflicts.list', {})).toEqual([]);
      const resolveTwice = await again.dispatch('conflicts.resolve', { ids: [conflicts[0]!.id], resolution: 'keep_local' }).catch((e: unknown) => e);
      expect(resolveTwice).toBeInstanceOf(AppError);

      const history = await again.dispatch('imports.history', {});
      expect(history).toHaveLength(2);
      const latest = await again.dispatch('imports.undo', { batchId: history[0]!.id });
      expect(latest.undoneAt).not.toBeNull();
      const twice = await again.dispatch('imports.undo', { batchId: history[0]!.id }).catch((e: unknown) => e);
      expect(twice).toBeInstanceOf(AppError);
      expect((twice as AppError).message).toMatch(/already undone/i);
      // The first batch created an account edited here since (the local edit, then the answer
      // to the conflict): undoing it would delete that work, so it is refused, naming it.
      const first = await again.dispatch('imports.undo', { batchId: history[1]!.id }).catch((e: unknown) => e);
      expect(first).toBeInstanceOf(AppError);
      expect((first as AppError).message).toBe(
        `Cannot undo import batch ${history[1]!.id}: 1 account it wrote was edited here since (${before.name}); undoing would lose those edits`,
      );
      expect((await again.dispatch('accounts.list', {})).rows).toHaveLength(22);
    } finally {
      await again.close();
    }
  });
});
