import { AppError } from '../../../shared/api/errors';
import { getBatch, listBatches } from '../db/repos/imports';
import { listConflicts, resolveConflicts, undoBatch } from '../import/sync';
import type { HandlersFor } from './types';

type ImportMethods = 'imports.history' | 'imports.undo' | 'conflicts.list' | 'conflicts.resolve';

/** The import history, undo of a whole batch, and the user's answers to sync conflicts. */
export const importsHandlers: HandlersFor<ImportMethods> = {
  'imports.history': async (_input, ctx) => listBatches(ctx.workspace.sqlite),

  'imports.undo': async ({ batchId }, ctx) => {
    undoBatch(ctx.workspace, batchId, { clock: ctx.clock });
    const batch = getBatch(ctx.workspace.sqlite, batchId);
    if (!batch) throw new AppError('NOT_FOUND', `No import batch ${batchId}`, { batchId });
    ctx.events.emit('accounts.changed', { ids: [] });
    return batch;
  },

  'conflicts.list': async ({ includeResolved }, ctx) => listConflicts(ctx.workspace, { includeResolved }),

  'conflicts.resolve': async ({ ids, resolution }, ctx) => {
    resolveConflicts(ctx.workspace, ids, resolution, { clock: ctx.clock });
    ctx.events.emit('accounts.changed', { ids: [] });
    return { resolved: ids.length };
  },
};
