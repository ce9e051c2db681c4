import fs from 'node:fs';
import path from 'node:path';
import { salesforceIdSuffix } from '../../shared/domain/import/values';

/**
 * Synthetic Salesforce Data Loader exports (Account.csv, Contact.csv, Opportunity.csv): upper-case
 * API-name headers, every cell quoted, CRLF line ends, descriptions with commas, quotes and line
 * breaks. Written block by block, so a million rows never sit in memory. Ids depend only on the
 * row's index and values only on the seed, so two exports with different seeds describe the same
 * records with different values (a re-import updates them).
 */
export interface ExportShape {
  accounts: number;
  /** Contacts and opportunities are spread over the accounts round-robin. */
  contacts?: number;
  opportunities?: number;
  seed?: number;
}

export interface ExportFiles {
  account: string;
  contact: string | null;
  opportunity: string | null;
  /** Total bytes written. */
  bytes: number;
}

// Sized like the export: 100,000 accounts with their contacts and opportunities come to
// about 120 MB.
const ACCOUNT_HEADER = [
  'ID', 'ISDELETED', 'NAME', 'TYPE', 'BILLINGSTREET', 'BILLINGCITY', 'BILLINGCOUNTRY', 'PHONE', 'WEBSITE', 'INDUSTRY',
  'ANNUALREVENUE', 'NUMBEROFEMPLOYEES', 'DESCRIPTION', 'OWNERID', 'CURRENCYISOCODE', 'CREATEDDATE',
];
const CONTACT_HEADER = ['ID', 'ISDELETED', 'ACCOUNTID', 'LASTNAME', 'FIRSTNAME', 'MAILINGCITY', 'PHONE', 'EMAIL', 'TITLE', 'CREATEDDATE'];
const OPPORTUNITY_HEADER = [
  'ID', 'ISDELETED', 'ACCOUNTID', 'NAME', 'DESCRIPTION', 'STAGENAME', 'AMOUNT', 'PROBABILITY', 'CLOSEDATE', 'TYPE',
  'ISCLOSED', 'ISWON', 'CREATEDDATE',
];

const WORDS = ['Acme', 'Globex', 'Initech', 'Umbrella', 'Hooli', 'Stark', 'Wayne', 'Tyrell', 'Cyberdyne', 'Soylent', 'Vandelay', 'Wonka', 'Müller', 'Société', 'Ёлка'];
const SUFFIXES = ['Inc.', 'GmbH', 'LLC', 'Ltd', 'SA', 'Group', 'Holdings'];
const INDUSTRIES = ['Finance', 'Technology', 'Healthcare', 'Retail', 'Manufacturing', 'Education', 'Energy'];
const COUNTRIES = ['United States', 'Germany', 'France', 'United Kingdom', 'Brazil', 'Japan', 'Россия'];
const CITIES = ['Springfield', 'Berlin', 'Lyon', 'Leeds', 'Recife', 'Osaka', 'Казань'];
const FIRST = ['Ann', 'Bob', 'Chloé', 'Dmitri', 'Eve', 'Fatima', 'Günter', 'Hana', 'Ivan', 'Jia'];
const LAST = ['Smith', 'García', 'Müller', 'Ivanova', "O'Brien", 'Tanaka', 'Dubois', 'Okafor'];
const TITLES = ['CFO', 'VP Operations', 'Head of IT', 'Analyst', 'Procurement, EMEA'];
const STAGES = ['Prospecting', 'Qualification', 'Proposal/Price Quote', 'Negotiation/Review', 'Closed Won', 'Closed Lost'];
const OPPORTUNITY_TYPES = ['New', 'Renewal', 'Expansion'];
const OWNERS = ['005Ec000004o8yH', '005Ec000004oBPN', '005Ec000004oC11'].map(sfId);

/** The 18-character id of the index-th record with a 3-character key prefix ("001" accounts). */
export function salesforceId(prefix: string, index: number): string {
  return sfId(prefix + 'Ec' + index.toString(36).toUpperCase().padStart(10, '0'));
}

function sfId(id15: string): string {
  return id15 + salesforceIdSuffix(id15);
}

