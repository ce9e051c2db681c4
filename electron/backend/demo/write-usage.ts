import { isLiveAt, type AccountPlan } from './account-plan';
import type { GeneratorContext } from './context';
import { isHolidayWeek, isoDate, monthIndexOf, mondayOnOrBefore, WEEK_MS } from './dates';
import { KEY_FEATURE_COUNT } from './pools-people';

const DEMO_USAGE_WEEKS = 26;
const BREADTH = { strategic: [0.55, 0.9], 'mid-touch': [0.45, 0.85], 'tech-touch': [0.3, 0.85] } as const;
const DEPTH = { strategic: [6, 11], 'mid-touch': [4, 10], 'tech-touch': [2, 8] } as const;

/**
 * Weekly product usage (rows dated on Mondays). Healthy accounts hold steady or grow, new ones
 * ramp up, at-risk ones slide over their last weeks, churned ones fade out before they leave,
 * and every account dips over the year-end holidays.
 */
export function writeUsage(ctx: GeneratorContext, plan: AccountPlan): void {
  const { random, tables, window } = ctx;
  const fixedWeeks = ctx.profile.usageRowsPerAccount;
  if (fixedWeeks === null && plan.seed.noUsage) return;

  const lastMonday = mondayOnOrBefore(Math.min(window.nowMs, plan.activeUntilMs));
  const relationshipStart = plan.revenue.returnK !== null ? plan.revenue.contractStartMs : plan.revenue.firstStartMs;
  let firstMonday: number;
  if (fixedWeeks !== null) {
    firstMonday = lastMonday - (fixedWeeks - 1) * WEEK_MS;
  } else {
    const windowStart = mondayOnOrBefore(window.nowMs) - (DEMO_USAGE_WEEKS - 1) * WEEK_MS;
    firstMonday = Math.max(windowStart, mondayOnOrBefore(relationshipStart) + WEEK_MS);
  }
  if (firstMonday > lastMonday) return;

  const [breadthLow, breadthHigh] = BREADTH[plan.tier];
  const [depthLow, depthHigh] = DEPTH[plan.tier];
  const breadth = random.float(breadthLow, breadthHigh);
  const depth = random.float(depthLow, depthHigh);
  const loginsPerUser = random.float(1.5, 5.5);
  const drift = plan.mood === 'happy' ? random.float(0.02, 0.15) : random.float(-0.06, 0.08);
  const churned = plan.status === 'churned';
  const declineWeeks = churned ? random.int(10, 16) : random.int(8, 14);
  const declineTo = churned ? random.float(0.1, 0.3) : random.float(0.35, 0.6);
  const declining = churned || plan.seed.atRisk;
  const mrrByPeriod = plan.revenue.mrr;
  const lastPaid = plan.revenue.lastPaidMrr;

  for (let monday = firstMonday; monday <= lastMonday; monday += WEEK_MS) {
    const k = monthIndexOf(monday) - window.firstMonth;
    const periodMrr = k >= 0 && k < mrrByPeriod.length ? mrrByPeriod[k] : null;
    const seats = Math.max(1, Math.round((plan.seats * (periodMrr || lastPaid)) / lastPaid));
    if (!isLiveAt(plan, monday + WEEK_MS - 1) && fixedWeeks !== null) {
      tables.usage.add([plan.id, isoDate(monday), 0, 0, 0, seats]);
      continue;
    }
    const weeksFromEnd = (lastMonday - monday) / WEEK_MS;
    const weeksSinceStart = (monday - relationshipStart) / WEEK_MS;
    let factor = 1 + drift * (1 - Math.min(1, weeksFromEnd / DEMO_USAGE_WEEKS));
    if (weeksSinceStart < 8) factor *= 0.25 + (0.75 * Math.max(0, weeksSinceStart)) / 8;
    if (declining && weeksFromEnd < declineWeeks) factor *= 1 - (1 - declineTo) * (1 - weeksFromEnd / declineWeeks);
    if (isHolidayWeek(monday)) factor *= 0.55;
    factor *= 1 + random.normal() * 0.06;

    const activeUsers = Math.max(0, Math.min(seats, Math.round(seats * breadth * factor)));
    const logins = activeUsers === 0 ? 0 : Math.max(activeUsers, Math.round(activeUsers * loginsPerUser * (1 + random.normal() * 0.1)));
    const features =
      activeUsers === 0
        ? 0
        : Math.max(1, Math.min(KEY_FEATURE_COUNT, Math.round(depth * (0.6 + 0.4 * Math.min(1.2, factor)) + random.normal() * 0.6)));
    tables.usage.add([plan.id, isoDate(monday), activeUsers, logins, features, seats]);
  }
}
