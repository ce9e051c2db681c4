import { AppError } from '../../../shared/api/errors';
import { getBatch, listBatches } from '../db/repos/imports';
import { listConflicts, resolveConflicts, undoBatch } from '../import/sync';
import { ALL_SYNC_OBJECTS } from '../import/sync/objects';
import { accountColumnOf } from '../import/sync/affectedAccounts';
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

/**
 * The accounts whose records the conflicts were about: an account itself, or the account a
 * contact, opportunity, ticket, NPS response, activity, usage row or revenue record belongs to.
 */
function accountsOfConflicts(ctx: HandlerContext, ids: readonly number[]): number[] {
  const { sqlite } = ctx.workspace;
  const conflicts = JSON.stringify(ids);
  const accounts = new Set<number>();
  for (const object of ALL_SYNC_OBJECTS) {
    const accountOf = accountColumnOf(object);
    const found = sqlite
      .prepare(
        `SELECT DISTINCT ${accountOf} FROM sync_conflicts c JOIN ${object.table} t ON t.id = c.entity_id
         WHERE c.entity = ? AND c.id IN (SELECT value FROM json_each(?))`,
      )
      .pluck()
      .all(object.entity, conflicts) as (number | null)[];
    for (const id of found) if (id !== null) accounts.add(id);
  }
  return [...accounts];
}
