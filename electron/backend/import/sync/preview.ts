import type { Workspace } from '../../db/workspace';
import type { ImportSummary, MappedBatch } from '../types';
import { commitImport, type CommitOptions } from './commit';

class PreviewRollback extends Error {}

/**
 * What importing these batches in order would do, writing nothing: each is committed inside
 * one outer transaction that is then rolled back. Unlike planning each batch alone, contacts
 * see the accounts that the same run would create.
 */
export function previewImports(workspace: Workspace, batches: readonly MappedBatch[], options: CommitOptions): ImportSummary[] {
  const summaries: ImportSummary[] = [];
  try {
    workspace.sqlite.transaction(() => {
      for (const batch of batches) summaries.push({ ...commitImport(workspace, batch, options), batchId: null });
      throw new PreviewRollback();
    })();
  } catch (error) {
    if (!(error instanceof PreviewRollback)) throw error;
  }
  return summaries;
}
