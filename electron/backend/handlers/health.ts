import { AppError } from '../../../shared/api/errors';
import { accountHealthDetail, recomputeHealth } from '../health';
import type { HandlerContext } from '../context';
import type { HandlersFor } from './types';

/**
 * Rescores exactly these accounts after an edit (activities.log, accounts.update): one account
 * costs a few indexed queries. Called after the edit's own transaction has committed.
 */
export function rescoreAccounts(ctx: HandlerContext, accountIds: readonly number[]): void {
  recomputeHealth(ctx.workspace, { accountIds, now: ctx.clock() });
}

export const healthHandlers: HandlersFor<'health.get' | 'health.recompute'> = {
  'health.get': async ({ accountId }, ctx) => {
    const detail = accountHealthDetail(ctx.workspace, accountId, ctx.clock());
    if (!detail) throw new AppError('NOT_FOUND', `Account ${accountId} does not exist`, { id: accountId });
    return detail;
  },

  'health.recompute': async (_input, ctx) => {
    ctx.importRunner.assertIdle();
    const result = recomputeHealth(ctx.workspace, { now: ctx.clock() });
    ctx.events.emit('accounts.changed', { ids: [] });
    return result;
  },
};
