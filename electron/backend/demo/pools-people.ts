import type { ContactRole, Tier } from '../../../shared/api/enums';

/** Job titles that fit each contact role. */
export const TITLES_BY_ROLE: Record<ContactRole, readonly string[]> = {
  champion: [
    'Head of Operations', 'Director of Customer Experience', 'Senior Product Manager',
    'Operations Manager', 'Head of Digital', 'Program Manager', 'Director of Business Systems',
    'Revenue Operations Manager', 'Team Lead, Analytics',
  ],
  decision_maker: [
    'VP of Operations', 'Director of IT', 'VP of Customer Success', 'Head of Procurement',
    'VP of Engineering', 'Director of Finance', 'General Manager', 'VP of Sales Operations',
  ],
  executive_sponsor: [
    'Chief Operating Officer', 'Chief Technology Officer', 'Chief Revenue Officer',
    'Chief Financial Officer', 'SVP of Operations', 'Chief Information Officer', 'Managing Director',
  ],
  user: [
    'Operations Analyst', 'Support Specialist', 'Business Analyst', 'Account Manager',
    'Data Analyst', 'Project Coordinator', 'Sales Operations Specialist', 'Systems Administrator',
    'Customer Support Lead', 'Marketing Operations Specialist',
  ],
  billing: [
    'Accounts Payable Specialist', 'Finance Manager', 'Procurement Manager', 'Controller',
    'Billing Coordinator',
  ],
};

/**
 * Who a CSM typically knows at an account, in the order they are met. The first entries are
 * always present; the rest fill up to the account's contact count.
 */
export const ROLE_ORDER_BY_TIER: Record<Tier, readonly ContactRole[]> = {
  strategic: ['champion', 'decision_maker', 'executive_sponsor', 'billing', 'user', 'user', 'champion'],
  'mid-touch': ['champion', 'decision_maker', 'user', 'billing', 'executive_sponsor', 'user'],
  'tech-touch': ['decision_maker', 'user', 'billing', 'user', 'champion', 'user'],
};

/** The twelve key features that usage `features_used` counts against. */
export const KEY_FEATURES = [
  'Dashboards', 'Workflows', 'Reports', 'Integrations', 'API', 'SSO',
  'Mobile app', 'Alerts', 'Forecasting', 'Data import', 'Permissions', 'Audit log',
] as const;
export const KEY_FEATURE_COUNT = KEY_FEATURES.length;

const NON_DECOMPOSING: Record<string, string> = { ß: 'ss', æ: 'ae', ø: 'o', œ: 'oe', đ: 'd', ł: 'l', þ: 'th' };

/** Lowercase ASCII letters and digits only ("Søren Müller-Weiß" -> "sorenmullerweiss"). */
export function asciiSlug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[ßæøœđłþ]/g, (ch) => NON_DECOMPOSING[ch] ?? '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '');
}

/** The local part of an e-mail address ("José O'Neil" -> "jose.oneil"). */
export function emailLocalPart(first: string, last: string): string {
  const a = asciiSlug(first);
  const b = asciiSlug(last);
  return a && b ? `${a}.${b}` : a || b || 'contact';
}
