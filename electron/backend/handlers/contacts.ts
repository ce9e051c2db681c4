import { AppError } from '../../../shared/api/errors';
import { getAccount } from '../db/repos/accounts';
import { deleteContact, getContact, insertContact, updateContact } from '../db/repos/contacts';
import { recordLocalEdits } from '../db/repos/localEdits';
import type { HandlerContext } from '../context';
import type { HandlersFor } from './types';

async function requireContact(ctx: HandlerContext, id: number) {
  const contact = await getContact(ctx.workspace.db, ctx.workspace.sqlite, id);
  if (!contact) throw new AppError('NOT_FOUND', `Contact ${id} does not exist`, { id });
  return contact;
}

export const contactsHandlers: HandlersFor<'contacts.create' | 'contacts.update' | 'contacts.delete'> = {
  'contacts.create': async ({ accountId, ...fields }, ctx) => {
    if (!(await getAccount(ctx.workspace.db, ctx.workspace.sqlite, accountId))) {
      throw new AppError('NOT_FOUND', `Account ${accountId} does not exist`, { id: accountId });
    }
    const id = await ctx.workspace.db
      .transaction()
      .execute((trx) => insertContact(trx, accountId, fields, ctx.nowIso()));
    ctx.events.emit('accounts.changed', { ids: [accountId] });
    return requireContact(ctx, id);
  },

  'contacts.update': async ({ id, patch }, ctx) => {
    const updated = await ctx.workspace.db
      .transaction()
      .execute(async (trx) => {
        // Which fields changed by hand, before they are overwritten: undo of an import reads them.
        await recordLocalEdits(trx, 'contacts', id, patch, ctx.nowIso());
        return updateContact(trx, id, patch, ctx.nowIso());
      });
    if (!updated) throw new AppError('NOT_FOUND', `Contact ${id} does not exist`, { id });
    const contact = await requireContact(ctx, id);
    ctx.events.emit('accounts.changed', { ids: [contact.accountId] });
    return contact;
  },

  'contacts.delete': async ({ id }, ctx) => {
    const contact = await requireContact(ctx, id);
    await ctx.workspace.db.transaction().execute((trx) => deleteContact(trx, id));
    ctx.events.emit('accounts.changed', { ids: [contact.accountId] });
    return contact;
  },
};