/** mulberry32: small, fast and seeded, so exports are the same from run to run. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Pick = <T>(list: readonly T[]) => T;

function timestamp(random: () => number): string {
  const ms = Date.UTC(2015, 0, 1) + Math.floor(random() * 9 * 365 * 86_400_000);
  return new Date(ms).toISOString().replace('Z', '+0000');
}

/** Data Loader quotes every cell and doubles inner quotes. */
function line(cells: readonly (string | number)[]): string {
  return cells.map((cell) => `"${String(cell).replaceAll('"', '""')}"`).join(',') + '\r\n';
}

function description(random: () => number, pick: Pick): string {
  const roll = random();
  if (roll < 0.5) return '';
  if (roll < 0.8) return `Key account, ${pick(INDUSTRIES).toLowerCase()} vertical`;
  return `Renewal risk: "${pick(WORDS)}" pilot\nFollow up with ${pick(FIRST)}, ${pick(TITLES)}`;
}

function accountRow(i: number, random: () => number, pick: Pick): (string | number)[] {
  const name = `${pick(WORDS)} ${pick(WORDS)} ${pick(SUFFIXES)}`;
  return [
    salesforceId('001', i), 'false', `${name} #${i}`, 'Customer', `${100 + Math.floor(random() * 900)} Main Street`,
    pick(CITIES), pick(COUNTRIES), `+1 555 ${String(i % 10000).padStart(4, '0')}`, `www.account${i}.example.com`,
    pick(INDUSTRIES), (Math.floor(random() * 5e7) / 100).toFixed(2), 1 + Math.floor(random() * 5000),
    description(random, pick), pick(OWNERS), pick(['USD', 'EUR', 'GBP']), timestamp(random),
  ];
}

function contactRow(i: number, accounts: number, random: () => number, pick: Pick): (string | number)[] {
  return [
    salesforceId('003', i), 'false', salesforceId('001', i % accounts), pick(LAST), pick(FIRST), pick(CITIES),
    `+44 20 ${String(i % 100000).padStart(5, '0')}`, `contact${i}@account${i % accounts}.example.com`, pick(TITLES), timestamp(random),
  ];
}

function opportunityRow(i: number, accounts: number, random: () => number, pick: Pick): (string | number)[] {
  const stage = pick(STAGES);
  const closed = stage.startsWith('Closed');
  return [
    salesforceId('006', i), 'false', salesforceId('001', i % accounts), `${pick(WORDS)} renewal ${2024 + (i % 3)}`,
    description(random, pick), stage, (Math.floor(random() * 1e7) / 100).toFixed(2), closed ? 100 : 10 + Math.floor(random() * 80),
    `${2024 + (i % 3)}-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`, pick(OPPORTUNITY_TYPES),
    closed ? 'true' : 'false', stage === 'Closed Won' ? 'true' : 'false', timestamp(random),
  ];
}

const BLOCK = 5_000;

function writeTable(file: string, header: readonly string[], count: number, row: (i: number) => (string | number)[]): number {
  const fd = fs.openSync(file, 'w');
  let bytes = 0;
  try {
    bytes += fs.writeSync(fd, line(header));
    for (let start = 0; start < count; start += BLOCK) {
      let block = '';
      for (let i = start; i < Math.min(count, start + BLOCK); i++) block += line(row(i));
      bytes += fs.writeSync(fd, block);
    }
  } finally {
    fs.closeSync(fd);
  }
  return bytes;
}

/** Writes the export's files into `dir` and returns their paths. */
export function writeSalesforceExport(dir: string, shape: ExportShape): ExportFiles {
  const random = seededRandom(shape.seed ?? 1);
  const pick: Pick = (list) => list[Math.floor(random() * list.length)]!;
  const { accounts, contacts = 0, opportunities = 0 } = shape;
  const files: ExportFiles = { account: path.join(dir, 'Account.csv'), contact: null, opportunity: null, bytes: 0 };
  files.bytes += writeTable(files.account, ACCOUNT_HEADER, accounts, (i) => accountRow(i, random, pick));
  if (contacts > 0) {
    files.contact = path.join(dir, 'Contact.csv');
    files.bytes += writeTable(files.contact, CONTACT_HEADER, contacts, (i) => contactRow(i, accounts, random, pick));
  }
  if (opportunities > 0) {
    files.opportunity = path.join(dir, 'Opportunity.csv');
    files.bytes += writeTable(files.opportunity, OPPORTUNITY_HEADER, opportunities, (i) => opportunityRow(i, accounts, random, pick));
  }
  return files;
}
