import { AppError } from '../../../shared/api/errors';
import { accountHealthDetail, recomputeHealth } from '../health';
import { recomputeHealthInSteps } from '../health/recomputeInSteps';
import { throttleProgress } from '../import/wizard/progressThrottle';
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

  'health.recompute': async ({ taskId }, ctx) => {
    ctx.importRunner.assertIdle();
    const progress = throttleProgress((event) => ctx.events.emit('progress', event));
    try {
      const label = 'Recomputing health';
      const result = await recomputeHealthInSteps(ctx.workspace, ctx.clock(), ({ done, total }) => {
        if (taskId !== undefined) progress.push({ taskId, label, done, total });
      });
      progress.flush();
      return result;
    } finally {
      progress.stop();
      ctx.events.emit('accounts.changed', { ids: [] });
    }
  },
};
