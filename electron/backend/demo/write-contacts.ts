import type { ContactRole } from '../../../shared/api/enums';
import type { AccountPlan } from './account-plan';
import { makePhone } from './company';
import type { ContactRef, GeneratorContext } from './context';
import { DAY_MS, isoMoment } from './dates';
import { emailLocalPart, ROLE_ORDER_BY_TIER, TITLES_BY_ROLE } from './pools-people';

const CONTACT_COUNTS = {
  strategic: [4, 6],
  'mid-touch': [3, 5],
  'tech-touch': [2, 3],
} as const;

/** The people a CSM knows at the account; the first ones are the champion and the decision maker. */
export function writeContacts(ctx: GeneratorContext, plan: AccountPlan): ContactRef[] {
  const { random, tables, window } = ctx;
  const [low, high] = CONTACT_COUNTS[plan.tier];
  const count = ctx.profile.contactsPerAccount ?? random.int(low, high);
  const order = ROLE_ORDER_BY_TIER[plan.tier];
  const contacts: ContactRef[] = [];
  const usedEmails = new Set<string>();
  const namer = ctx.names.forCountry(plan.company.country.name);

  for (let i = 0; i < count; i++) {
    let role: ContactRole = order[i % order.length] ?? 'user';
    // The champion left and nobody replaced them: a risk the CSM should see.
    if (plan.seed.noChampion && (role === 'champion' || role === 'decision_maker')) role = 'user';
    const firstName = namer.firstName();
    const lastName = namer.lastName();
    let local = emailLocalPart(firstName, lastName);
    if (usedEmails.has(local)) local = `${local}${i + 1}`;
    usedEmails.add(local);
    const email = `${local}@${plan.company.domain}`;
    const phone = random.chance(0.8) ? makePhone(random, plan.company.country.phonePattern) : null;
    const createdAtMs = Math.min(window.nowMs, plan.createdAtMs + random.int(0, 400) * DAY_MS);
    const id = ctx.nextId.contact++;
    tables.contacts.add([
      id,
      plan.id,
      firstName,
      lastName,
      email,
      random.pick(TITLES_BY_ROLE[role]),
      role,
      phone,
      isoMoment(createdAtMs),
      isoMoment(createdAtMs),
    ]);
    if (plan.inSalesforce && random.chance(0.95)) {
      tables.external_ids.add(['contact', id, 'salesforce', ctx.externalIds.salesforce('contact')]);
    }
    contacts.push({ id, firstName, lastName, email, role });
  }
  return contacts;
}
