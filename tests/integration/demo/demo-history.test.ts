import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDemoWorkspace } from '../../../electron/backend/demo';
import { column, countRows, DEMO_NOW, openTempWorkspace, scalar, type TempWorkspace } from './fixtures';

const FIRST_PERIOD = '2024-01';
const LAST_PERIOD = '2025-06';

let temp: TempWorkspace;
const all = <T>(sql: string, ...params: unknown[]) => temp.sqlite.prepare(sql).all(...params) as T[];

/** MRR per period for each account, oldest first. */
function revenueByAccount(): Map<number, { period: string; mrr: number }[]> {
  const series = new Map<number, { period: string; mrr: number }[]>();
  for (const row of all<{ account_id: number; period: string; mrr: number }>(
    'SELECT account_id, period, mrr FROM revenue_history ORDER BY account_id, period',
  )) {
    const list = series.get(row.account_id) ?? [];
    list.push({ period: row.period, mrr: row.mrr });
    series.set(row.account_id, list);
  }
  return series;
}

beforeAll(async () => {
  temp = await openTempWorkspace();
  generateDemoWorkspace(temp.sqlite, { now: DEMO_NOW });
});
afterAll(async () => {
  await temp.close();
});

describe('the demo book: revenue history', () => {
  it('has 18 consecutive periods for accounts that existed the whole window, and new logos inside it', () => {
    const series = revenueByAccount();
    expect(series.size).toBe(countRows(temp.sqlite, 'accounts'));
    let wholeWindow = 0;
    let newLogos = 0;
    for (const rows of series.values()) {
      expect(rows.at(-1)!.period).toBe(LAST_PERIOD);
      if (rows[0]!.period === FIRST_PERIOD) {
        wholeWindow++;
        expect(rows).toHaveLength(18);
      } else {
        newLogos++;
        expect(rows[0]!.mrr).toBeGreaterThan(0);
      }
    }
    expect(wholeWindow).toBeGreaterThan(100);
    expect(newLogos).toBeGreaterThan(5);
  });

  it('churns 8-15% of logos: all MRR gone, status churned, current MRR and ARR zero', () => {
    const series = revenueByAccount();
    const accounts = all<{ id: number; status: string; mrr: number; arr: number }>('SELECT id, status, mrr, arr FROM accounts');
    const churned = accounts.filter((a) => a.status === 'churned');
    expect(churned.length / accounts.length).toBeGreaterThanOrEqual(0.08);
    expect(churned.length / accounts.length).toBeLessThanOrEqual(0.15);
    for (const account of accounts) {
      const last = series.get(account.id)!.at(-1)!.mrr;
      if (account.status === 'churned') {
        expect([account.mrr, account.arr, last]).toEqual([0, 0, 0]);
      } else {
        expect(last).toBeGreaterThan(0);
        expect(account.mrr).toBe(last);
      }
    }
  });

  it('has reactivations (MRR back after zero months), expansions and contractions', () => {
    let reactivations = 0;
    let expansions = 0;
    let contractions = 0;
    for (const rows of revenueByAccount().values()) {
      let sawZero = false;
      for (let i = 1; i < rows.length; i++) {
        const before = rows[i - 1]!.mrr;
        const after = rows[i]!.mrr;
        if (after === 0) sawZero = true;
        if (sawZero && after > 0 && before === 0) reactivations++;
        if (before > 0 && after > before) expansions++;
        if (after > 0 && after < before) contractions++;
      }
    }
    expect(reactivations).toBeGreaterThanOrEqual(1);
    expect(expansions).toBeGreaterThan(10);
    expect(contractions).toBeGreaterThan(0);
  });

  it('backs revenue events with deals: renewals near the renewal date, won expansions, lost renewals', () => {
    const types = column<string>(temp.sqlite, 'SELECT DISTINCT type FROM opportunities ORDER BY 1');
    expect(types).toEqual(['expansion', 'new', 'renewal']);
    const openRenewals = all<{ close_date: string; renewal_date: string }>(
      "SELECT o.close_date, a.renewal_date FROM opportunities o JOIN accounts a ON a.id = o.account_id WHERE o.type = 'renewal' AND o.is_closed = 0",
    );
    expect(openRenewals.length).toBeGreaterThan(5);
    for (const renewal of openRenewals) expect(renewal.close_date).toBe(renewal.renewal_date);
    expect(scalar<number>(temp.sqlite, "SELECT count(*) FROM opportunities WHERE stage = 'Closed Lost' AND is_closed = 1 AND is_won = 0")).toBeGreaterThan(0);
    expect(scalar<number>(temp.sqlite, "SELECT count(*) FROM opportunities WHERE stage = 'Closed Won' AND is_won = 1")).toBeGreaterThan(10);
    expect(scalar<number>(temp.sqlite, "SELECT count(*) FROM opportunities WHERE is_closed = 0 AND stage LIKE 'Closed%'")).toBe(0);
  });
});

