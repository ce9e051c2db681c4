import { dismissMissing, listMissing } from '../db/repos/syncMissing';
import type { HandlersFor } from './types';

/** Records a full export no longer holds: flagged for review, never deleted; dismissing clears the flag. */
export const missingHandlers: HandlersFor<'missing.list' | 'missing.dismiss'> = {
  'missing.list': async (_input, ctx) => listMissing(ctx.workspace.sqlite),

  'missing.dismiss': async ({ records }, ctx) => {
    const dismissed = dismissMissing(ctx.workspace.sqlite, records);
    const accounts = records.filter((record) => record.entity === 'account').map((record) => record.entityId);
    if (dismissed > 0) ctx.events.emit('accounts.changed', { ids: accounts });
    return { dismissed };
  },
};
