import type Database from 'better-sqlite3';
import { writeKeyFeatures } from '../../../electron/backend/health';
import { seededRandom } from '../../helpers/salesforceExport';

/**
 * A book for the health bench: `accounts` accounts with exactly `usagePerAccount` usage rows
 * each (100,000 × 50 = 5,000,000), plus contacts, activities, tickets, NPS, renewals and pulses
 * so that every default measure has data for many accounts. Built for speed: prepared
 * statements (one multi-row INSERT per account for its usage) in one transaction, a seeded
 * generator, no faker. Usage comes in the three shapes the table holds
 * (import/sync/objects/usage.ts):
 * - 80% of accounts: daily totals rows, 50 days spread over the last 70;
 * - 12%: a feature log, two features a day on 25 days of the last 60 (some days one feature);
 * - 8%: weekly totals dated on Mondays, 50 weeks back (8 of them in the scoring window).
 */
export interface HealthBookOptions {
  accounts: number;
  usagePerAccount: number;
  /** The scoring day (YYYY-MM-DD); every date is relative to it. */
  today: string;
  seed?: number;
}

export interface HealthBookCounts {
  accounts: number;
  usage: number;
  contacts: number;
  activities: number;
  tickets: number;
  nps: number;
  opportunities: number;
  pulses: number;
}

const DAY_MS = 86_400_000;
const TIERS = ['strategic', 'mid-touch', 'tech-touch', null] as const;
const SEGMENTS = ['Enterprise', 'Mid-Market', 'SMB'] as const;
const FEATURES = ['Reports', 'API', 'SSO', 'Dashboards', 'Alerts', 'Exports', 'Chat', 'Mobile', 'Workflows', 'Audit log', 'Billing', 'Search'];
const KEY_FEATURES = FEATURES.slice(0, 8);
const ACTIVITY_TYPES = ['call', 'meeting', 'email', 'qbr', 'note', 'email'] as const;
const PRIORITIES = ['Low', 'Medium', 'High', 'Urgent'] as const;
const STAGES = ['Prospecting', 'Qualification', 'Proposal', 'Negotiation/Review', null] as const;