describe('the demo book: usage, support and sentiment', () => {
  it('has weekly usage on Mondays for the last 26 weeks, active users within seats, 12 key features at most', () => {
    const dates = column<string>(temp.sqlite, 'SELECT DISTINCT date FROM usage ORDER BY 1');
    expect(dates.length).toBe(26);
    for (const date of dates) expect(new Date(`${date}T00:00:00Z`).getUTCDay()).toBe(1);
    expect(scalar<number>(temp.sqlite, 'SELECT count(*) FROM usage WHERE active_users > seats OR features_used > 12 OR features_used < 0')).toBe(0);
    const accountsWithUsage = scalar<number>(temp.sqlite, 'SELECT count(DISTINCT account_id) FROM usage');
    expect(accountsWithUsage).toBeGreaterThan(countRows(temp.sqlite, 'accounts') * 0.8);
  });

  it('shows accounts whose usage is sliding (last 4 weeks well below the 4 weeks before them)', () => {
    const sliding = scalar<number>(
      temp.sqlite,
      `SELECT count(*) FROM (
         SELECT account_id,
                avg(CASE WHEN date > date('2025-06-11', '-28 days') THEN active_users END) AS recent,
                avg(CASE WHEN date <= date('2025-06-11', '-28 days') AND date > date('2025-06-11', '-56 days') THEN active_users END) AS before
         FROM usage GROUP BY account_id)
       WHERE recent < before * 0.85`,
    );
    expect(sliding).toBeGreaterThanOrEqual(5);
  });

  it('has open high-priority tickets and consistent ticket states', () => {
    expect(scalar<number>(temp.sqlite, "SELECT count(*) FROM support_tickets WHERE status <> 'closed' AND priority IN ('high', 'urgent')")).toBeGreaterThan(3);
    expect(scalar<number>(temp.sqlite, "SELECT count(*) FROM support_tickets WHERE (status = 'closed') <> (closed_at IS NOT NULL)")).toBe(0);
    expect(scalar<number>(temp.sqlite, 'SELECT count(*) FROM support_tickets WHERE closed_at < opened_at')).toBe(0);
  });

  it('has a portfolio NPS between -100 and 100 (computed here by hand), around +20..+40', () => {
    const scores = column<number>(temp.sqlite, 'SELECT score FROM nps_responses');
    expect(scores.length).toBeGreaterThan(100);
    let promoters = 0;
    let detractors = 0;
    for (const score of scores) {
      if (score >= 9) promoters++;
      else if (score <= 6) detractors++;
    }
    const nps = ((promoters - detractors) / scores.length) * 100;
    expect(nps).toBeGreaterThanOrEqual(-100);
    expect(nps).toBeLessThanOrEqual(100);
    expect(nps).toBeGreaterThanOrEqual(15);
    expect(nps).toBeLessThanOrEqual(45);
    const oldest = scalar<string>(temp.sqlite, 'SELECT min(responded_at) FROM nps_responses');
    expect(oldest >= '2023-12-11').toBe(true); // within the last 18 months
  });

  it('ties each NPS response to a contact of the same account, by id and e-mail', () => {
    const mismatched = scalar<number>(
      temp.sqlite,
      `SELECT count(*) FROM nps_responses n LEFT JOIN contacts c ON c.id = n.contact_id
       WHERE c.id IS NULL OR c.account_id <> n.account_id OR c.email <> n.contact_email`,
    );
    expect(mismatched).toBe(0);
  });
});

