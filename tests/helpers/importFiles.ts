import { openWorkspace } from '../../electron/backend/db/workspace';
import { runImport, tablesFromFiles, type ImportRunResult, type TablesFromFilesOptions } from '../../electron/backend/import/run';
import type { Clock } from '../../electron/backend/types';

export interface ImportFilesOptions extends TablesFromFilesOptions {
  clock: Clock;
  /** Create the workspace when the file does not exist (default: refuse, like the CLI). */
  create?: boolean;
  dryRun?: boolean;
}

/**
 * Imports files into a workspace file through the engine's public run API, exactly as
 * `csm import` does (tablesFromFiles, then runImport), with a clock of the caller's choosing.
 */
export async function importFiles(dbPath: string, files: readonly string[], options: ImportFilesOptions): Promise<ImportRunResult> {
  const { clock, create = false, dryRun = false, ...tableOptions } = options;
  const tables = await tablesFromFiles(files, tableOptions);
  const workspace = await openWorkspace(dbPath, { ifMissing: create ? 'create' : 'fail', clock });
  try {
    return await runImport(workspace, tables, { full: false, dryRun, clock });
  } finally {
    await workspace.close();
  }
}