export function buildHealthBook(sqlite: Database.Database, options: HealthBookOptions): HealthBookCounts {
  const random = seededRandom(options.seed ?? 11);
  const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
  const pick = <T>(values: readonly T[]): T => values[Math.floor(random() * values.length)]!;
  const todayMs = Date.parse(`${options.today}T00:00:00Z`);
  const dayText = (back: number) => new Date(todayMs - back * DAY_MS).toISOString().slice(0, 10);
  const timeText = (back: number) => `${dayText(back)}T${String(int(8, 18)).padStart(2, '0')}:00:00Z`;
  const days = Array.from({ length: 400 }, (_, back) => dayText(back));
  const mondayBack = (new Date(todayMs).getUTCDay() + 6) % 7;
  const created = `${options.today}T00:00:00.000Z`;
  const per = options.usagePerAccount;

  const insertAccount = sqlite.prepare(`INSERT INTO accounts (id, name, tier, segment, seats, renewal_date, contract_start, mrr, arr, created_at, updated_at)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const insertContact = sqlite.prepare('INSERT INTO contacts (account_id, first_name, last_name, email, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)');
  const insertActivity = sqlite.prepare(`INSERT INTO activities (account_id, type, occurred_at, subject, direction, replied, created_at, updated_at)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?)`);
  const insertTicket = sqlite.prepare('INSERT INTO support_tickets (account_id, subject, opened_at, closed_at, priority, status) VALUES (?, ?, ?, ?, ?, ?)');
  const insertNps = sqlite.prepare('INSERT INTO nps_responses (account_id, score, responded_at) VALUES (?, ?, ?)');
  const insertOpportunity = sqlite.prepare(`INSERT INTO opportunities (account_id, name, type, stage, close_date, is_closed, created_at, updated_at)
    VALUES (?, ?, 'Renewal', ?, ?, ?, ?, ?)`);
  const insertPulse = sqlite.prepare(`INSERT INTO health_overrides (account_id, kind, pulse, reason, expires_on, created_at) VALUES (?, 'pulse', ?, 'Bench pulse', ?, ?)`);
  const insertUsage = sqlite.prepare(
    `INSERT INTO usage (account_id, date, feature, active_users, logins, features_used, seats) VALUES ${Array(per).fill('(?, ?, ?, ?, ?, ?, ?)').join(', ')}`,
  );
  const usage: (string | number | null)[] = new Array(per * 7);
  const counts: HealthBookCounts = { accounts: 0, usage: 0, contacts: 0, activities: 0, tickets: 0, nps: 0, opportunities: 0, pulses: 0 };

  const put = (k: number, id: number, date: string, feature: string | null, users: number | null, logins: number | null, featuresUsed: number | null, seats: number | null) => {
    const at = k * 7;
    usage[at] = id;
    usage[at + 1] = date;
    usage[at + 2] = feature;
    usage[at + 3] = users;
    usage[at + 4] = logins;
    usage[at + 5] = featuresUsed;
    usage[at + 6] = seats;
  };
  const fillUsage = (id: number, seats: number) => {
    const shape = random();
    for (let k = 0; k < per; k++) {
      if (shape < 0.8) {
        // Daily totals: `per` days spread over the last 70, a few of them idle (all counts 0).
        const users = random() < 0.08 ? 0 : int(1, seats);
        put(k, id, days[Math.floor((k * 70) / per)]!, null, users, users * int(1, 4), users === 0 ? 0 : int(1, 10), seats);
      } else if (shape < 0.92) {
        // A feature log: two features a day, no counts.
        put(k, id, days[Math.floor((Math.floor(k / 2) * 60) / Math.ceil(per / 2))]!, FEATURES[(id + k) % FEATURES.length]!, null, null, null, null);
      } else {
        const users = int(1, seats);
        put(k, id, dayText(mondayBack + 7 * k), null, users, users * int(1, 7), int(0, 10), seats);
      }
    }
    insertUsage.run(usage);
    counts.usage += per;
  };

  sqlite.transaction(() => {
    for (let id = 1; id <= options.accounts; id++) {
      const seats = int(5, 400);
      const mrr = int(100, 20_000);
      insertAccount.run(id, `Account ${id}`, pick(TIERS), pick(SEGMENTS), random() < 0.1 ? null : seats, dayText(-int(1, 365)), dayText(int(200, 1200)), mrr, mrr * 12, created, created);
      counts.accounts++;
      for (let c = 0; c < 3; c++) insertContact.run(id, `First${c}`, `Last${id}`, `c${c}.${id}@example.com`, created, created);
      counts.contacts += 3;
      for (let a = 0; a < 5; a++) {
        const type = pick(ACTIVITY_TYPES);
        const outbound = type === 'email' && random() < 0.6;
        insertActivity.run(id, type, timeText(int(0, 200)), `Touch ${a}`, outbound ? 'outbound' : null, outbound ? int(0, 1) : null, created, created);
      }
      counts.activities += 5;
      const tickets = int(0, 2);
      for (let t = 0; t < tickets; t++) {
        const back = int(0, 170);
        const closed = random() < 0.7;
        insertTicket.run(id, `Ticket ${t}`, timeText(back), closed ? timeText(Math.max(0, back - int(0, 5))) : null, pick(PRIORITIES), closed ? 'closed' : 'open');
      }
      counts.tickets += tickets;
      if (random() < 0.6) {
        insertNps.run(id, int(0, 10), timeText(int(0, 420)));
        counts.nps++;
      }
      insertOpportunity.run(id, `Renewal ${id}`, pick(STAGES), dayText(-int(1, 365)), random() < 0.2 ? 1 : 0, created, created);
      counts.opportunities++;
      if (random() < 0.1) {
        insertPulse.run(id, int(1, 5), dayText(-int(1, 60)), created);
        counts.pulses++;
      }
      fillUsage(id, seats);
    }
    writeKeyFeatures(sqlite, KEY_FEATURES);
  })();
  return counts;
}
