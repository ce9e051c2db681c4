import type { AccountPlan } from './account-plan';
import type { GeneratorContext } from './context';
import { isoDate, isoMoment, DAY_MS } from './dates';

/** Writes the account row, its CRM ids and its monthly revenue history. */
export function writeAccount(ctx: GeneratorContext, plan: AccountPlan): void {
  const { tables, random, window } = ctx;
  const updatedAtMs = Math.max(plan.createdAtMs, window.nowMs - random.int(0, 30) * DAY_MS - random.int(0, 600) * 60_000);
  tables.accounts.add([
    plan.id,
    plan.company.name,
    plan.company.domain,
    plan.tier,
    plan.segment,
    plan.owner,
    plan.stage,
    plan.status,
    plan.mrr,
    plan.arr,
    plan.company.currency,
    isoDate(plan.revenue.contractStartMs),
    plan.renewalMs === null ? null : isoDate(plan.renewalMs),
    plan.seats,
    plan.industry.name,
    plan.region,
    plan.customFields,
    isoMoment(plan.createdAtMs),
    isoMoment(updatedAtMs),
  ]);

  if (plan.inSalesforce) tables.external_ids.add(['account', plan.id, 'salesforce', ctx.externalIds.salesforce('account')]);
  if (plan.inHubspot) tables.external_ids.add(['account', plan.id, 'hubspot', ctx.externalIds.hubspot()]);

  const mrr = plan.revenue.mrr;
  for (let k = 0; k < mrr.length; k++) {
    const value = mrr[k];
    if (value !== null && value !== undefined) tables.revenue_history.add([plan.id, window.periods[k], value]);
  }
}
