import type { ValueTranslations } from './types';

/**
 * CRM picklists with a fixed, documented set of values, translated into the workbench's
 * vocabularies (shared/api/vocabulary.ts). Only closed lists belong here: a value outside the
 * table is refused by the mapping with its reason, and an org's own picklists (Opportunity
 * Type, HubSpot Deal Type) are left as custom fields for a mapping file to translate.
 */

/** Salesforce Task.TaskSubtype (restricted picklist). A plain task logged against the account reads as a note. */
export const SALESFORCE_TASK_SUBTYPES: ValueTranslations = {
  Task: 'note',
  Call: 'call',
  Email: 'email',
  ListEmail: 'email',
  Cadence: 'note',
  LinkedIn: 'note',
};

/** Salesforce Event.EventSubtype: every calendar event is a meeting. */
export const SALESFORCE_EVENT_SUBTYPES: ValueTranslations = { Event: 'meeting' };

/** HubSpot engagement types, as exported (CALL) and as labelled (Call). */
export const HUBSPOT_ACTIVITY_TYPES: ValueTranslations = {
  CALL: 'call',
  EMAIL: 'email',
  INCOMING_EMAIL: 'email',
  FORWARDED_EMAIL: 'email',
  'Incoming email': 'email',
  'Forwarded email': 'email',
  MEETING: 'meeting',
  NOTE: 'note',
  TASK: 'note',
};

/** HubSpot's email direction is the email's engagement type. */
export const HUBSPOT_EMAIL_DIRECTIONS: ValueTranslations = {
  EMAIL: 'outbound',
  FORWARDED_EMAIL: 'outbound',
  INCOMING_EMAIL: 'inbound',
};
