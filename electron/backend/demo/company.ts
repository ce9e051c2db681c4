import type { Random } from './random';
import type { NameSource } from './names';
import { asciiSlug as slug } from './pools-people';
import { BRAND_WORDS, COUNTRIES_BY_REGION, type Country, type Industry, type Region } from './pools-company';

export interface CompanyIdentity {
  name: string;
  domain: string;
  country: Country;
  currency: 'USD' | 'EUR' | 'GBP';
}

const FAMILY_FIRM_INDUSTRIES = new Set(['Professional Services', 'Financial Services', 'Manufacturing', 'Real Estate']);

/**
 * A plausible customer company: "Northwind Logistics GmbH" at northwindlogistics.de. Domains
 * are unique across the book (`takenDomains` remembers them); when the word pools run dry a
 * numeric suffix keeps the domain unique, as CRMs of large books do hold look-alike names.
 */
export function makeCompany(
  random: Random,
  names: NameSource,
  region: Region,
  industry: Industry,
  takenDomains: Set<string>,
): CompanyIdentity {
  const countries = COUNTRIES_BY_REGION[region];
  const country = random.weighted(countries, countries.map((c) => c.weight));
  // Half of the customers in countries with a local currency are still billed in USD.
  const currency = country.localCurrency !== null && random.chance(0.5) ? country.localCurrency : 'USD';

  let base = '';
  let domainBase = '';
  for (let attempt = 0; attempt < 6; attempt++) {
    const style = random.next();
    if (style < 0.2) {
      const brand = random.pick(BRAND_WORDS);
      base = brand;
      domainBase = slug(brand) + (random.chance(0.5) ? 'hq' : '');
    } else if (style < 0.32 && FAMILY_FIRM_INDUSTRIES.has(industry.name)) {
      // Partnerships and family firms carry their founders' names.
      const namer = names.forCountry(country.name);
      const a = namer.lastName();
      const b = namer.lastName();
      base = `${a} & ${b}`;
      domainBase = slug(a) + slug(b);
    } else {
      const brand = random.pick(BRAND_WORDS);
      const word = random.pick(industry.nameWords);
      base = `${brand} ${word}`;
      domainBase = slug(brand) + slug(word);
    }
    if (!takenDomains.has(`${domainBase}.${country.tld}`)) break;
  }
  let domain = `${domainBase}.${country.tld}`;
  for (let n = 2; takenDomains.has(domain); n++) domain = `${domainBase}${n}.${country.tld}`;
  takenDomains.add(domain);

  const withLegalForm = random.chance(0.45);
  const name = withLegalForm ? `${base} ${random.pick(country.legalForms)}` : base;
  return { name, domain, country, currency };
}

/** Fills a pattern such as '+44 20 7946 0NNN' with digits ('A' is a digit from 2 to 9). */
export function makePhone(random: Random, pattern: string): string {
  let out = '';
  for (const ch of pattern) {
    if (ch === 'N') out += String(random.int(0, 9));
    else if (ch === 'A') out += String(random.int(2, 9));
    else out += ch;
  }
  return out;
}
