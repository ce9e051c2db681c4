import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { createBackend } from '../../../electron/backend';
import { fixedClock } from '../../helpers/tempDir';
import { runInProcess, stderrLines } from '../cli/run';
import { useTempDirs } from '../cli/workspaces';
import { expectHubSpotUpdate, readExport } from './crmRules';

/** Three accounts: two carry HubSpot record ids (as an import would leave them), one does not. */
async function makeHubSpotWorkspace(dir: string): Promise<{ workspace: string; recordIds: Map<number, string> }> {
  const workspace = path.join(dir, 'hs.csm');
  const backend = await createBackend({ dbPath: workspace, clock: fixedClock() });
  const acme = await backend.dispatch('accounts.create', { name: 'Acme', stage: 'adoption' });
  const globex = await backend.dispatch('accounts.create', { name: 'Globex', stage: 'expansion' });
  await backend.dispatch('accounts.create', { name: 'Initech', stage: 'renewal' });
  await backend.dispatch('activities.log', { accountId: globex.id, type: 'qbr', occurredAt: '2026-09-15', subject: 'Q3 review' });
  await backend.close();
  const recordIds = new Map([[acme.id, '18234567001'], [globex.id, '9876543210']]);
  const sqlite = new Database(workspace);
  const insert = sqlite.prepare("INSERT INTO external_ids (entity, entity_id, source, external_id) VALUES ('account', ?, 'hubspot', ?)");
  for (const [id, recordId] of recordIds) insert.run(id, recordId);
  sqlite.close();
  return { workspace, recordIds };
}

describe('csm export --format hubspot, and refusals', () => {
  const tempDir = useTempDirs('csm-export-');

  it('keys a HubSpot import file by Record ID and leaves out accounts without one', async () => {
    const dir = tempDir();
    const { workspace } = await makeHubSpotWorkspace(dir);
    const out = path.join(dir, 'companies.csv');
    const result = await runInProcess(['export', '--workspace', workspace, '--format', 'hubspot', '--object', 'accounts', '--out', out]);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(`${out}: 2 accounts written\n1 account has no hubspot id; not exported\n`);
    const file = readExport(out);
    expect(file.header).toEqual(['Record ID', 'CSM Journey Stage', 'CSM Last Touch']);
    expectHubSpotUpdate(file, ['CSM Last Touch']);
    expect(file.rows).toEqual([
      { 'Record ID': '18234567001', 'CSM Journey Stage': 'adoption', 'CSM Last Touch': '' },
      { 'Record ID': '9876543210', 'CSM Journey Stage': 'expansion', 'CSM Last Touch': '2026-09-15' },
    ]);

    // The same workspace has no Salesforce ids: nothing to export, no file, non-zero exit.
    const sfOut = path.join(dir, 'sf.csv');
    const none = await runInProcess(['export', '--workspace', workspace, '--format', 'salesforce', '--object', 'accounts', '--out', sfOut]);
    expect(none.code).toBe(1);
    expect(none.stdout).toContain('3 accounts have no salesforce id; not exported');
    expect(fs.existsSync(sfOut)).toBe(false);
  });

  it('refuses a stored id the CRM would reject, counting it', async () => {
    const dir = tempDir();
    const { workspace } = await makeHubSpotWorkspace(dir);
    const sqlite = new Database(workspace);
    sqlite.prepare("UPDATE external_ids SET external_id = '=1+1' WHERE external_id = '9876543210'").run();
    sqlite.close();
    const out = path.join(dir, 'companies.csv');
    const result = await runInProcess(['export', '-w', workspace, '--format', 'hubspot', '--object', 'accounts', '--out', out, '--json']);
    expect(JSON.parse(result.stdout)).toMatchObject({ written: 1, withoutId: 1, invalidId: 1 });
    expect(readExport(out).rows.map((row) => row['Record ID'])).toEqual(['18234567001']);
  });

  it('gives one usage line for an unknown format or object or a missing option, and writes nothing', async () => {
    const dir = tempDir();
    const { workspace } = await makeHubSpotWorkspace(dir);
    const out = path.join(dir, 'x.csv');
    const cases: [string[], string][] = [
      [['--format', 'pipedrive', '--object', 'accounts'], 'csm: --format must be one of hubspot, salesforce (got "pipedrive")'],
      [['--format', 'hubspot', '--object', 'contacts'], 'csm: --object must be one of accounts (got "contacts")'],
      [['--object', 'accounts'], 'csm: export needs --format; run `csm help export`'],
    ];
    for (const [args, line] of cases) {
      const result = await runInProcess(['export', '--workspace', workspace, '--out', out, ...args]);
      expect(result.code).toBe(2);
      expect(stderrLines(result)).toEqual([line]);
    }
    const noOut = await runInProcess(['export', '--workspace', workspace, '--format', 'hubspot', '--object', 'accounts']);
    expect(stderrLines(noOut)).toEqual(['csm: export needs --out; run `csm help export`']);
    const badFolder = await runInProcess(['export', '--workspace', workspace, '--format', 'hubspot', '--object', 'accounts', '--out', path.join(dir, 'nope', 'x.csv')]);
    expect(badFolder.code).toBe(1);
    expect(stderrLines(badFolder)).toHaveLength(1);
    expect(badFolder.stderr).toContain('does not exist');
    const missingWorkspace = await runInProcess(['export', '--workspace', path.join(dir, 'none.csm'), '--format', 'hubspot', '--object', 'accounts', '--out', out]);
    expect(missingWorkspace.code).toBe(1);
    expect(stderrLines(missingWorkspace)).toHaveLength(1);
    expect(fs.existsSync(out)).toBe(false);
    expect(fs.readdirSync(dir).filter((name) => name.endsWith('.csv') || name.endsWith('.tmp'))).toEqual([]);
  });
});
