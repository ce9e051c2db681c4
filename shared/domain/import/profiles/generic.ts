import { FIELDS, OBJECT_NAMES, type ObjectName } from '../fields';
import { compactKey } from './headerKeys';
import type { CrmProfileSpec, SourceObjectSpec } from './types';

/**
 * Any other table: a billing system's subscriptions, a product's usage log, a support desk's
 * tickets (RavenStack is the reference), or a file the workbench wrote itself. Headers meet in
 * compact form, so `account_id`, `Account ID` and `accountId` are one key.
 */
const SPECIFIC: readonly SourceObjectSpec[] = [
  {
    sourceObject: 'accounts table',
    object: 'accounts',
    markers: ['account_name', 'plan_tier', 'signup_date', 'domain', 'renewal_date', 'tier', 'segment', 'csm', 'arr'],
    fileNames: ['accounts', 'account', 'customers', 'companies'],
    fields: [
      ['account_id', 'externalId'],
      ['id', 'externalId'],
      ['account_name', 'name'],
      ['company_name', 'name'],
      ['company', 'name'],
      ['website', 'domain'],
      ['csm', 'owner'],
      ['account_owner', 'owner'],
      ['lifecycle_stage', 'stage'],
      ['mrr_amount', 'mrr'],
      ['arr_amount', 'arr'],
      ['contract_start_date', 'contractStart'],
      ['country', 'region'],
      ['renewal', 'renewalDate'],
    ],
  },
  {
    sourceObject: 'subscriptions table',
    object: 'revenue',
    markers: ['subscription_id', 'mrr_amount', 'start_date', 'end_date', 'billing_frequency', 'auto_renew_flag', 'period'],
    fileNames: ['subscriptions', 'subscription', 'revenue', 'mrr', 'billing'],
    fields: [
      ['subscription_id', 'externalId'],
      ['account_id', 'accountExternalId'],
      ['month', 'period'],
      ['mrr_amount', 'mrr'],
      ['start_date', 'startDate'],
      ['end_date', 'endDate'],
    ],
  },
  {
    // Revenue in its period form: one row per account and month (the sync picks the form by `period`).
    sourceObject: 'monthly revenue table',
    object: 'revenue',
    markers: ['period', 'month', 'mrr', 'revenue_month', 'monthly_revenue'],
    fileNames: ['revenue', 'mrr', 'revenue_history', 'mrr_history', 'monthly_revenue', 'monthly'],
    fields: [
      ['account_id', 'accountExternalId'],
      ['month', 'period'],
      ['revenue_month', 'period'],
      ['monthly_revenue', 'mrr'],
      ['mrr_amount', 'mrr'],
    ],
  },
  {
    sourceObject: 'usage table',
    object: 'usage',
    markers: ['usage_id', 'usage_date', 'usage_count', 'feature_name', 'active_users', 'logins', 'features_used', 'usage_duration_secs'],
    fileNames: ['usage', 'feature_usage', 'activity_log'],
    // RavenStack's usage rows carry subscription_id, not account_id: the sync takes the subscription's account.
    fields: [
      ['usage_id', 'externalId'],
      ['account_id', 'accountExternalId'],
      ['subscription_id', 'subscriptionExternalId'],
      ['feature_name', 'feature'],
      ['usage_date', 'date'],
      ['day', 'date'],
      ['active_users', 'activeUsers'],
      ['dau', 'activeUsers'],
      ['login_count', 'logins'],
      ['features_used', 'featuresUsed'],
    ],
  },
  {
    sourceObject: 'support tickets table',
    object: 'tickets',
    markers: ['ticket_id', 'submitted_at', 'closed_at', 'opened_at', 'priority', 'resolution_time_hours', 'first_response_time_minutes', 'escalation_flag'],
    fileNames: ['tickets', 'support_tickets', 'ticket', 'cases'],
    fields: [
      ['ticket_id', 'externalId'],
      ['id', 'externalId'],
      ['account_id', 'accountExternalId'],
      ['submitted_at', 'openedAt'],
      ['created_at', 'openedAt'],
      ['closed_at', 'closedAt'],
      ['resolved_at', 'closedAt'],
    ],
  },
  {
    sourceObject: 'NPS responses table',
    object: 'nps',
    markers: ['nps_score', 'score', 'comment', 'contact_email', 'response_id', 'survey_date'],
    fileNames: ['nps', 'survey', 'responses'],
    fields: [
      ['response_id', 'externalId'],
      ['id', 'externalId'],
      ['account_id', 'accountExternalId'],
      ['email', 'contactEmail'],
      ['nps_score', 'score'],
      ['feedback', 'comment'],
      ['survey_date', 'date'],
      ['responded_at', 'date'],
    ],
  },
  {
    sourceObject: 'contacts table',
    object: 'contacts',
    markers: ['contact_id', 'first_name', 'last_name', 'email', 'job_title', 'role'],
    fileNames: ['contacts', 'contact', 'people', 'users'],
    fields: [
      ['contact_id', 'externalId'],
      ['id', 'externalId'],
      ['account_id', 'accountExternalId'],
      ['job_title', 'title'],
    ],
  },
  {
    sourceObject: 'opportunities table',
    object: 'opportunities',
    markers: ['opportunity_id', 'deal_id', 'stage', 'amount', 'close_date', 'is_won', 'is_closed'],
    fileNames: ['opportunities', 'deals', 'renewals'],
    fields: [
      ['opportunity_id', 'externalId'],
      ['deal_id', 'externalId'],
      ['id', 'externalId'],
      ['account_id', 'accountExternalId'],
    ],
  },
  {
    sourceObject: 'activities table',
    object: 'activities',
    markers: ['activity_id', 'activity_type', 'subject', 'direction', 'replied', 'touch_date'],
    fileNames: ['activities', 'touches', 'engagements'],
    fields: [
      ['activity_id', 'externalId'],
      ['id', 'externalId'],
      ['account_id', 'accountExternalId'],
      ['activity_type', 'type'],
      ['touch_date', 'date'],
    ],
  },
  {
    // No workbench object holds churn events: an account's churn follows from its revenue history.
    sourceObject: 'churn events table',
    object: null,
    markers: ['churn_event_id', 'churn_date', 'reason_code', 'refund_amount_usd', 'is_reactivation'],
    fileNames: ['churn_events', 'churn'],
    fields: [],
  },
];

/** Each object also accepts the workbench's own field names, so its own exports read back in. */
function withOwnFieldNames(spec: SourceObjectSpec): SourceObjectSpec {
  if (spec.object === null) return spec;
  const own = FIELDS[spec.object].map((field) => [field.name, field.name] as const);
  return { ...spec, fields: [...own, ...spec.fields] };
}

const OBJECTS = SPECIFIC.map(withOwnFieldNames);

const ALL_OWN_NAMES = OBJECT_NAMES.flatMap((object: ObjectName) => FIELDS[object].map((field) => field.name));

export const GENERIC: CrmProfileSpec = {
  profile: 'generic',
  headerKind: 'common column name',
  key: compactKey,
  objects: OBJECTS,
  knownHeaders: [...ALL_OWN_NAMES, 'account_id', 'seats', 'industry', 'is_trial', 'churn_flag', 'upgrade_flag', 'downgrade_flag', 'arr_amount', 'satisfaction_score', 'feedback_text', 'referral_source', 'error_count', 'is_beta_feature', 'subscription_id', 'preceding_upgrade_flag', 'preceding_downgrade_flag'],
  distinctive: [],
};