describe('the demo book: touches, notes and tasks', () => {
  it('touches strategic accounts weekly, mid-touch monthly, tech-touch rarely', () => {
    const perAccountPerYear = Object.fromEntries(
      all<{ tier: string; rate: number }>(
        `SELECT a.tier, count(x.id) * 1.0 / count(DISTINCT a.id) AS rate FROM accounts a
         LEFT JOIN activities x ON x.account_id = a.id AND x.occurred_at >= '2024-06-11'
         WHERE a.status = 'active' GROUP BY a.tier`,
      ).map((r) => [r.tier, r.rate]),
    );
    expect(perAccountPerYear['strategic']).toBeGreaterThan(45);
    expect(perAccountPerYear['mid-touch']).toBeGreaterThan(10);
    expect(perAccountPerYear['tech-touch']).toBeLessThan(perAccountPerYear['mid-touch']!);
  });

  it('leaves a few touched-tier accounts without a touch for 90+ days', () => {
    const losingTouch = scalar<number>(
      temp.sqlite,
      `SELECT count(*) FROM accounts a WHERE a.status = 'active' AND a.tier <> 'tech-touch'
       AND (SELECT max(occurred_at) FROM activities x WHERE x.account_id = a.id) < '2025-03-13'`,
    );
    expect(losingTouch).toBeGreaterThanOrEqual(2);
  });

  it('records e-mail direction and replies, and links contacts of the same account', () => {
    expect(scalar<number>(temp.sqlite, "SELECT count(*) FROM activities WHERE type = 'email' AND direction IS NULL")).toBe(0);
    expect(scalar<number>(temp.sqlite, "SELECT count(*) FROM activities WHERE type <> 'email' AND direction IS NOT NULL")).toBe(0);
    expect(scalar<number>(temp.sqlite, "SELECT count(*) FROM activities WHERE direction = 'outbound' AND replied = 0")).toBeGreaterThan(0);
    expect(
      scalar<number>(
        temp.sqlite,
        `SELECT count(*) FROM activity_contacts ac JOIN activities x ON x.id = ac.activity_id
         JOIN contacts c ON c.id = ac.contact_id WHERE c.account_id <> x.account_id`,
      ),
    ).toBe(0);
    expect(column<string>(temp.sqlite, 'SELECT DISTINCT type FROM activities ORDER BY 1')).toEqual([
      'call', 'email', 'meeting', 'note', 'onboarding', 'qbr',
    ]);
  });

  it('has Markdown notes with action items, and open tasks with due dates (some from those notes)', () => {
    const bodies = column<string>(temp.sqlite, 'SELECT body FROM notes');
    expect(bodies.length).toBeGreaterThan(3);
    for (const body of bodies) expect(body).toMatch(/^- \[ \] .+$/m);
    expect(scalar<number>(temp.sqlite, "SELECT count(*) FROM tasks WHERE status = 'open' AND due_date IS NOT NULL")).toBeGreaterThan(5);
    const fromNotes = all<{ title: string; body: string }>(
      "SELECT t.title, n.body FROM tasks t JOIN notes n ON n.id = t.note_id WHERE t.source = 'note'",
    );
    expect(fromNotes.length).toBeGreaterThan(0);
    for (const task of fromNotes) expect(task.body).toContain(`- [ ] ${task.title}`);
  });
});
