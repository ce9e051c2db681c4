import { ACCOUNT_STATUSES, ACTIVITY_TYPES, CONTACT_ROLES, DIRECTIONS, LIFECYCLE_STAGES, TIERS } from '../../api/vocabulary';

/**
 * The workbench's own field names per importable object (DOMAIN.md, "Field names"). Import
 * mappings, the command line and JSON output all speak these names.
 */
export const OBJECT_NAMES = [
  'accounts',
  'contacts',
  'opportunities',
  'revenue',
  'usage',
  'tickets',
  'nps',
  'activities',
] as const;
export type ObjectName = (typeof OBJECT_NAMES)[number];

export const FIELD_TYPES = ['text', 'number', 'money', 'date', 'datetime', 'boolean', 'enum', 'id'] as const;
export type FieldType = (typeof FIELD_TYPES)[number];

export interface FieldSpec {
  name: string;
  type: FieldType;
  /** Only for type 'enum': the values the workbench accepts. */
  values?: readonly string[];
  description: string;
}

const OPPORTUNITY_TYPES = ['new', 'renewal', 'expansion'] as const;

const text = (name: string, description: string): FieldSpec => ({ name, type: 'text', description });
const id = (name: string, description: string): FieldSpec => ({ name, type: 'id', description });
const number = (name: string, description: string): FieldSpec => ({ name, type: 'number', description });
const money = (name: string, description: string): FieldSpec => ({ name, type: 'money', description });
const date = (name: string, description: string): FieldSpec => ({ name, type: 'date', description });
const datetime = (name: string, description: string): FieldSpec => ({ name, type: 'datetime', description });
const boolean = (name: string, description: string): FieldSpec => ({ name, type: 'boolean', description });
const oneOf = (name: string, values: readonly string[], description: string): FieldSpec => ({
  name,
  type: 'enum',
  values,
  description,
});

const EXTERNAL_ID = id('externalId', 'the record id in the source CRM');
const ACCOUNT_EXTERNAL_ID = id('accountExternalId', "the account's id in the source CRM");

export const FIELDS: Readonly<Record<ObjectName, readonly FieldSpec[]>> = {
  accounts: [
    EXTERNAL_ID,
    text('name', 'company name'),
    text('domain', 'web domain, e.g. example.com'),
    oneOf('tier', TIERS, 'coverage tier'),
    text('segment', 'segment, e.g. SMB or enterprise'),
    text('owner', 'the CSM or account owner'),
    oneOf('stage', LIFECYCLE_STAGES, 'journey stage'),
    oneOf('status', ACCOUNT_STATUSES, 'active or churned'),
    money('mrr', 'monthly recurring revenue'),
    money('arr', 'annual recurring revenue'),
    text('currency', 'ISO currency code, e.g. EUR'),
    date('contractStart', 'contract start date'),
    date('renewalDate', 'next renewal date'),
    number('seats', 'licensed seats'),
    text('industry', 'industry'),
    text('region', 'region or country'),
  ],
  contacts: [
    EXTERNAL_ID,
    ACCOUNT_EXTERNAL_ID,
    text('firstName', 'first name'),
    text('lastName', 'last name'),
    text('email', 'email address'),
    text('title', 'job title'),
    oneOf('role', CONTACT_ROLES, 'role at the account'),
    text('phone', 'phone number'),
  ],
  opportunities: [
    EXTERNAL_ID,
    ACCOUNT_EXTERNAL_ID,
    text('name', 'opportunity name'),
    oneOf('type', OPPORTUNITY_TYPES, 'new, renewal or expansion'),
    text('stage', 'sales stage as the CRM names it'),
    money('amount', 'amount'),
    text('currency', 'ISO currency code'),
    date('closeDate', 'expected or actual close date'),
    boolean('isClosed', 'closed (won or lost)'),
    boolean('isWon', 'closed won'),
  ],
  revenue: [
    id('externalId', 'the subscription id in the source (subscription form)'),
    ACCOUNT_EXTERNAL_ID,
    text('period', 'month as YYYY-MM (with mrr, one row per account and month)'),
    money('mrr', 'monthly recurring revenue'),
    date('startDate', 'subscription start (with endDate, one row per subscription)'),
    date('endDate', 'subscription end; empty while active'),
  ],
  usage: [
    ACCOUNT_EXTERNAL_ID,
    date('date', 'day (or first day of the week) measured'),
    number('activeUsers', 'distinct active users'),
    number('logins', 'logins'),
    number('featuresUsed', 'key features used'),
    number('seats', 'licensed seats'),
    text('feature', "the one feature a row measures (a product's feature log); empty: the account's totals"),
    id('externalId', 'the usage row id in the source (e.g. usage_id)'),
    id('subscriptionExternalId', "the subscription's id in the source, when the row names no account (its account is taken)"),
  ],
  tickets: [
    EXTERNAL_ID,
    ACCOUNT_EXTERNAL_ID,
    text('subject', 'subject or title'),
    datetime('openedAt', 'when the ticket was opened'),
    datetime('closedAt', 'when it was closed; empty while open'),
    text('priority', 'priority as the CRM names it'),
    text('status', 'status as the CRM names it'),
  ],
  nps: [
    EXTERNAL_ID,
    ACCOUNT_EXTERNAL_ID,
    text('contactEmail', "the respondent's email"),
    number('score', 'score from 0 to 10'),
    text('comment', 'free-text comment'),
    date('date', 'response date'),
  ],
  activities: [
    EXTERNAL_ID,
    ACCOUNT_EXTERNAL_ID,
    oneOf('type', ACTIVITY_TYPES, 'kind of touch'),
    datetime('date', 'when it happened'),
    text('subject', 'subject or summary'),
    oneOf('direction', DIRECTIONS, 'inbound or outbound'),
    boolean('replied', 'whether an outbound email was answered'),
    text('status', "the task's or call's status as the CRM names it (Completed, Not Started)"),
    boolean('done', 'whether the task is completed; an open task is not a touch'),
  ],
};

export function isObjectName(value: string): value is ObjectName {
  return (OBJECT_NAMES as readonly string[]).includes(value);
}

export function findField(object: ObjectName, name: string): FieldSpec | undefined {
  return FIELDS[object].find((field) => field.name === name);
}
