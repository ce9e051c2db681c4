import { AppError } from '../../../shared/api/errors';
import { getBatch, listBatches } from '../db/repos/imports';
import { listConflicts, resolveConflicts, undoBatch } from '../import/sync';
import { recomputeHealth } from '../health';
import { rescoreAccounts } from './health';
import type { HandlerContext } from '../context';
import type { HandlersFor } from './types';

type ImportMethods = 'imports.history' | 'imports.undo' | 'conflicts.list' | 'conflicts.resolve';

/** The import history, undo of a whole batch, and the user's answers to sync conflicts. */
export const importsHandlers: HandlersFor<ImportMethods> = {
  'imports.history': async (_input, ctx) => listBatches(ctx.workspace.sqlite),

  'imports.undo': async ({ batchId }, ctx) => {
    undoBatch(ctx.workspace, batchId, { clock: ctx.clock });
    // What the batch changed is put back: every score may move (as after an import).
    recomputeHealth(ctx.workspace, { now: ctx.clock() });
    const batch = getBatch(ctx.workspace.sqlite, batchId);
    if (!batch) throw new AppError('NOT_FOUND', `No import batch ${batchId}`, { batchId });
    ctx.events.emit('accounts.changed', { ids: [] });
    return batch;
  },

  'conflicts.list': async ({ includeResolved }, ctx) => listConflicts(ctx.workspace, { includeResolved }),

  'conflicts.resolve': async ({ ids, resolution }, ctx) => {
    resolveConflicts(ctx.workspace, ids, resolution, { clock: ctx.clock });
    if (resolution === 'take_incoming') rescoreAccounts(ctx, accountsOfConflicts(ctx, ids));
    ctx.events.emit('accounts.changed', { ids: [] });
    return { resolved: ids.length };
  },
};

/** The accounts whose records the conflicts were about (an account, or a record tied to one). */
function accountsOfConflicts(ctx: HandlerContext, ids: readonly number[]): number[] {
  const rows = ctx.workspace.sqlite
    .prepare(
      `SELECT DISTINCT CASE WHEN c.entity = 'account' THEN c.entity_id ELSE ct.account_id END AS id
       FROM sync_conflicts c LEFT JOIN contacts ct ON c.entity = 'contact' AND ct.id = c.entity_id
       WHERE c.id IN (SELECT value FROM json_each(?))`,
    )
    .all(JSON.stringify(ids)) as { id: number | null }[];
  return rows.flatMap((row) => (row.id === null ? [] : [row.id]));
}
