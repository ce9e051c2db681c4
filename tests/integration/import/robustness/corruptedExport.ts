import fc from 'fast-check';
import type { MappingSpec } from '../../../../shared/api/mappingSpec';
import { salesforceId } from '../../../helpers/salesforceExport';

/**
 * A valid accounts export whose every value follows from the record's number, and random
 * damage to it, remembering which records each kind of damage can reach. Records the damage
 * cannot reach must import exactly; the others may import (with whatever values their damaged
 * cells hold) or be reported, never half-written.
 */
export const HEADER = ['Id', 'Name', 'Website', 'AnnualRevenue', 'NumberOfEmployees', 'Renewal_Date__c', 'Tier__c', 'Description'];

export const MAPPING: MappingSpec = {
  object: 'accounts',
  source: 'crm-test',
  columns: {
    Id: 'externalId',
    Name: 'name',
    Website: 'domain',
    AnnualRevenue: 'arr',
    NumberOfEmployees: 'seats',
    Renewal_Date__c: 'renewalDate',
    Tier__c: 'tier',
  },
};

const NAMES = ['Société Générale', 'Ёлка и Ко', 'Acme, Inc.', 'O\'Brien "Best" Sons', 'Müller GmbH', 'Hooli'];
const TIERS = [
  ['Strategic', 'strategic'],
  ['Mid-Touch', 'mid-touch'],
  ['tech touch', 'tech-touch'],
] as const;

/** An account's mapped fields as the accounts table stores them, with `version` changing the values. */
export function expectedAccount(n: number, version = 2) {
  return {
    externalId: salesforceId('001', n),
    name: `${NAMES[n % NAMES.length]} ${n}`,
    domain: `acct${n}.example.com`,
    arr: Math.round(n * 1234.5 * version * 100) / 100,
    seats: n + version,
    renewal_date: `202${5 + version}-${String(1 + (n % 12)).padStart(2, '0')}-${String(1 + (n % 28)).padStart(2, '0')}`,
    tier: TIERS[(n + version) % TIERS.length]![1],
  };
}

export function accountCells(n: number, version = 2): string[] {
  const account = expectedAccount(n, version);
  const description = n % 3 === 0 ? `Line one, "quoted"\r\nline two of ${n}` : n % 3 === 1 ? '' : `plain ${n}`;
  return [account.externalId, account.name, account.domain, account.arr.toFixed(2), String(account.seats), account.renewal_date, TIERS[(n + version) % TIERS.length]![0], description];
}

export interface Style {
  delimiter: ',' | ';' | '\t';
  newline: '\n' | '\r\n';
  bom: boolean;
}

