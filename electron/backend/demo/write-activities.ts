import type { ActivityType, Tier } from '../../../shared/api/enums';
import { isLiveAt, type AccountPlan } from './account-plan';
import type { ActivityRef, ContactRef, GeneratorContext } from './context';
import { DAY_MS, HOUR_MS, isoMoment, onWeekday, startOfDayMs } from './dates';
import type { Region } from './pools-company';
import { KEY_FEATURES } from './pools-people';
import { ACTIVITY_SUBJECTS, ACTIVITY_SUMMARIES, fillText } from './pools-text';
import type { Random } from './random';

interface PlannedTouch {
  type: ActivityType;
  atMs: number;
}

/** Working hours in UTC, so touches land in the customer's business day. */
const WORK_HOURS_UTC: Record<Region, [number, number]> = { NA: [14, 21], EMEA: [8, 16], APAC: [1, 8], LATAM: [12, 20] };
/** Average days between routine touches: key accounts weekly or more, ordinary monthly, the long tail rarely. */
const CADENCE_DAYS: Record<Tier, number> = { strategic: 5, 'mid-touch': 24, 'tech-touch': 75 };
const ROUTINE_TYPES: ActivityType[] = ['call', 'meeting', 'email', 'note'];
const ROUTINE_WEIGHTS: Record<Tier, number[]> = {
  strategic: [0.3, 0.28, 0.37, 0.05],
  'mid-touch': [0.35, 0.1, 0.5, 0.05],
  'tech-touch': [0.15, 0, 0.8, 0.05],
};
const CONTACTS_PER_TYPE: Record<ActivityType, [number, number]> = {
  call: [1, 2],
  meeting: [1, 3],
  email: [1, 1],
  note: [0, 0],
  qbr: [2, 4],
  onboarding: [1, 3],
};

/** A business review looks back at the quarter that just ended ("Q1 2025" when held in April). */
function previousQuarter(ms: number): string {
  const date = new Date(ms);
  const quarter = Math.floor(date.getUTCMonth() / 3);
  return quarter === 0 ? `Q4 ${date.getUTCFullYear() - 1}` : `Q${quarter} ${date.getUTCFullYear()}`;
}

function touchAt(random: Random, region: Region, dayMs: number): number {
  const [from, to] = WORK_HOURS_UTC[region];
  return onWeekday(startOfDayMs(dayMs) + random.int(from, to - 1) * HOUR_MS + random.pick([0, 15, 30, 45]) * 60_000);
}

/** The demo's touches: a cadence by tier, QBRs, onboarding sessions, and silence where trust is fading. */
function cadenceSchedule(ctx: GeneratorContext, plan: AccountPlan): PlannedTouch[] {
  const { random, window } = ctx;
  const from = Math.max(window.nowMs - 365 * DAY_MS, plan.revenue.firstStartMs);
  const to = Math.min(window.nowMs, plan.activeUntilMs);
  const touches: PlannedTouch[] = [];
  const add = (type: ActivityType, dayMs: number) => {
    const atMs = touchAt(random, plan.region, dayMs);
    if (atMs >= from && atMs < to && isLiveAt(plan, atMs)) touches.push({ type, atMs });
  };

  const mean = CADENCE_DAYS[plan.tier];
  for (let day = from + random.float(0, mean) * DAY_MS; day < to; day += random.float(0.5, 1.5) * mean * DAY_MS) {
    add(random.weighted(ROUTINE_TYPES, ROUTINE_WEIGHTS[plan.tier]), day);
  }
  const qbrEveryDays = plan.tier === 'strategic' ? 91 : plan.tier === 'mid-touch' && random.chance(0.6) ? 182 : 0;
  if (qbrEveryDays > 0) {
    for (let day = from + random.int(20, qbrEveryDays) * DAY_MS; day < to; day += qbrEveryDays * DAY_MS) add('qbr', day);
  }
  const startMs = plan.revenue.returnK !== null ? plan.revenue.contractStartMs : plan.revenue.firstStartMs;
  if (startMs >= from) {
    const sessions = plan.tier === 'tech-touch' ? 1 : random.int(3, 5);
    let day = startMs + random.int(2, 6) * DAY_MS;
    for (let i = 0; i < sessions; i++, day += random.int(5, 10) * DAY_MS) add('onboarding', day);
  }
  touches.sort((a, b) => a.atMs - b.atMs);
  if (plan.seed.losingTouch) {
    const cutoff = window.nowMs - random.int(95, 160) * DAY_MS;
    return touches.filter((t) => t.atMs < cutoff);
  }
  return touches;
}

