import type { ActivityType } from '../../../shared/api/enums';

/**
 * Short texts a CSM's tools really hold. Placeholders: {contact} (a first name), {feature}
 * (a key feature), {quarter} ("Q3 2025"), {company}.
 */
export const ACTIVITY_SUBJECTS: Record<ActivityType, readonly string[]> = {
  call: [
    'Check-in call with {contact}', 'Weekly sync', 'Escalation call: {feature} issue',
    'Call with {contact} about renewal timing', 'Adoption review call', 'Intro call with new admin',
    'Follow-up on open support tickets', 'Pricing questions from {contact}',
  ],
  meeting: [
    'Roadmap preview for {company}', 'Workshop: getting more out of {feature}', 'Success plan review',
    'Executive alignment meeting', 'Admin training refresher', 'Onsite visit', 'Expansion discovery',
  ],
  email: [
    'Follow-up: next steps', 'Re: renewal paperwork', 'Invitation: customer webinar on {feature}',
    'Your {quarter} usage summary', 'Re: SSO configuration', 'Release notes you asked about',
    'Checking in', 'Re: invoice question', 'Intro to your new support contact',
  ],
  note: [
    'Internal: champion may be leaving', 'Internal: account plan update', 'Internal: risk review',
    'Internal: expansion idea', 'Internal: handover notes',
  ],
  qbr: ['{quarter} QBR', '{quarter} business review', '{quarter} executive business review'],
  onboarding: [
    'Kickoff', 'Implementation session: data import', 'Implementation session: SSO and permissions',
    'Admin training', 'Go-live check', 'Onboarding: {feature} setup',
  ],
};

export const ACTIVITY_SUMMARIES: Record<ActivityType, readonly string[]> = {
  call: [
    '{contact} confirmed the team is using {feature} daily. No blockers.',
    'Walked through the open tickets; {contact} is frustrated with response times.',
    'Renewal looks on track; procurement needs the updated order form.',
    'Usage dropped after their reorg; agreed to re-train the new team leads.',
    'Quick sync. They want a demo of {feature} for the wider team.',
    '{contact} asked about pricing for additional seats next quarter.',
  ],
  meeting: [
    'Reviewed success plan goals; two of three on track.',
    'Presented the roadmap. Strong interest in {feature}.',
    'Met the new VP; need to re-establish executive sponsorship.',
    'Workshop with 12 attendees; follow-up recording sent.',
    'Discussed expanding to the EMEA team (about 40 seats).',
  ],
  email: [
    'Sent recap and next steps.',
    'Shared the usage summary and asked for feedback.',
    'Sent the renewal quote and order form.',
    'Answered questions about {feature} limits.',
    'Nudged about the unanswered survey.',
  ],
  note: [
    'Heard from {contact} that the champion is interviewing elsewhere. Find a second champion.',
    'Updated account plan after the last QBR.',
    'Risk: low logins for three weeks and two urgent tickets.',
    'Possible upsell: their sister company has the same use case.',
  ],
  qbr: [
    'Reviewed adoption (breadth up), ROI story and next quarter goals.',
    'Shared value delivered; exec sponsor agreed to a case study.',
    'Tough QBR: support backlog dominated. Agreed on a remediation plan.',
    'Aligned on renewal terms and two expansion use cases.',
  ],
  onboarding: [
    'Kickoff done; success criteria and timeline agreed.',
    'Data import completed for the first business unit.',
    'SSO configured; 80% of users provisioned.',
    'Admins trained; go-live set for next Monday.',
  ],
};

export const TICKET_SUBJECTS = [
  'SSO login fails for some users', 'CSV export times out on large reports', 'Invoice shows the wrong seat count',
  'Dashboard widgets not loading', 'API returns 429 during nightly sync', 'Cannot add new users: seat limit reached',
  'Webhook deliveries delayed', 'Mobile app crashes on startup', 'Permissions: managers see other teams\' data',
  'Request: change billing contact', 'Report totals do not match the source data', 'Password reset e-mail not received',
  'Integration with CRM stopped syncing', 'Slow page loads in the EU region', 'How do I set up alerts?',
  'Data import rejects dates in DD.MM.YYYY', 'Audit log missing entries', 'Forecast view shows blank chart',
];
export const TICKET_PRIORITIES = ['low', 'normal', 'high', 'urgent'] as const;
export const TICKET_PRIORITY_WEIGHTS = [0.25, 0.5, 0.18, 0.07];

export const NPS_COMMENTS = {
  promoter: [
    'Great product and the CSM team is super responsive.', 'Saves our team hours every week.',
    'Onboarding was smooth, would recommend.', 'The dashboards are exactly what leadership needed.',
    'Solid platform, support is fast.', 'Love the integrations.',
  ],
  passive: [
    'Good overall but reporting is clunky.', 'Does the job. Pricing is on the high side.',
    'Fine, though the mobile app needs work.', 'Useful, but setup took longer than promised.',
  ],
  detractor: [
    'Too many bugs lately and support is slow.', 'We barely use it after the reorg.',
    'Price increase without added value.', 'Performance is poor for our EU users.',
    'Missing features we were promised in the sales process.', 'Hard to get our team to adopt it.',
  ],
} as const;

export const NOTE_TEMPLATES = ['call-notes', 'qbr', 'discovery', 'escalation'] as const;
export type NoteTemplate = (typeof NOTE_TEMPLATES)[number];

export const NOTE_DISCUSSION_POINTS = [
  'Adoption is strongest in the operations team; finance still exports to spreadsheets.',
  'They plan to roll out {feature} to two more departments next quarter.',
  'Open tickets are the main pain point; they want a named support engineer.',
  'Budget season starts next month; renewal will go through procurement.',
  'New VP wants a clearer ROI story before the renewal.',
  'Interested in the API for their data warehouse sync.',
  'Champion is happy; wants to present results to the leadership team.',
];

export const NOTE_ACTION_ITEMS = [
  'Send the QBR deck to {contact}', 'Schedule {feature} training for the new team leads',
  'Share the ROI summary with the exec sponsor', 'Escalate the open sync ticket to engineering',
  'Prepare the renewal quote', 'Introduce {contact} to the solutions engineer',
  'Confirm seat count with billing', 'Book the next QBR',
];

export const MANUAL_TASK_TITLES = [
  'Prepare renewal proposal', 'Find a second champion', 'Review usage drop with {contact}',
  'Send case study request', 'Follow up on expansion pricing', 'Plan the next QBR',
];

/** Replaces the {placeholders} of a pool text. */
export function fillText(template: string, vars: { contact?: string; feature?: string; quarter?: string; company?: string }): string {
  if (!template.includes('{')) return template;
  return template
    .replace('{contact}', vars.contact ?? 'the team')
    .replace('{feature}', vars.feature ?? 'Dashboards')
    .replace('{quarter}', vars.quarter ?? '')
    .replace('{company}', vars.company ?? 'the customer');
}
