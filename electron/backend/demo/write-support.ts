import { isLiveAt, type AccountPlan, type Mood } from './account-plan';
import type { ContactRef, GeneratorContext } from './context';
import { DAY_MS, HOUR_MS, isoMoment, monthStartMs } from './dates';
import { NPS_COMMENTS, TICKET_PRIORITIES, TICKET_PRIORITY_WEIGHTS, TICKET_SUBJECTS } from './pools-text';

const TICKETS_PER_YEAR = { strategic: [6, 16], 'mid-touch': [2, 7], 'tech-touch': [0, 3] } as const;
/** Hours to close, by priority. */
const HOURS_TO_CLOSE = { low: [24, 340], normal: [6, 170], high: [3, 72], urgent: [1, 24] } as const;

/** Support tickets of the last 12 months, with a few urgent ones still open at accounts in trouble. */
export function writeTickets(ctx: GeneratorContext, plan: AccountPlan): void {
  const { random, window } = ctx;
  const from = Math.max(window.nowMs - 365 * DAY_MS, plan.revenue.firstStartMs);
  const to = Math.min(window.nowMs, plan.activeUntilMs);
  if (to <= from) return;
  const [low, high] = TICKETS_PER_YEAR[plan.tier];
  const yearShare = (to - from) / (365 * DAY_MS);
  let count = Math.round(random.int(low, high) * yearShare * ctx.profile.extrasScale);
  if (plan.seed.atRisk) count += 2;

  const openedTimes: number[] = [];
  for (let i = 0; i < count; i++) openedTimes.push(from + random.next() * (to - from));
  openedTimes.sort((a, b) => a - b);
  for (const openedMs of openedTimes) {
    const priority = random.weighted(TICKET_PRIORITIES, TICKET_PRIORITY_WEIGHTS);
    const [minHours, maxHours] = HOURS_TO_CLOSE[priority];
    const closedMs = openedMs + random.float(minHours, maxHours) * HOUR_MS;
    writeTicket(ctx, plan.id, openedMs, closedMs, priority);
  }
  // Most accounts in trouble have an escalation nobody has solved yet.
  if (plan.seed.atRisk && plan.status === 'active' && random.chance(0.7)) {
    const openedMs = window.nowMs - random.float(1, 14) * DAY_MS;
    writeTicket(ctx, plan.id, openedMs, Infinity, random.chance(0.5) ? 'urgent' : 'high');
  }
}

function writeTicket(ctx: GeneratorContext, accountId: number, openedMs: number, closedMs: number, priority: string): void {
  const { random, tables, window } = ctx;
  const closed = closedMs <= window.nowMs;
  const status = closed ? 'closed' : random.chance(0.35) ? 'pending' : 'open';
  const openedAt = isoMoment(openedMs);
  const closedAt = closed ? isoMoment(closedMs) : null;
  tables.support_tickets.add([
    ctx.nextId.ticket++,
    accountId,
    random.pick(TICKET_SUBJECTS),
    openedAt,
    closedAt,
    priority,
    status,
    openedAt,
    closedAt ?? openedAt,
  ]);
}

/** Relationship surveys every six months; each wave reaches the account's non-billing contacts. */
const SURVEY_WAVE_PERIODS = [3, 9, 15];
const RESPONSE_RATE = { strategic: 0.45, 'mid-touch': 0.32, 'tech-touch': 0.22 } as const;
/** Share of promoters (9-10) and passives (7-8); the rest are detractors (0-6). */
const SCORE_MIX: Record<Mood, [number, number]> = {
  happy: [0.72, 0.2],
  normal: [0.57, 0.29],
  unhappy: [0.15, 0.3],
};
const DETRACTOR_SCORES = [0, 1, 2, 3, 4, 5, 6];
const DETRACTOR_WEIGHTS = [0.03, 0.03, 0.05, 0.08, 0.14, 0.25, 0.42];

export function writeNpsResponses(ctx: GeneratorContext, plan: AccountPlan, contacts: readonly ContactRef[]): void {
  const { random, tables, window } = ctx;
  const rate = RESPONSE_RATE[plan.tier] * ctx.profile.extrasScale;
  const [promoters, passives] = SCORE_MIX[plan.mood];
  for (const k of SURVEY_WAVE_PERIODS) {
    const sentMs = monthStartMs(window.firstMonth + k) + random.int(2, 9) * DAY_MS + 15 * HOUR_MS;
    for (const contact of contacts) {
      if (contact.role === 'billing' || !random.chance(rate)) continue;
      const respondedMs = sentMs + random.float(0.05, 14) * DAY_MS;
      if (respondedMs >= window.nowMs || !isLiveAt(plan, respondedMs)) continue;
      const roll = random.next();
      const score =
        roll < promoters
          ? random.int(9, 10)
          : roll < promoters + passives
            ? random.int(7, 8)
            : random.weighted(DETRACTOR_SCORES, DETRACTOR_WEIGHTS);
      const pool = score >= 9 ? NPS_COMMENTS.promoter : score >= 7 ? NPS_COMMENTS.passive : NPS_COMMENTS.detractor;
      const comment = random.chance(0.5) ? random.pick(pool) : null;
      const respondedAt = isoMoment(respondedMs);
      tables.nps_responses.add([ctx.nextId.nps++, plan.id, contact.id, contact.email, score, comment, respondedAt, respondedAt, respondedAt]);
    }
  }
}
