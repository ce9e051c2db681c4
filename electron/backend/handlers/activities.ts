import { AppError } from '../../../shared/api/errors';
import { getAccount } from '../db/repos/accounts';
import { insertActivity, listActivities } from '../db/repos/activities';
import { contactIdsOfAccount } from '../db/repos/contacts';
import { rescoreAccounts } from './health';
import type { HandlersFor } from './types';

export const activitiesHandlers: HandlersFor<'activities.list' | 'activities.log'> = {
  'activities.list': async ({ accountId, limit }, ctx) => listActivities(ctx.workspace.db, accountId, limit),

  'activities.log': async (activity, ctx) => {
    const { db, sqlite } = ctx.workspace;
    if (!(await getAccount(db, sqlite, activity.accountId))) {
      throw new AppError('NOT_FOUND', `Account ${activity.accountId} does not exist`, { id: activity.accountId });
    }
    const contactIds = [...new Set(activity.contactIds)];
    const own = await contactIdsOfAccount(db, activity.accountId, contactIds);
    const foreign = contactIds.filter((id) => !own.has(id));
    if (foreign.length > 0) {
      throw new AppError('BAD_INPUT', `Contacts ${foreign.join(', ')} do not belong to this account`, {
        field: 'contactIds',
        contactIds: foreign,
      });
    }
    // The account is rescored in the same transaction: the touch and its effect on health land together.
    const saved = await db.transaction().execute(async (trx) => {
      const inserted = await insertActivity(trx, { ...activity, contactIds }, ctx.nowIso());
      rescoreAccounts(ctx, [activity.accountId]);
      return inserted;
    });
    ctx.events.emit('accounts.changed', { ids: [activity.accountId] });
    return saved;
  },
};
