import type { Workspace } from '../../db/workspace';
import type { ImportSummary, MappedBatch } from '../types';
import { syncWhole } from './commit';

class PlanRollback extends Error {}

/**
 * The preview: what importing the batch would do, computed by the same code that commits it,
 * inside a transaction that is then rolled back, so nothing is written.
 */
export function planImport(workspace: Workspace, batch: MappedBatch): ImportSummary {
  const result: { summary?: ImportSummary } = {};
  try {
    workspace.sqlite.transaction(() => {
      result.summary = { ...syncWhole(workspace, batch, new Date(0).toISOString()), batchId: null };
      throw new PlanRollback();
    })();
  } catch (error) {
    if (!(error instanceof PlanRollback)) throw error;
  }
  return result.summary!;
}
