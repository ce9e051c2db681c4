import type { Tier } from '../../../shared/api/enums';
import type { Random } from './random';

/** What happened to a customer over the history window. */
export type Fate = 'active' | 'churned' | 'reactivated';

/** The story of one account, decided for the whole book at once so the shares come out exact. */
export interface AccountSeed {
  tier: Tier;
  fate: Fate;
  /** Signed inside the window (a new logo), rather than before it. */
  newLogo: boolean;
  /** Usage and sentiment falling: the accounts a CSM must find first. */
  atRisk: boolean;
  /** A strategic or mid-touch account nobody has touched for 90+ days. */
  losingTouch: boolean;
  /** No product usage feed for this account (health must show "n/a", not red). */
  noUsage: boolean;
  /** The champion and decision maker are gone: only users and billing remain. */
  noChampion: boolean;
}

const TIER_SHARES: Record<Tier, number> = { strategic: 0.1, 'mid-touch': 0.3, 'tech-touch': 0.6 };
/** Logos lost over 18 months, by tier: small customers churn more. Overall about 11%. */
const CHURN_SHARES: Record<Tier, number> = { strategic: 0.05, 'mid-touch': 0.09, 'tech-touch': 0.14 };
const NEW_LOGO_SHARE = 0.16;
const AT_RISK_SHARE = 0.12;
const LOSING_TOUCH_SHARE = 0.08;
const NO_USAGE_SHARE = 0.05;
const NO_CHAMPION_SHARE = 0.06;
const REACTIVATED_SHARE = 0.02;

/** Takes exactly `count` of `candidates` at random. */
function takeExactly(random: Random, candidates: readonly number[], count: number): number[] {
  return random.shuffle(candidates).slice(0, Math.max(0, Math.min(count, candidates.length)));
}

export function planPortfolio(random: Random, count: number): AccountSeed[] {
  const strategic = count >= 3 ? Math.max(1, Math.round(count * TIER_SHARES.strategic)) : 0;
  const mid = count >= 3 ? Math.max(1, Math.round(count * TIER_SHARES['mid-touch'])) : 0;
  const tiers: Tier[] = [
    ...Array<Tier>(strategic).fill('strategic'),
    ...Array<Tier>(mid).fill('mid-touch'),
    ...Array<Tier>(count - strategic - mid).fill('tech-touch'),
  ];
  const seeds: AccountSeed[] = random.shuffle(tiers).map((tier) => ({
    tier,
    fate: 'active',
    newLogo: false,
    atRisk: false,
    losingTouch: false,
    noUsage: false,
    noChampion: false,
  }));
  const indicesWhere = (test: (seed: AccountSeed) => boolean) =>
    seeds.flatMap((seed, index) => (test(seed) ? [index] : []));

  for (const tier of Object.keys(CHURN_SHARES) as Tier[]) {
    const inTier = indicesWhere((s) => s.tier === tier);
    for (const i of takeExactly(random, inTier, Math.round(inTier.length * CHURN_SHARES[tier]))) {
      seeds[i]!.fate = 'churned';
    }
  }
  const reactivations = count >= 20 ? Math.max(1, Math.round(count * REACTIVATED_SHARE)) : 0;
  const reactivable = indicesWhere((s) => s.fate === 'active' && s.tier !== 'strategic');
  for (const i of takeExactly(random, reactivable, reactivations)) seeds[i]!.fate = 'reactivated';

  // New logos: any active account, and tech-touch churners (monthly plans that never stuck).
  const canBeNew = indicesWhere((s) => s.fate === 'active' || (s.fate === 'churned' && s.tier === 'tech-touch'));
  for (const i of takeExactly(random, canBeNew, Math.round(count * NEW_LOGO_SHARE))) seeds[i]!.newLogo = true;

  const established = indicesWhere((s) => s.fate === 'active' && !s.newLogo);
  for (const i of takeExactly(random, established, Math.round(count * AT_RISK_SHARE))) seeds[i]!.atRisk = true;

  const touched = indicesWhere((s) => s.fate === 'active' && !s.newLogo && s.tier !== 'tech-touch');
  const losing = Math.max(touched.length > 0 ? 1 : 0, Math.round(touched.length * LOSING_TOUCH_SHARE));
  for (const i of takeExactly(random, touched, losing)) seeds[i]!.losingTouch = true;

  const techActive = indicesWhere((s) => s.fate !== 'churned' && s.tier === 'tech-touch');
  for (const i of takeExactly(random, techActive, Math.round(techActive.length * NO_USAGE_SHARE))) {
    seeds[i]!.noUsage = true;
  }
  const all = seeds.map((_, i) => i);
  for (const i of takeExactly(random, all, Math.round(count * NO_CHAMPION_SHARE))) seeds[i]!.noChampion = true;
  return seeds;
}
