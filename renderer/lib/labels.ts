import {
  ACCOUNT_STATUSES,
  ACTIVITY_LABELS,
  ACTIVITY_TYPES,
  CONTACT_ROLES,
  LIFECYCLE_STAGES,
  ROLE_LABELS,
  STAGE_LABELS,
  TIERS,
} from '../../shared/api/vocabulary';
import type { AccountStatus, Tier } from '../../shared/api/vocabulary';

export interface Option {
  value: string;
  label: string;
}

export const TIER_LABELS: Record<Tier, string> = {
  strategic: 'Strategic',
  'mid-touch': 'Mid-touch',
  'tech-touch': 'Tech-touch',
};

export const STATUS_LABELS: Record<AccountStatus, string> = {
  active: 'Active',
  churned: 'Churned',
};

export const TIER_OPTIONS: readonly Option[] = TIERS.map((v) => ({ value: v, label: TIER_LABELS[v] }));
export const STAGE_OPTIONS: readonly Option[] = LIFECYCLE_STAGES.map((v) => ({
  value: v,
  label: STAGE_LABELS[v],
}));
export const STATUS_OPTIONS: readonly Option[] = ACCOUNT_STATUSES.map((v) => ({
  value: v,
  label: STATUS_LABELS[v],
}));
export const ROLE_OPTIONS: readonly Option[] = CONTACT_ROLES.map((v) => ({ value: v, label: ROLE_LABELS[v] }));
export const ACTIVITY_OPTIONS: readonly Option[] = ACTIVITY_TYPES.map((v) => ({
  value: v,
  label: ACTIVITY_LABELS[v],
}));

/** The label of `value` among `options`, or the raw value, or "" for null. */
export function optionLabel(options: readonly Option[], value: string | null): string {
  if (value === null) return '';
  return options.find((o) => o.value === value)?.label ?? value;
}
