import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { openWorkspace } from '../../../../electron/backend/db/workspace';
import * as mapping from '../../../../electron/backend/import/mapping';
import { runImport, tablesFromFiles } from '../../../../electron/backend/import/run';
import { writeSalesforceExport } from '../../../helpers/salesforceExport';
import { fixedClock, makeTempDir } from '../../../helpers/tempDir';
import { buildZip } from '../read/helpers/zipWriter';

vi.mock('../../../../electron/backend/import/mapping', async (importOriginal) => {
  const original = await importOriginal<typeof mapping>();
  return { ...original, hashFile: vi.fn(original.hashFile) };
});

const temp = makeTempDir('csm-zip-hash-');
afterAll(() => temp.cleanup());

describe('a Salesforce Data Export ZIP in one run', () => {
  it('is hashed once for all its tables, and every batch records that hash', async () => {
    const exportDir = path.join(temp.dir, 'export');
    fs.mkdirSync(exportDir);
    const written = writeSalesforceExport(exportDir, { accounts: 40, contacts: 60, opportunities: 30, seed: 9 });
    const zipPath = path.join(temp.dir, 'WE_00D_1.zip');
    fs.writeFileSync(
      zipPath,
      buildZip([written.account, written.contact!, written.opportunity!].map((file) => ({ name: path.basename(file), data: fs.readFileSync(file) }))),
    );
    const ws = await openWorkspace(path.join(temp.dir, 'ws.csm'), { ifMissing: 'create', clock: fixedClock() });
    try {
      const tables = await tablesFromFiles([zipPath], {});
      expect(tables.map((table) => table.entry)).toEqual(['Account.csv', 'Contact.csv', 'Opportunity.csv']);
      const result = await runImport(ws, tables, { full: false, dryRun: false, clock: fixedClock() });
      expect(result.tables.map((table) => [table.object, table.new])).toEqual([
        ['accounts', 40],
        ['contacts', 60],
        ['opportunities', 30],
      ]);
      expect(vi.mocked(mapping.hashFile).mock.calls).toEqual([[zipPath]]);
      const hashes = ws.sqlite.prepare('SELECT DISTINCT file_hash FROM import_batches').pluck().all();
      expect(hashes).toEqual([await mapping.hashFile(zipPath)]);
    } finally {
      await ws.close();
    }
  });
});