/** The book's touches: exactly `count`, spread over the account's last year. */
function fixedSchedule(ctx: GeneratorContext, plan: AccountPlan, count: number): PlannedTouch[] {
  const { random, window } = ctx;
  const to = Math.min(window.nowMs, plan.activeUntilMs);
  const from = Math.min(to - DAY_MS, Math.max(window.nowMs - 365 * DAY_MS, plan.revenue.firstStartMs));
  const slot = (to - from) / Math.max(1, count);
  const touches: PlannedTouch[] = [];
  for (let i = 0; i < count; i++) {
    const planned = from + (i + random.next()) * slot;
    let type = random.weighted(ROUTINE_TYPES, ROUTINE_WEIGHTS[plan.tier]);
    if (planned - plan.revenue.firstStartMs < 40 * DAY_MS) type = 'onboarding';
    else if (plan.tier !== 'tech-touch' && random.chance(0.06)) type = 'qbr';
    touches.push({ type, atMs: Math.min(to - 60_000, touchAt(random, plan.region, planned)) });
  }
  return touches;
}

export function writeActivities(ctx: GeneratorContext, plan: AccountPlan, contacts: readonly ContactRef[]): ActivityRef[] {
  const { random, tables, window } = ctx;
  const fixed = ctx.profile.activitiesPerAccount;
  const schedule = fixed === null ? cadenceSchedule(ctx, plan) : fixedSchedule(ctx, plan, fixed);
  const replyRate = plan.mood === 'unhappy' ? 0.3 : plan.tier === 'tech-touch' ? 0.35 : 0.65;
  const seniorFirst = contacts.filter((c) => c.role !== 'user' && c.role !== 'billing');
  // Billing contacts get invoices and e-mails, not product calls.
  const conversational = contacts.filter((c) => c.role !== 'billing');
  const refs: ActivityRef[] = [];

  for (const touch of schedule) {
    const [low, high] = CONTACTS_PER_TYPE[touch.type];
    const wanted = Math.min(contacts.length, random.int(low, high));
    const pool =
      touch.type === 'qbr' && seniorFirst.length > 0
        ? [...seniorFirst, ...conversational]
        : touch.type === 'email' || conversational.length === 0
          ? contacts
          : conversational;
    const linked: ContactRef[] = [];
    for (let tries = 0; linked.length < wanted && tries < wanted * 4; tries++) {
      const candidate = random.pick(pool);
      if (!linked.includes(candidate)) linked.push(candidate);
    }
    const vars = {
      contact: linked[0]?.firstName ?? contacts[0]?.firstName,
      feature: random.pick(KEY_FEATURES),
      quarter: previousQuarter(touch.atMs),
      company: plan.company.name,
    };
    const isEmail = touch.type === 'email';
    const direction = isEmail ? (random.chance(plan.tier === 'tech-touch' ? 0.85 : 0.7) ? 'outbound' : 'inbound') : null;
    const replied = direction === 'outbound' ? (random.chance(replyRate) ? 1 : 0) : null;
    const subject = fillText(random.pick(ACTIVITY_SUBJECTS[touch.type]), vars);
    const id = ctx.nextId.activity++;
    const loggedAt = isoMoment(Math.min(window.nowMs, touch.atMs + random.int(5, 180) * 60_000));
    tables.activities.add([
      id,
      plan.id,
      touch.type,
      isoMoment(touch.atMs),
      subject,
      fillText(random.pick(ACTIVITY_SUMMARIES[touch.type]), vars),
      direction,
      replied,
      loggedAt,
      loggedAt,
    ]);
    for (const contact of linked) tables.activity_contacts.add([id, contact.id]);
    refs.push({ id, type: touch.type, atMs: touch.atMs, subject, contactIds: linked.map((c) => c.id) });
  }
  return refs;
}
