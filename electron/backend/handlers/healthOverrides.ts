import { AppError } from '../../../shared/api/errors';
import type { HandlerContext } from '../context';
import { accountHealthDetail, addOverride, addPulse, loadScorecards } from '../health';
import { clearLatest } from '../health/overrides';
import { scorecardFor } from '../health/scorecards';
import { rescoreAccounts } from './health';
import type { HandlersFor } from './types';

/**
 * The CSM's pulse and manual overrides: each needs a reason and an expiry, is stored beside the
 * computed score (never in place of it), and the account is rescored at once.
 */
export const healthOverrideHandlers: HandlersFor<'health.setPulse' | 'health.setOverride' | 'health.clearOverride'> = {
  'health.setPulse': async ({ accountId, pulse, reason, expiresOn }, ctx) => {
    assertFuture(ctx, expiresOn);
    withAccount(ctx, accountId);
    addPulse(ctx.workspace.sqlite, { accountId, pulse, reason, expiresOn }, ctx.nowIso());
    return rescored(ctx, accountId);
  },

  'health.setOverride': async ({ accountId, band, score, reason, expiresOn }, ctx) => {
    assertFuture(ctx, expiresOn);
    const account = withAccount(ctx, accountId);
    const card = scorecardFor(account, loadScorecards(ctx.workspace.sqlite, ctx.nowIso()));
    try {
      addOverride(ctx.workspace.sqlite, accountId, { band, score, reason, expiresOn }, card.bands, ctx.nowIso());
    } catch (error) {
      throw new AppError('BAD_INPUT', (error as Error).message, { accountId });
    }
    return rescored(ctx, accountId);
  },

  'health.clearOverride': async ({ accountId, kind }, ctx) => {
    withAccount(ctx, accountId);
    try {
      clearLatest(ctx.workspace.sqlite, accountId, kind, ctx.nowIso());
    } catch (error) {
      throw new AppError('BAD_INPUT', (error as Error).message, { accountId, kind });
    }
    return rescored(ctx, accountId);
  },
};

function withAccount(ctx: HandlerContext, accountId: number): { id: number; tier: string | null; segment: string | null } {
  const account = ctx.workspace.sqlite.prepare('SELECT id, tier, segment FROM accounts WHERE id = ?').get(accountId) as
    | { id: number; tier: string | null; segment: string | null }
    | undefined;
  if (!account) throw new AppError('NOT_FOUND', `Account ${accountId} does not exist`, { id: accountId });
  return account;
}

/** An expiry today or earlier would never apply: refused rather than silently ignored. */
function assertFuture(ctx: HandlerContext, expiresOn: string): void {
  const today = ctx.nowIso().slice(0, 10);
  if (expiresOn <= today) {
    throw new AppError('BAD_INPUT', `The expiry date ${expiresOn} must be after today (${today}): it is the first day the value no longer applies`);
  }
}

function rescored(ctx: HandlerContext, accountId: number) {
  rescoreAccounts(ctx, [accountId]); // a pulse is a measure: today's snapshot changes
  ctx.events.emit('accounts.changed', { ids: [accountId] });
  const detail = accountHealthDetail(ctx.workspace, accountId, ctx.clock());
  if (!detail) throw new AppError('NOT_FOUND', `Account ${accountId} does not exist`, { id: accountId });
  return detail;
}
