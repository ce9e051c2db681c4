import { z } from 'zod';
import { ACCOUNT_STATUSES, ACTIVITY_TYPES, CONTACT_ROLES, DIRECTIONS, LIFECYCLE_STAGES, TIERS } from './vocabulary';

export * from './vocabulary';

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
