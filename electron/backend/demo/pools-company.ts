/** Word pools for customer companies: regions and countries, industries, brand names. */

export const REGIONS = ['NA', 'EMEA', 'APAC', 'LATAM'] as const;
export type Region = (typeof REGIONS)[number];
export const REGION_WEIGHTS = [0.5, 0.3, 0.13, 0.07];

export interface Country {
  name: string;
  region: Region;
  weight: number;
  legalForms: readonly string[];
  tld: string;
  /** The local contract currency, when the customer is not billed in USD. */
  localCurrency: 'EUR' | 'GBP' | null;
  /** 'N' stands for a digit, 'A' for a digit from 2 to 9. */
  phonePattern: string;
}

export const COUNTRIES: readonly Country[] = [
  { name: 'United States', region: 'NA', weight: 0.85, legalForms: ['Inc.', 'LLC', 'Corp.', 'Co.'], tld: 'com', localCurrency: null, phonePattern: '+1 (ANN) 555-01NN' },
  { name: 'Canada', region: 'NA', weight: 0.15, legalForms: ['Inc.', 'Ltd.'], tld: 'ca', localCurrency: null, phonePattern: '+1 (ANN) 555-01NN' },
  { name: 'United Kingdom', region: 'EMEA', weight: 0.3, legalForms: ['Ltd', 'plc', 'Ltd'], tld: 'co.uk', localCurrency: 'GBP', phonePattern: '+44 20 7946 0NNN' },
  { name: 'Germany', region: 'EMEA', weight: 0.24, legalForms: ['GmbH', 'AG', 'GmbH'], tld: 'de', localCurrency: 'EUR', phonePattern: '+49 30 NNNNNNNN' },
  { name: 'France', region: 'EMEA', weight: 0.14, legalForms: ['SAS', 'SA'], tld: 'fr', localCurrency: 'EUR', phonePattern: '+33 1 NN NN NN NN' },
  { name: 'Netherlands', region: 'EMEA', weight: 0.12, legalForms: ['B.V.'], tld: 'nl', localCurrency: 'EUR', phonePattern: '+31 20 NNN NNNN' },
  { name: 'Sweden', region: 'EMEA', weight: 0.08, legalForms: ['AB'], tld: 'se', localCurrency: 'EUR', phonePattern: '+46 8 NNN NNN NN' },
  { name: 'United Arab Emirates', region: 'EMEA', weight: 0.12, legalForms: ['FZ-LLC', 'LLC'], tld: 'ae', localCurrency: null, phonePattern: '+971 4 NNN NNNN' },
  { name: 'Australia', region: 'APAC', weight: 0.35, legalForms: ['Pty Ltd'], tld: 'com.au', localCurrency: null, phonePattern: '+61 2 NNNN NNNN' },
  { name: 'Singapore', region: 'APAC', weight: 0.25, legalForms: ['Pte. Ltd.'], tld: 'sg', localCurrency: null, phonePattern: '+65 6NNN NNNN' },
  { name: 'Japan', region: 'APAC', weight: 0.2, legalForms: ['K.K.'], tld: 'co.jp', localCurrency: null, phonePattern: '+81 3 NNNN NNNN' },
  { name: 'India', region: 'APAC', weight: 0.2, legalForms: ['Pvt. Ltd.'], tld: 'in', localCurrency: null, phonePattern: '+91 80 NNNN NNNN' },
  { name: 'Brazil', region: 'LATAM', weight: 0.4, legalForms: ['Ltda.', 'S.A.'], tld: 'com.br', localCurrency: null, phonePattern: '+55 11 NNNN-NNNN' },
  { name: 'Mexico', region: 'LATAM', weight: 0.3, legalForms: ['S.A. de C.V.'], tld: 'com.mx', localCurrency: null, phonePattern: '+52 55 NNNN NNNN' },
  { name: 'Chile', region: 'LATAM', weight: 0.15, legalForms: ['SpA'], tld: 'cl', localCurrency: null, phonePattern: '+56 2 NNNN NNNN' },
  { name: 'Colombia', region: 'LATAM', weight: 0.15, legalForms: ['S.A.S.'], tld: 'com.co', localCurrency: null, phonePattern: '+57 1 NNN NNNN' },
];

export const COUNTRIES_BY_REGION: Record<Region, readonly Country[]> = {
  NA: COUNTRIES.filter((c) => c.region === 'NA'),
  EMEA: COUNTRIES.filter((c) => c.region === 'EMEA'),
  APAC: COUNTRIES.filter((c) => c.region === 'APAC'),
  LATAM: COUNTRIES.filter((c) => c.region === 'LATAM'),
};

export interface Industry {
  name: string;
  weight: number;
  /** Second words of a company name in this industry ("Northwind Logistics"). */
  nameWords: readonly string[];
}

