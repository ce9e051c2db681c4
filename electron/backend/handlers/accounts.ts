import { AppError } from '../../../shared/api/errors';
import { countAccounts, getAccount, insertAccount, listAccountRows, updateAccount } from '../db/repos/accounts';
import { listContacts } from '../db/repos/contacts';
import { recordLocalEdits } from '../db/repos/localEdits';
import type { HandlerContext } from '../context';
import { rescoreAccounts } from './health';
import type { HandlersFor } from './types';

async function requireAccount(ctx: HandlerContext, id: number) {
  const account = await getAccount(ctx.workspace.db, ctx.workspace.sqlite, id);
  if (!account) throw new AppError('NOT_FOUND', `Account ${id} does not exist`, { id });
  return account;
}

export const accountsHandlers: HandlersFor<'accounts.list' | 'accounts.get' | 'accounts.create' | 'accounts.update'> = {
  'accounts.list': async ({ limit }, ctx) => {
    const rows = listAccountRows(ctx.workspace.sqlite, limit, ctx.nowIso());
    const total = limit === undefined || rows.length < limit ? rows.length : countAccounts(ctx.workspace.sqlite);
    return { rows, total };
  },

  'accounts.get': async ({ id }, ctx) => {
    const account = await requireAccount(ctx, id);
    const contacts = await listContacts(ctx.workspace.db, ctx.workspace.sqlite, id);
    return { account, contacts };
  },

  'accounts.create': async (fields, ctx) => {
    // Scored at once, so the new row shows its health (often "not scored" yet) like every other.
    const id = await ctx.workspace.db.transaction().execute(async (trx) => {
      const created = await insertAccount(trx, fields, ctx.nowIso());
      rescoreAccounts(ctx, [created]);
      return created;
    });
    ctx.events.emit('accounts.changed', { ids: [id] });
    return requireAccount(ctx, id);
  },

  'accounts.update': async ({ id, patch }, ctx) => {
    // Renewal date, seats, tier and segment feed its health: rescored in the same transaction.
    const previous = await ctx.workspace.db.transaction().execute(async (trx) => {
      // Which fields changed by hand, before they are overwritten: undo of an import reads them.
      await recordLocalEdits(trx, 'accounts', id, patch, ctx.nowIso());
      const replaced = await updateAccount(trx, id, patch, ctx.nowIso());
      if (replaced) rescoreAccounts(ctx, [id]);
      return replaced;
    });
    if (!previous) throw new AppError('NOT_FOUND', `Account ${id} does not exist`, { id });
    ctx.events.emit('accounts.changed', { ids: [id] });
    return { account: await requireAccount(ctx, id), previous };
  },
};
