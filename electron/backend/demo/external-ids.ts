import type { Random } from './random';

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const CHECKSUM_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ012345';

/** Salesforce key prefixes of the objects the generators write. */
export type SalesforceObject = 'account' | 'contact' | 'opportunity';
const KEY_PREFIX: Record<SalesforceObject, string> = { account: '001', contact: '003', opportunity: '006' };

/**
 * The 3-character suffix that turns a case-sensitive 15-character Salesforce id into the
 * case-insensitive 18-character form: one bit per uppercase letter in each 5-char chunk.
 */
export function salesforceChecksum(id15: string): string {
  let suffix = '';
  for (let chunk = 0; chunk < 3; chunk++) {
    let flags = 0;
    for (let i = 0; i < 5; i++) {
      const code = id15.charCodeAt(chunk * 5 + i);
      if (code >= 65 && code <= 90) flags |= 1 << i;
    }
    suffix += CHECKSUM_ALPHABET[flags];
  }
  return suffix;
}

function toBase62(value: number, width: number): string {
  let out = '';
  let rest = value;
  for (let i = 0; i < width; i++) {
    out = BASE62[rest % 62] + out;
    rest = Math.floor(rest / 62);
  }
  return out;
}

/**
 * Hands out unique CRM ids that look like a real org's: Salesforce ids share the org's pod
 * ('5g') and grow with small gaps, as records created over the years do; HubSpot record ids
 * are growing integers.
 */
export class ExternalIdFactory {
  private readonly pod: string;
  private readonly nextRecord: Record<SalesforceObject, number>;
  private nextHubspot: number;

  constructor(private readonly random: Random) {
    this.pod = BASE62[random.int(1, 9)]! + BASE62[random.int(10, 61)]!;
    const start = () => random.int(62 ** 4 * 5, 62 ** 4 * 40); // about '00000K...'
    this.nextRecord = { account: start(), contact: start(), opportunity: start() };
    this.nextHubspot = random.int(2_000_000_000, 6_000_000_000);
  }

  salesforce(object: SalesforceObject): string {
    const record = this.nextRecord[object];
    this.nextRecord[object] = record + this.random.int(1, 24);
    const id15 = KEY_PREFIX[object] + this.pod + '0' + toBase62(record, 9);
    return id15 + salesforceChecksum(id15);
  }

  hubspot(): string {
    const id = this.nextHubspot;
    this.nextHubspot = id + this.random.int(1, 900);
    return String(id);
  }
}
