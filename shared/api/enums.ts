import { z } from 'zod';

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

export const Tier = z.enum(TIERS);
export const LifecycleStage = z.enum(LIFECYCLE_STAGES);
export const AccountStatus = z.enum(ACCOUNT_STATUSES);
export const ContactRole = z.enum(CONTACT_ROLES);
export const ActivityType = z.enum(ACTIVITY_TYPES);
export const Direction = z.enum(DIRECTIONS);

export type Tier = z.infer<typeof Tier>;
export type LifecycleStage = z.infer<typeof LifecycleStage>;
export type AccountStatus = z.infer<typeof AccountStatus>;
export type ContactRole = z.infer<typeof ContactRole>;
export type ActivityType = z.infer<typeof ActivityType>;
export type Direction = z.infer<typeof Direction>;

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
