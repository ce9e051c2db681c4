/**
 * The workbench's fixed vocabularies and their labels, free of zod so the renderer can import
 * them without bundling the validation library.
 */
export const TIERS = ['strategic', 'mid-touch', 'tech-touch'] as const;
export const LIFECYCLE_STAGES = [
  'onboarding',
  'adoption',
  'value_realised',
  'renewal',
  'expansion',
  'advocacy',
] as const;
export const ACCOUNT_STATUSES = ['active', 'churned'] as const;
export const CONTACT_ROLES = [
  'champion',
  'decision_maker',
  'executive_sponsor',
  'user',
  'billing',
] as const;
export const ACTIVITY_TYPES = ['call', 'meeting', 'email', 'note', 'qbr', 'onboarding'] as const;
export const DIRECTIONS = ['inbound', 'outbound'] as const;

export type Tier = (typeof TIERS)[number];
export type LifecycleStage = (typeof LIFECYCLE_STAGES)[number];
export type AccountStatus = (typeof ACCOUNT_STATUSES)[number];
export type ContactRole = (typeof CONTACT_ROLES)[number];
export type ActivityType = (typeof ACTIVITY_TYPES)[number];
export type Direction = (typeof DIRECTIONS)[number];


export const STAGE_LABELS: Record<LifecycleStage, string> = {
  onboarding: 'Onboarding',
  adoption: 'Adoption',
  value_realised: 'Value realised',
  renewal: 'Renewal',
  expansion: 'Expansion',
  advocacy: 'Advocacy',
};

export const ROLE_LABELS: Record<ContactRole, string> = {
  champion: 'Champion',
  decision_maker: 'Decision maker',
  executive_sponsor: 'Executive sponsor',
  user: 'User',
  billing: 'Billing',
};

export const ACTIVITY_LABELS: Record<ActivityType, string> = {
  call: 'Call',
  meeting: 'Meeting',
  email: 'Email',
  note: 'Note',
  qbr: 'QBR',
  onboarding: 'Onboarding session',
};