function quote(value: string, delimiter: string): string {
  return /["\r\n]/.test(value) || value.includes(delimiter) ? `"${value.replaceAll('"', '""')}"` : value;
}

function recordBytes(cells: readonly string[], style: Style): Buffer {
  return Buffer.from(cells.map((value) => quote(value, style.delimiter)).join(style.delimiter) + style.newline, 'utf8');
}

/** Damage to one data record; `at` and `variant` pick where and how (taken modulo what fits). */
export interface Damage {
  kind: 'truncate' | 'cutInQuotes' | 'nul' | 'strayQuote' | 'invalidUtf8' | 'deleteDelimiter' | 'extraColumn' | 'dropColumns' | 'badDate' | 'badNumber' | 'badEnum' | 'duplicate';
  record: number;
  at: number;
  variant: number;
}

export const damage: fc.Arbitrary<Damage> = fc.record({
  kind: fc.constantFrom('truncate', 'cutInQuotes', 'nul', 'strayQuote', 'invalidUtf8', 'deleteDelimiter', 'extraColumn', 'dropColumns', 'badDate', 'badNumber', 'badEnum', 'duplicate'),
  record: fc.nat(),
  at: fc.nat(),
  variant: fc.nat(),
});

const BAD_DATES = ['2024-13-45', '31.02.2024', 'next Tuesday', '2024-02-30', '00/00/0000'];
const BAD_NUMBERS = ['n/a', '12abc', '--5', '1.2.3', '€€', '1e999'];
const BAD_TIERS = ['platinum', 'gold', '???'];
/** Values no mapping can accept in their column: a row holding one must be reported. */
export const BAD_VALUES: Readonly<Record<string, readonly string[]>> = {
  Renewal_Date__c: BAD_DATES,
  AnnualRevenue: BAD_NUMBERS,
  NumberOfEmployees: BAD_NUMBERS,
  Tier__c: BAD_TIERS,
};
const INVALID_UTF8 = [Buffer.from([0xff]), Buffer.from([0xc3, 0x28]), Buffer.from([0xe2, 0x82]), Buffer.from([0xed, 0xa0, 0x80])];

export interface DamagedExport {
  bytes: Buffer;
  /** Data records (by number) the damage may have reached; every record from `reachesFrom` on, too. */
  touched: Set<number>;
  reachesFrom: number;
}

/** The export of records 0..count-1 (values of `version`), with each damage applied in turn. */
export function damagedExport(count: number, style: Style, damages: readonly Damage[], version = 2): DamagedExport {
  const rows = Array.from({ length: count }, (_, n) => accountCells(n, version));
  const touched = new Set<number>();
  let reachesFrom = count;
  // Cell and row damage first, on the table; byte damage after, on each record's bytes.
  const order: number[] = rows.map((_, n) => n);
  for (const d of damages) {
    const n = d.record % count;
    const cells = rows[n]!;
    if (d.kind === 'badDate') cells[5] = BAD_DATES[d.variant % BAD_DATES.length]!;
    else if (d.kind === 'badNumber') cells[d.variant % 2 === 0 ? 3 : 4] = BAD_NUMBERS[d.variant % BAD_NUMBERS.length]!;
    else if (d.kind === 'badEnum') cells[6] = BAD_TIERS[d.variant % BAD_TIERS.length]!;
    else if (d.kind === 'extraColumn') cells.push(...Array.from({ length: 1 + (d.variant % 3) }, (_, i) => `extra ${i}`));
    else if (d.kind === 'dropColumns') cells.splice(Math.max(1, cells.length - 1 - (d.variant % 4)));
    else if (d.kind === 'duplicate') order.splice(order.indexOf(n) + 1, 0, n);
    else continue;
    touched.add(n);
  }
  const records = order.map((n) => ({ n, bytes: recordBytes(rows[n]!, style) }));
  for (const d of damages) {
    const index = records.findIndex((record) => record.n === d.record % count);
    const record = records[index];
    if (!record) continue; // cut off by an earlier truncation
    const at = d.at % record.bytes.length;
    const before = record.bytes.subarray(0, at);
    const after = record.bytes.subarray(at);
    switch (d.kind) {
      case 'truncate':
        record.bytes = before;
        records.splice(index + 1);
        break;
      case 'cutInQuotes': {
        // The file ends inside a quoted field: the first record from here on that has one.
        const next = records.slice(index).find((candidate) => candidate.bytes.includes(0x22));
        if (!next) continue;
        next.bytes = next.bytes.subarray(0, next.bytes.indexOf(0x22) + 1 + (d.variant % 4));
        records.splice(records.indexOf(next) + 1);
        break;
      }
      case 'nul':
        record.bytes = Buffer.concat([before, Buffer.alloc(1 + (d.variant % 3)), after]);
        break;
      case 'strayQuote':
        record.bytes = Buffer.concat([before, Buffer.from('"'), after]);
        break;
      case 'invalidUtf8':
        record.bytes = Buffer.concat([before, INVALID_UTF8[d.variant % INVALID_UTF8.length]!, after]);
        break;
      case 'deleteDelimiter': {
        const positions = [...record.bytes.entries()].filter(([, byte]) => byte === style.delimiter.charCodeAt(0)).map(([i]) => i);
        const cut = positions[d.variant % Math.max(1, positions.length)];
        if (cut !== undefined) record.bytes = Buffer.concat([record.bytes.subarray(0, cut), record.bytes.subarray(cut + 1)]);
        break;
      }
      default:
        continue;
    }
    touched.add(record.n);
    // An unclosed quote or a cut can swallow or lose every record after this one.
    if (d.kind === 'truncate' || d.kind === 'cutInQuotes' || d.kind === 'strayQuote') reachesFrom = Math.min(reachesFrom, record.n);
  }
  const header = recordBytes(HEADER, style);
  return {
    bytes: Buffer.concat([style.bom ? Buffer.from([0xef, 0xbb, 0xbf]) : Buffer.alloc(0), header, ...records.map((record) => record.bytes)]),
    touched,
    reachesFrom,
  };
}
