import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gatherHealthInputs } from '../../../electron/backend/health';
import { inputWindows } from '../../../electron/backend/health/window';
import { portfolioMetrics } from '../../../electron/backend/metrics/portfolioMetrics';
import { daysBefore, NOW, openBook, TODAY } from './book';

/**
 * DOMAIN.md: frequency is active days a week, and a day with any usage is an active day. A
 * feature log (rows naming a feature, with no user or login counts) is usage, so its days are
 * active for health and for the Metrics dashboard alike; a day whose counts all say 0 is not.
 * - Delta (4): a feature log only: features on 1, 2 and 3 days ago (two on day 3), and 35 days ago.
 * - Epsilon (5): totals: 1 day ago all 0 (idle); 2 days ago one row with no counts (used);
 *   4 days ago 3 users; 6 days ago two rows, one saying 0 and one with no counts: the day's
 *   largest counts say 0, so idle, as the Metrics dashboard merges the day's rows.
 */
const EXTRA_SQL = `
  INSERT INTO accounts (id, name, created_at, updated_at) VALUES (4, 'Delta', 't', 't'), (5, 'Epsilon', 't', 't');
  INSERT INTO usage (account_id, date, feature) VALUES
    (4, '${daysBefore(1)}', 'Reports'), (4, '${daysBefore(2)}', 'API'), (4, '${daysBefore(3)}', 'Reports'),
    (4, '${daysBefore(3)}', 'API'), (4, '${daysBefore(35)}', 'SSO');
  INSERT INTO usage (account_id, date, active_users, logins, features_used, seats) VALUES
    (5, '${daysBefore(1)}', 0, 0, 0, 10), (5, '${daysBefore(2)}', NULL, NULL, NULL, NULL), (5, '${daysBefore(4)}', 3, 5, NULL, 10),
    (5, '${daysBefore(6)}', 0, NULL, NULL, NULL), (5, '${daysBefore(6)}', NULL, NULL, NULL, 10);
`;

describe('active days: a day with any usage counts', () => {
  let book: Awaited<ReturnType<typeof openBook>>;
  beforeAll(async () => {
    book = await openBook(EXTRA_SQL);
  });
  afterAll(() => book.cleanup());

  it('counts the days of a feature log as active for health frequency, and idle days as not', () => {
    const [delta, epsilon] = gatherHealthInputs(book.workspace.sqlite, [4, 5], inputWindows(TODAY)).map((account) => account.inputs);
    expect(delta).toMatchObject({ activeDaysPerWeek: 3 / 4, activeDaysPerWeekPrevious: 1 / 4, activeUsers: null });
    expect(epsilon).toMatchObject({ activeDaysPerWeek: 2 / 4, activeUsers: 3 });
  });

  it('counts the same days on the Metrics dashboard (this week: the last 7 days)', () => {
    const report = portfolioMetrics(book.workspace.sqlite, { period: TODAY.slice(0, 7) }, NOW);
    const days = new Map(report.drilldown.usage.map((account) => [account.accountId, account.activeDaysPerWeek]));
    expect(days.get(4)).toBe(3);
    expect(days.get(5)).toBe(2);
  });
});
