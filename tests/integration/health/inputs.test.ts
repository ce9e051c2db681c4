import { afterEach, describe, expect, it } from 'vitest';
import { gatherHealthInputs, writeKeyFeatures } from '../../../electron/backend/health';
import { inputWindows } from '../../../electron/backend/health/window';
import { daysBefore, openBook, TODAY } from './book';

/** Inputs the hand-built book does not exercise: tickets, weekly usage, feature logs, seats from usage. */
const EXTRA_SQL = `
  INSERT INTO accounts (id, name, seats, created_at, updated_at) VALUES (4, 'Delta', NULL, 't', 't'), (5, 'Epsilon', 20, 't', 't');
  INSERT INTO support_tickets (account_id, opened_at, closed_at, priority, status) VALUES
    (4, '${daysBefore(10)}T08:00:00Z', NULL, 'High', 'open'),
    (4, '${daysBefore(20)}T08:00:00Z', NULL, 'Low', 'open'),
    (4, '${daysBefore(30)}T08:00:00Z', '${daysBefore(29)}T08:00:00Z', 'Urgent', 'closed'),
    (4, '${daysBefore(120)}T08:00:00Z', '${daysBefore(119)}T08:00:00Z', 'High', 'closed');
  INSERT INTO activities (account_id, type, occurred_at, subject, created_at) VALUES (4, 'call', '${daysBefore(15)}T10:00:00Z', 'After the first', 't');
  -- Delta: weekly totals on Mondays, 4 logins per active user, seats from the rows.
  INSERT INTO usage (account_id, date, active_users, logins, features_used, seats) VALUES
    ${[0, 7, 14, 21, 28, 35, 42, 49].map((back) => `(4, '${daysBefore(back)}', 5, 20, 6, 40)`).join(', ')};
  -- Epsilon: a feature log over the last 30 days, one feature outside the key features.
  INSERT INTO usage (account_id, date, feature) VALUES
    (5, '${daysBefore(1)}', 'Reports'), (5, '${daysBefore(2)}', 'Reports'), (5, '${daysBefore(3)}', 'API'),
    (5, '${daysBefore(3)}', 'Chat'), (5, '${daysBefore(40)}', 'SSO');
`;

describe('gathering health inputs with SQL', () => {
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0)) await cleanup();
  });

  it('reads tickets, weekly usage, feature logs and key features per account', async () => {
    const { workspace, cleanup } = await openBook(EXTRA_SQL);
    cleanups.push(cleanup);
    writeKeyFeatures(workspace.sqlite, ['Reports', 'API', 'SSO', 'Dashboards']);
    const gathered = gatherHealthInputs(workspace.sqlite, [4, 5, 1, 99], inputWindows(TODAY));
    expect(gathered.map((account) => account.id)).toEqual([1, 4, 5]);
    const [alpha, delta, epsilon] = gathered.map((account) => account.inputs);

    expect(delta).toMatchObject({
      openHighPriorityTickets: 1, // the open High one; the Low one and the closed Urgent one do not count
      ticketsOpenedRecent: 3,
      ticketsOpenedPrevious: 1,
      ticketsWithoutFollowUp: 1, // the call 15 days ago follows the tickets of 20 and 30 days ago, not the one of 10
      activeDaysPerWeek: 4, // weekly rows: 20 logins ÷ 5 active users
      activeDaysPerWeekPrevious: 4,
      activeUsers: 5,
      licensedSeats: 40, // from the usage rows: the account has none
      keyFeaturesUsed: 4, // features_used 6, at most the 4 key features defined
      keyFeaturesDefined: 4,
      cadenceIdealDays: 30,
      cadenceMaxDays: 60,
    });
    expect(epsilon).toMatchObject({
      activeDaysPerWeek: 0.75, // 3 active days in 4 weeks
      activeDaysPerWeekPrevious: 0.25, // the SSO day, 40 days ago
      activeUsers: null, // a feature log counts no users: breadth n/a, not 0
      licensedSeats: 20,
      keyFeaturesUsed: 2, // Reports and API; Chat is no key feature, SSO is older than 30 days
      keyFeaturesDefined: 4,
      openHighPriorityTickets: 0, // the workspace has tickets, this account none
    });
    // Alpha's usage rows carry no feature counts: depth stays n/a even with key features defined.
    expect(alpha).toMatchObject({ keyFeaturesUsed: null, keyFeaturesDefined: null, openHighPriorityTickets: 0 });
  });

  it('leaves usage n/a for an account without any, and 0 for one whose usage stopped', async () => {
    const stopped = `INSERT INTO usage (account_id, date, active_users, logins) VALUES (2, '${daysBefore(100)}', 3, 3);`;
    const { workspace, cleanup } = await openBook(stopped);
    cleanups.push(cleanup);
    const [, beta, gamma] = gatherHealthInputs(workspace.sqlite, [1, 2, 3], inputWindows(TODAY)).map((account) => account.inputs);
    expect(beta).toMatchObject({ activeDaysPerWeek: 0, activeDaysPerWeekPrevious: 0, activeUsers: 0 });
    expect(gamma).toMatchObject({ activeDaysPerWeek: null, activeDaysPerWeekPrevious: null, activeUsers: null });
  });
});
