import { linkOf, resolveAccount, subscriptionFor } from './links';
import { naturalKey } from './rules';
import type { LinkResult, SyncObject } from './types';

/**
 * Product usage. A source row lands as one `usage` row, as it comes; nothing is summed on import,
 * so a re-import, an undo and a later correction all touch exactly the rows the file has.
 *
 * Two shapes share the table:
 * - account totals (feature NULL): per account and day, or per week dated on its Monday, with
 *   activeUsers, logins, featuresUsed (key features used) and seats, as a BI export or the demo
 *   writes them;
 * - a feature log (feature set): one row per feature event or per feature and day, as a
 *   product's event export writes it (RavenStack ravenstack_feature_usage.csv: usage_id,
 *   subscription_id, usage_date, feature_name; usage_count, usage_duration_secs, error_count
 *   and is_beta_feature stay custom fields). A row naming only its subscription takes the
 *   subscription's account (subscriptions imported earlier from the same source) and keeps
 *   the subscription in subscription_id.
 *
 * Health scoring reads it per account and day (rows of a week count for their Monday):
 * - active days (frequency): days with any row;
 * - active users, logins, seats: the totals row's values (a feature log carries none: n/a);
 * - key features used: the distinct `feature` names of the day that are key features, or the
 *   totals row's featuresUsed when the day has no feature rows; depth = that ÷ key features
 *   defined. E.g. SELECT account_id, date, count(DISTINCT feature) FILTER (WHERE feature IN
 *   (<key features>)), max(active_users), max(logins) FROM usage GROUP BY account_id, date.
 *
 * Usage is machine data, never edited locally: an identical re-import leaves every row
 * unchanged, a changed row is updated, and the batch is undone like any other. Rows with a
 * source id match by it; rows without one by account, date, feature and subscription (one
 * account's feature can be used under two subscriptions the same day). Several events of one
 * feature on one day are several rows when the source gives each an id (RavenStack does).
 */
export const usageSync: SyncObject = {
  object: 'usage',
  entity: 'usage',
  table: 'usage',
  noun: 'usage row',
  columns: {
    accountId: 'account_id',
    subscriptionId: 'subscription_id',
    date: 'date',
    feature: 'feature',
    activeUsers: 'active_users',
    logins: 'logins',
    featuresUsed: 'features_used',
    seats: 'seats',
  },
  requiredForNew: ['accountId', 'date'],
  notNullFields: ['accountId', 'date'],
  defaults: {},
  naturalKey: naturalKey(
    [
      { field: 'accountId', column: 'account_id' },
      { field: 'date', column: 'date' },
      { field: 'feature', column: 'feature', optional: true },
      { field: 'subscriptionId', column: 'subscription_id', optional: true },
    ],
    'account, date, feature and subscription',
  ),
  resolveLinks: (sqlite, source, record, isNew): LinkResult => {
    const subscriptionLink = linkOf(record, 'subscriptionExternalId');
    const subscription = subscriptionLink === null ? null : subscriptionFor(sqlite, source, subscriptionLink);
    if (subscriptionLink !== null && subscription === null) {
      return { error: `unknown subscription: no subscription has ${source} id ${subscriptionLink} (import the subscriptions first)` };
    }
    if (linkOf(record, 'accountExternalId') === null) {
      if (subscription !== null) return { fields: { accountId: subscription.accountId, subscriptionId: subscription.id } };
      if (!isNew) return { fields: {} };
      return { error: 'a new usage row needs accountExternalId or subscriptionExternalId (its account or subscription in the same source)' };
    }
    const account = resolveAccount(sqlite, source, record, isNew, 'usage row');
    if ('error' in account || subscription === null) return account;
    if (account.fields['accountId'] !== subscription.accountId) {
      return { error: `subscription ${subscriptionLink} belongs to another account than ${linkOf(record, 'accountExternalId')}` };
    }
    return { fields: { ...account.fields, subscriptionId: subscription.id } };
  },
  dependents: [],
};
