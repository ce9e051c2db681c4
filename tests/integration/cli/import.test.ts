import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../helpers/tempDir';
import { REPO_ROOT, runInProcess, stderrLines } from './run';

const FIXTURES = path.resolve(REPO_ROOT, '..', 'shared', 'fixtures');
const WORKSHOP = path.join(FIXTURES, 'salesforce', 'datacloud-workshop');

function tableDump(file: string): string {
  const db = new Database(file, { readonly: true });
  const dump = ['accounts', 'contacts', 'external_ids']
    .map((table) => JSON.stringify(db.prepare(`SELECT * FROM ${table} ORDER BY rowid`).all()))
    .join('\n');
  db.close();
  return dump;
}

describe('csm import, conflicts', () => {
  const temps: (() => void)[] = [];
  afterEach(() => temps.splice(0).forEach((cleanup) => cleanup()));

  async function emptyWorkspace(): Promise<{ dir: string; workspace: string }> {
    const { dir, cleanup } = makeTempDir();
    temps.push(cleanup);
    const workspace = path.join(dir, 'w.csm');
    expect((await runInProcess(['init', '--workspace', workspace])).code).toBe(0);
    return { dir, workspace };
  }

  it('previews without writing, imports a real Salesforce export, and a second import changes nothing', async () => {
    const { workspace } = await emptyWorkspace();
    const account = path.join(WORKSHOP, 'Account.csv');
    const before = tableDump(workspace);
    const preview = await runInProcess(['import', account, '--workspace', workspace, '--dry-run', '--json']);
    expect(preview.code).toBe(0);
    expect(JSON.parse(preview.stdout).imports[0]).toMatchObject({ object: 'accounts', new: 22, invalid: 0, batchId: null });
    expect(tableDump(workspace)).toBe(before);

    const first = await runInProcess(['import', account, '--workspace', workspace, '--json']);
    expect(JSON.parse(first.stdout).imports[0]).toMatchObject({ new: 22, updated: 0, conflicts: 0 });
    const afterFirst = tableDump(workspace);
    const second = await runInProcess(['import', account, '--workspace', workspace, '--json']);
    expect(JSON.parse(second.stdout).imports[0]).toMatchObject({ new: 0, updated: 0, unchanged: 22, conflicts: 0 });
    expect(tableDump(workspace)).toBe(afterFirst);

    const conflicts = await runInProcess(['conflicts', '--workspace', workspace, '--json']);
    expect(JSON.parse(conflicts.stdout)).toEqual([]);
  });

  it('previews accounts and contacts together: contacts see the accounts the same run would create', async () => {
    const { workspace } = await emptyWorkspace();
    const files = [path.join(WORKSHOP, 'Account.csv'), path.join(WORKSHOP, 'Contact.csv')];
    const before = tableDump(workspace);
    const preview = await runInProcess(['import', ...files, '--workspace', workspace, '--dry-run', '--json']);
    const [accounts, contacts] = JSON.parse(preview.stdout).imports;
    expect(accounts).toMatchObject({ object: 'accounts', new: 22, batchId: null });
    expect(contacts).toMatchObject({ object: 'contacts', new: 18, invalid: 84, batchId: null });
    expect(tableDump(workspace)).toBe(before);
    const db = new Database(workspace, { readonly: true });
    expect(db.prepare('SELECT count(*) AS n FROM import_batches').get()).toEqual({ n: 0 });
    db.close();
  });

  it('links contacts to accounts imported in the same run and reports each invalid row with file and line', async () => {
    const { workspace } = await emptyWorkspace();
    const result = await runInProcess(['import', path.join(WORKSHOP, 'Contact.csv'), path.join(WORKSHOP, 'Account.csv'), '--workspace', workspace]);
    expect(result.code).toBe(0);
    const lines = result.stdout.split('\n');
    // Accounts go first whatever the order on the command line, so contacts can link to them.
    expect(lines[0]).toMatch(/^Account\.csv: accounts imported as batch \d+: 22 new/);
    expect(result.stdout).toMatch(/Contact\.csv: contacts imported as batch \d+: \d+ new/);
    expect(result.stdout).toMatch(/invalid: Contact\.csv, line \d+: /);
  });

  it('exits non-zero with a readable line when nothing could be imported', async () => {
    const { dir, workspace } = await emptyWorkspace();
    const onlyOrphans = path.join(dir, 'orphans.csv');
    fs.writeFileSync(onlyOrphans, 'Id,AccountId,FirstName,LastName,Email\n003000000000001AAA,001000000000001AAA,Ann,Orphan,ann@example.com\n');
    const result = await runInProcess(['import', onlyOrphans, '--workspace', workspace]);
    expect(result.code).not.toBe(0);
    expect(result.stdout).toContain('unknown account');

    const missing = await runInProcess(['import', path.join(dir, 'nope.csv'), '--workspace', workspace]);
    expect(missing.code).not.toBe(0);
    expect(stderrLines(missing)).toHaveLength(1);
    expect(missing.stderr).toContain('nope.csv');
  });
});
