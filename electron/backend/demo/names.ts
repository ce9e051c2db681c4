import { Faker, base, de, en, en_AU, en_IN, es, es_MX, fr, nl, pt_BR, sv, type LocaleDefinition } from '@faker-js/faker';
import type { Random } from './random';

/** Names that fit a country: German contacts at a GmbH, Brazilian ones at a Ltda. */
export interface PersonNamer {
  firstName(): string;
  lastName(): string;
}

/** Where person names come from: faker per call for the demo, pre-drawn pools for big books. */
export interface NameSource {
  forCountry(country: string): PersonNamer;
}

const LOCALE_BY_COUNTRY: Record<string, string> = {
  Australia: 'en_AU',
  India: 'en_IN',
  Germany: 'de',
  France: 'fr',
  Netherlands: 'nl',
  Sweden: 'sv',
  Brazil: 'pt_BR',
  Mexico: 'es_MX',
  Chile: 'es',
  Colombia: 'es',
  Japan: 'ja_romanized',
};
const LOCALES: Record<string, LocaleDefinition> = { en, en_AU, en_IN, de, fr, nl, sv, pt_BR, es_MX, es };
const LOCALE_KEYS = ['en', 'en_AU', 'en_IN', 'de', 'fr', 'nl', 'sv', 'pt_BR', 'es_MX', 'es', 'ja_romanized'];

/** faker's Japanese names are in kanji; contacts in a Western CRM are usually romanised. */
const JAPANESE_FIRST = ['Haruto', 'Yui', 'Sota', 'Aoi', 'Ren', 'Hina', 'Yuki', 'Kenji', 'Akiko', 'Takumi', 'Misaki', 'Daiki', 'Naoko', 'Hiroshi', 'Emi', 'Kazuki'];
const JAPANESE_LAST = ['Sato', 'Suzuki', 'Takahashi', 'Tanaka', 'Watanabe', 'Ito', 'Yamamoto', 'Nakamura', 'Kobayashi', 'Kato', 'Yoshida', 'Yamada', 'Sasaki', 'Matsumoto', 'Inoue', 'Kimura'];

const localeKeyOf = (country: string) => LOCALE_BY_COUNTRY[country] ?? 'en';

/** A fresh, seeded faker (never the shared global instance, whose state other code may move). */
export function createSeededFaker(seed: number, locale: LocaleDefinition = en): Faker {
  const faker = new Faker({ locale: locale === en ? [en, base] : [locale, en, base] });
  faker.seed(seed);
  return faker;
}

/** One seeded faker per locale; each locale's seed depends only on the seed, not on the order of use. */
export function fakerNameSource(seed: number): NameSource {
  const build = (key: string): PersonNamer => {
    const faker = createSeededFaker((seed + 7919 * (LOCALE_KEYS.indexOf(key) + 1)) >>> 0, LOCALES[key] ?? en);
    if (key === 'ja_romanized') {
      return {
        firstName: () => faker.helpers.arrayElement(JAPANESE_FIRST),
        lastName: () => faker.helpers.arrayElement(JAPANESE_LAST),
      };
    }
    return { firstName: () => faker.person.firstName(), lastName: () => faker.person.lastName() };
  };
  return namerPerLocale(build);
}

/**
 * Draws name pools from seeded fakers once per locale, then picks from them with the
 * generator's own PRNG: a million picks cost almost nothing, a million faker calls do not.
 */
export function pooledNameSource(random: Random, seed: number, size = 400): NameSource {
  const build = (key: string): PersonNamer => {
    let firstNames = JAPANESE_FIRST;
    let lastNames = JAPANESE_LAST;
    if (key !== 'ja_romanized') {
      const faker = createSeededFaker((seed + 7919 * (LOCALE_KEYS.indexOf(key) + 1)) >>> 0, LOCALES[key] ?? en);
      firstNames = Array.from({ length: size }, () => faker.person.firstName());
      lastNames = Array.from({ length: size }, () => faker.person.lastName());
    }
    return { firstName: () => random.pick(firstNames), lastName: () => random.pick(lastNames) };
  };
  return namerPerLocale(build);
}

/** A name source that builds each locale's namer once, on first use. */
function namerPerLocale(build: (localeKey: string) => PersonNamer): NameSource {
  const namers = new Map<string, PersonNamer>();
  return {
    forCountry: (country) => {
      const key = localeKeyOf(country);
      let namer = namers.get(key);
      if (namer === undefined) namers.set(key, (namer = build(key)));
      return namer;
    },
  };
}
