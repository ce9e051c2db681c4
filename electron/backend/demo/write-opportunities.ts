import type { AccountPlan } from './account-plan';
import type { GeneratorContext } from './context';
import { DAY_MS, HOUR_MS, isoDate, isoMoment, monthStartMs, startOfDayMs } from './dates';

const OPEN_STAGES = ['Prospecting', 'Qualification', 'Proposal', 'Negotiation'] as const;

interface Deal {
  type: 'new' | 'renewal' | 'expansion';
  name: string;
  stage: string;
  amount: number;
  closeMs: number;
}

/** The stage of an open renewal, from the days left until the renewal date. */
function renewalStage(daysLeft: number): string {
  if (daysLeft > 90) return 'Prospecting';
  if (daysLeft > 60) return 'Qualification';
  if (daysLeft > 30) return 'Proposal';
  return 'Negotiation';
}

const roundAmount = (value: number) => Math.max(100, Math.round(value / 100) * 100);

/**
 * The deals behind the revenue history: the new-business win of each new logo, won and lost
 * renewals at past anniversaries, won expansions where MRR stepped up, the open renewal of
 * accounts renewing soon, and open expansion pipeline.
 */
export function writeOpportunities(ctx: GeneratorContext, plan: AccountPlan): void {
  const { random, window } = ctx;
  const revenue = plan.revenue;
  const name = plan.company.name;
  const deals: Deal[] = [];
  const yearOf = (ms: number) => new Date(ms).getUTCFullYear();

  if (revenue.startK > 0) {
    const firstMrr = revenue.mrr[revenue.startK] ?? revenue.lastPaidMrr;
    deals.push({ type: 'new', name: `${name} - New Business`, stage: 'Closed Won', amount: firstMrr * 12, closeMs: revenue.firstStartMs });
  }
  // Tech-touch contracts auto-renew; only the touched tiers work renewals as deals.
  if (plan.tier !== 'tech-touch') {
    for (const anniversary of revenue.anniversaries) {
      const before = revenue.mrr[anniversary.k - 1] ?? revenue.lastPaidMrr;
      deals.push({
        type: 'renewal',
        name: `${name} - Renewal ${yearOf(anniversary.ms)}`,
        stage: anniversary.renewed ? 'Closed Won' : 'Closed Lost',
        amount: roundAmount((anniversary.renewed ? (revenue.mrr[anniversary.k] ?? before) : before) * 12),
        closeMs: anniversary.ms - random.int(0, 20) * DAY_MS,
      });
    }
  }
  for (let k = Math.max(1, revenue.startK + 1); k < revenue.mrr.length; k++) {
    const before = revenue.mrr[k - 1] ?? 0;
    const after = revenue.mrr[k] ?? 0;
    if (before > 0 && after > before) {
      const addedSeats = Math.max(1, Math.round((plan.seats * (after - before)) / Math.max(after, 1)));
      deals.push({
        type: 'expansion',
        name: `${name} - Expansion (+${addedSeats} seats)`,
        stage: 'Closed Won',
        amount: roundAmount((after - before) * 12),
        closeMs: monthStartMs(window.firstMonth + k) - random.int(1, 20) * DAY_MS,
      });
    }
  }

  if (plan.status === 'active' && plan.renewalMs !== null) {
    const daysLeft = (plan.renewalMs - window.nowMs) / DAY_MS;
    const horizon = plan.tier === 'tech-touch' ? 60 : 150;
    if (daysLeft <= horizon) {
      const uplift = plan.seed.atRisk ? random.float(0.75, 0.95) : random.float(1, 1.07);
      deals.push({
        type: 'renewal',
        name: `${name} - Renewal ${yearOf(plan.renewalMs)}`,
        stage: renewalStage(daysLeft),
        amount: roundAmount(plan.arr * uplift),
        closeMs: plan.renewalMs,
      });
    }
    if (plan.openExpansion) {
      deals.push({
        type: 'expansion',
        name: `${name} - Expansion (${random.pick(['new team', 'add-on module', 'more seats', 'EMEA rollout'])})`,
        stage: random.pick(OPEN_STAGES),
        amount: roundAmount(plan.arr * random.float(0.1, 0.35)),
        closeMs: window.nowMs + random.int(20, 150) * DAY_MS,
      });
    }
    if (plan.tier !== 'tech-touch' && random.chance(0.1 * ctx.profile.extrasScale)) {
      deals.push({
        type: 'expansion',
        name: `${name} - Expansion (pilot for a second team)`,
        stage: 'Closed Lost',
        amount: roundAmount(plan.arr * random.float(0.1, 0.3)),
        closeMs: window.nowMs - random.int(20, 300) * DAY_MS,
      });
    }
  }

  for (const deal of deals) writeDeal(ctx, plan, deal);
}

function writeDeal(ctx: GeneratorContext, plan: AccountPlan, deal: Deal): void {
  const { random, tables, window } = ctx;
  const isClosed = deal.stage === 'Closed Won' || deal.stage === 'Closed Lost';
  // Open deals were opened in the last quarter; closed ones one to four months before closing.
  const createdMs = isClosed
    ? Math.min(window.nowMs - HOUR_MS, deal.closeMs - random.int(30, 120) * DAY_MS + 9 * HOUR_MS)
    : startOfDayMs(window.nowMs) - random.int(3, 90) * DAY_MS + random.int(8, 17) * HOUR_MS;
  const updatedMs = isClosed
    ? Math.min(window.nowMs, deal.closeMs + random.int(0, 3) * DAY_MS)
    : Math.max(createdMs, window.nowMs - random.int(0, 14) * DAY_MS);
  const id = ctx.nextId.opportunity++;
  tables.opportunities.add([
    id,
    plan.id,
    deal.name,
    deal.type,
    deal.stage,
    deal.amount,
    plan.company.currency,
    isoDate(deal.closeMs),
    isClosed ? 1 : 0,
    deal.stage === 'Closed Won' ? 1 : 0,
    isoMoment(createdMs),
    isoMoment(updatedMs),
  ]);
  if (plan.inSalesforce) tables.external_ids.add(['opportunity', id, 'salesforce', ctx.externalIds.salesforce('opportunity')]);
}
