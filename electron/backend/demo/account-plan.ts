import type { LifecycleStage, Tier } from '../../../shared/api/enums';
import { makeCompany, type CompanyIdentity } from './company';
import type { GeneratorContext } from './context';
import { DAY_MS, HOUR_MS, nextAnniversary } from './dates';
import type { AccountSeed } from './portfolio';
import {
  IMPLEMENTATION_PARTNERS,
  INDUSTRIES,
  INDUSTRY_WEIGHTS,
  OWNERS_BY_TIER,
  REGION_MANAGERS,
  REGION_WEIGHTS,
  REGIONS,
  type Industry,
  type Region,
} from './pools-company';
import { planRevenue, type RevenuePlan } from './revenue';

/** How the customer feels: drives NPS scores, usage trend and e-mail replies. */
export type Mood = 'happy' | 'normal' | 'unhappy';

/** Everything decided about one account before any of its rows is written. */
export interface AccountPlan {
  id: number;
  seed: AccountSeed;
  tier: Tier;
  segment: string;
  region: Region;
  industry: Industry;
  owner: string;
  company: CompanyIdentity;
  revenue: RevenuePlan;
  status: 'active' | 'churned';
  mrr: number;
  arr: number;
  seats: number;
  renewalMs: number | null;
  stage: LifecycleStage;
  mood: Mood;
  openExpansion: boolean;
  /** Nothing happens at the account after this moment (its churn, or now). */
  activeUntilMs: number;
  customFields: string;
  createdAtMs: number;
  /** Which CRMs know the account (most come from Salesforce, some from HubSpot, a few from both). */
  inSalesforce: boolean;
  inHubspot: boolean;
}

const SEGMENTS: Record<Tier, { names: string[]; weights: number[] }> = {
  strategic: { names: ['Enterprise', 'Public Sector'], weights: [0.85, 0.15] },
  'mid-touch': { names: ['Mid-Market', 'Public Sector', 'Enterprise'], weights: [0.8, 0.12, 0.08] },
  'tech-touch': { names: ['SMB', 'Startup', 'Mid-Market'], weights: [0.7, 0.25, 0.05] },
};
const EMPLOYEES: Record<Tier, [number, number]> = {
  strategic: [2_000, 60_000],
  'mid-touch': [200, 3_000],
  'tech-touch': [10, 300],
};
/** List price per seat per year: bigger customers buy the bigger editions. */
const SEAT_PRICE: Record<Tier, [number, number]> = {
  strategic: [900, 1500],
  'mid-touch': [600, 1000],
  'tech-touch': [300, 700],
};

/** True while the account is a paying customer at `ms` (between contracts it is not). */
export function isLiveAt(plan: AccountPlan, ms: number): boolean {
  const revenue = plan.revenue;
  if (ms < revenue.firstStartMs || ms > plan.activeUntilMs) return false;
  if (revenue.returnK !== null && revenue.endMs !== null) return ms <= revenue.endMs || ms >= revenue.contractStartMs;
  return true;
}

export function planAccount(ctx: GeneratorContext, seed: AccountSeed, id: number): AccountPlan {
  const { random, window } = ctx;
  const tier = seed.tier;
  const region = random.weighted(REGIONS, REGION_WEIGHTS);
  const industry = random.weighted(INDUSTRIES, INDUSTRY_WEIGHTS);
  const segments = SEGMENTS[tier];
  const segment = random.weighted(segments.names, segments.weights);
  const owner = random.pick(OWNERS_BY_TIER[tier]);
  const company = makeCompany(random, ctx.names, region, industry, ctx.takenDomains);
  const usageMonths = Math.ceil((ctx.profile.usageRowsPerAccount ?? 0) / 4.3);
  const revenue = planRevenue(random, seed, window, { minLifeMonths: usageMonths });

  const churned = seed.fate === 'churned';
  const mrr = churned ? 0 : revenue.lastPaidMrr;
  const [low, high] = SEAT_PRICE[tier];
  const seats = Math.max(3, Math.round((revenue.lastPaidMrr * 12) / random.float(low, high)));
  const activeUntilMs = churned ? (revenue.endMs as number) : window.nowMs;
  const renewalMs = churned ? revenue.endMs : nextAnniversary(revenue.contractStartMs, window.nowMs);

  const daysInContract = (window.nowMs - revenue.contractStartMs) / DAY_MS;
  const daysToRenewal = renewalMs === null ? Infinity : (renewalMs - window.nowMs) / DAY_MS;
  const expansionOdds: Record<Tier, number> = { strategic: 0.35, 'mid-touch': 0.2, 'tech-touch': 0.05 };
  const openExpansion = !churned && !seed.atRisk && daysInContract > 120 && random.chance(expansionOdds[tier]);
  let stage: LifecycleStage;
  if (churned) stage = tier === 'tech-touch' ? 'adoption' : 'renewal';
  else if (daysInContract < 75) stage = 'onboarding';
  else if (daysInContract < 150) stage = 'adoption';
  else if (daysToRenewal <= 90) stage = 'renewal';
  else if (openExpansion) stage = 'expansion';
  else if (seed.atRisk) stage = 'adoption';
  else stage = random.weighted<LifecycleStage>(['adoption', 'value_realised', 'advocacy'], [0.3, 0.45, 0.25]);

  let mood: Mood = 'normal';
  if (churned || seed.atRisk || seed.noChampion) mood = 'unhappy';
  else if (stage === 'advocacy' || random.chance(0.2)) mood = 'happy';

  const inSalesforce = random.chance(0.9);
  const inHubspot = !inSalesforce || random.chance(0.25);
  const createdAtMs = Math.min(window.nowMs, revenue.firstStartMs - random.int(7, 60) * DAY_MS + 9 * HOUR_MS);
  return {
    id,
    seed,
    tier,
    segment,
    region,
    industry,
    owner,
    company,
    revenue,
    status: churned ? 'churned' : 'active',
    mrr,
    arr: mrr * 12,
    seats,
    renewalMs,
    stage,
    mood,
    openExpansion,
    activeUntilMs,
    customFields: customFieldsFor(ctx, tier, region, company),
    createdAtMs,
    inSalesforce,
    inHubspot,
  };
}

/** CRM fields the workbench has no column for, as a real export carries them (on most accounts). */
function customFieldsFor(ctx: GeneratorContext, tier: Tier, region: Region, company: CompanyIdentity): string {
  const { random } = ctx;
  if (!random.chance(0.7)) return '{}';
  const fields: Record<string, string | number | boolean> = {};
  fields['Support Plan'] =
    tier === 'strategic' ? 'Enterprise 24/7' : tier === 'mid-touch' && random.chance(0.6) ? 'Premium' : 'Standard';
  fields['Region Manager'] = REGION_MANAGERS[region];
  fields['Country'] = company.country.name;
  fields['Contract Type'] =
    tier === 'tech-touch' ? (random.chance(0.5) ? 'Monthly' : 'Annual') : random.chance(0.3) ? 'Multi-year' : 'Annual';
  if (tier !== 'tech-touch') fields['Implementation Partner'] = random.pick(IMPLEMENTATION_PARTNERS);
  if (random.chance(0.3)) fields['Reference Customer'] = random.chance(0.4);
  if (random.chance(0.25)) fields['Employees'] = random.int(...EMPLOYEES[tier]);
  return JSON.stringify(fields);
}