export const INDUSTRIES: readonly Industry[] = [
  { name: 'Software & Internet', weight: 0.18, nameWords: ['Labs', 'Software', 'Systems', 'Technologies', 'Cloud', 'Digital', 'Data'] },
  { name: 'Financial Services', weight: 0.11, nameWords: ['Capital', 'Financial', 'Bank', 'Insurance', 'Payments', 'Lending'] },
  { name: 'Healthcare', weight: 0.1, nameWords: ['Health', 'Medical', 'Care', 'Clinics', 'Diagnostics', 'Pharma'] },
  { name: 'Manufacturing', weight: 0.1, nameWords: ['Manufacturing', 'Industries', 'Components', 'Machinery', 'Materials'] },
  { name: 'Retail & E-commerce', weight: 0.09, nameWords: ['Outfitters', 'Retail', 'Market', 'Goods', 'Brands', 'Supply'] },
  { name: 'Logistics & Transportation', weight: 0.08, nameWords: ['Logistics', 'Freight', 'Shipping', 'Transport', 'Fleet'] },
  { name: 'Professional Services', weight: 0.08, nameWords: ['Consulting', 'Partners', 'Advisory', 'Group', 'Associates'] },
  { name: 'Education', weight: 0.05, nameWords: ['Learning', 'Academy', 'Education', 'University Services'] },
  { name: 'Media & Entertainment', weight: 0.05, nameWords: ['Media', 'Studios', 'Publishing', 'Entertainment'] },
  { name: 'Energy & Utilities', weight: 0.05, nameWords: ['Energy', 'Power', 'Renewables', 'Utilities'] },
  { name: 'Real Estate', weight: 0.04, nameWords: ['Properties', 'Realty', 'Estates', 'Property Management'] },
  { name: 'Hospitality & Travel', weight: 0.04, nameWords: ['Hotels', 'Hospitality', 'Travel', 'Resorts'] },
  { name: 'Telecommunications', weight: 0.03, nameWords: ['Networks', 'Telecom', 'Communications', 'Connect'] },
];
export const INDUSTRY_WEIGHTS = INDUSTRIES.map((i) => i.weight);

/** Invented brand words: real-sounding, but not the names of real well-known companies. */
export const BRAND_WORDS = [
  'Northwind', 'Bluepeak', 'Harborline', 'Cobaltia', 'Evergreen', 'Kestrel', 'Lumina', 'Meridian',
  'Oakridge', 'Pinnacle', 'Quarry', 'Redwood', 'Silverline', 'Tidewater', 'Vantage', 'Westbrook',
  'Brightwater', 'Copperleaf', 'Driftwood', 'Emberly', 'Fairview', 'Granite', 'Highland', 'Ironwood',
  'Juniper', 'Keystone', 'Lakeshore', 'Maplewood', 'Nimbus', 'Orion', 'Pioneer', 'Riverside',
  'Sterling', 'Trailhead', 'Unity', 'Vertex', 'Willowby', 'Zenith', 'Atlas', 'Beacon',
  'Crescent', 'Deltaview', 'Eastgate', 'Foxglove', 'Glacier', 'Horizon', 'Indigo', 'Jadeport',
  'Kingsley', 'Larkspur', 'Monarch', 'Northstar', 'Opal', 'Parkside', 'Quillon', 'Rosewood',
  'Summit', 'Thornbury', 'Upland', 'Valewood', 'Wavecrest', 'Yarrow', 'Alder', 'Bramble',
  'Cedarline', 'Dunmore', 'Elmstead', 'Fernhill', 'Goldcrest', 'Hollis', 'Ivywell', 'Kinloch',
  'Longview', 'Mistral', 'Newfield', 'Oxbow', 'Palisade', 'Quayside', 'Ridgeway', 'Seabright',
  'Tamarack', 'Ashford', 'Baywater', 'Clearwell', 'Dovetail', 'Everly', 'Fieldstone', 'Greyson',
  'Halcyon', 'Islay', 'Kepler', 'Lodestar', 'Marlow', 'Norland', 'Osprey', 'Pelham',
  'Rowan', 'Saltmarsh', 'Tallis', 'Verdant', 'Whitmore', 'Arbor', 'Bellweather', 'Cinder',
  'Fjordic', 'Helix', 'Lattice', 'Novaro', 'Prism', 'Solace', 'Tessellate', 'Zephyr',
];

/** Owners of the book: senior CSMs carry the strategic accounts, a pooled team the long tail. */
export const OWNERS_BY_TIER = {
  strategic: ['Maya Patel', 'Daniel Okafor'],
  'mid-touch': ['Sofia Lindqvist', 'Jordan Reyes', 'Priya Raman'],
  'tech-touch': ['Alex Chen', 'Sam Whitaker'],
} as const;

export const REGION_MANAGERS: Record<Region, string> = {
  NA: 'Laura Bennett',
  EMEA: 'Henrik Vogel',
  APAC: 'Mei Tanaka',
  LATAM: 'Carlos Ibarra',
};

export const SUPPORT_PLANS = ['Standard', 'Premium', 'Enterprise 24/7'] as const;
export const IMPLEMENTATION_PARTNERS = ['In-house', 'Brightpath Partners', 'Northbridge Consulting', 'In-house', 'Clearview Advisory'];
